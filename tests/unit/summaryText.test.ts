import { describe, expect, it } from 'vitest';
import bundled from '../../data/cooperation.json';
import { NO_FILTERS } from '../../src/data/filters';
import { selectView } from '../../src/data/selectView';
import { validateDataset } from '../../src/data/validate';
import { uiStrings } from '../../src/i18n/uiStrings';
import { summarySentence } from '../../src/ui/summaryText';

describe('the summary sentence on the bundled data', () => {
  const result = validateDataset(bundled);
  if (!result.ok) throw new Error('the bundled dataset does not validate');
  const dataset = result.dataset;

  it('names the one leader (2019–2024: Turkmenistan, 12 activities)', () => {
    const s = summarySentence(selectView(dataset, NO_FILTERS), uiStrings.en, 'en');
    expect(s).toMatch(/; Turkmenistan leads with 12\.$/);
  });

  it('names both leaders of a tie (2021–2024: Mongolia and Turkmenistan, 4 each; counted by hand)', () => {
    const view = selectView(dataset, { ...NO_FILTERS, from: 2021, to: 2024 });
    expect(summarySentence(view, uiStrings.en, 'en')).toMatch(
      /; Mongolia and Turkmenistan lead with 4 each\.$/,
    );
    expect(summarySentence(view, uiStrings.ko, 'ko')).toMatch(
      /, 몽골·투르크메니스탄이 각 4건으로 가장 많습니다\.$/,
    );
  });
});
