import { describe, expect, it } from 'vitest';
import { Problems } from '../../../src/data/problems';
import { partnerResolver, readGroups, sourceResolver } from '../../../src/data/formats/sheetRefs';
import { readTable } from '../../../src/data/formats/sheetTable';
import { GROUP_COLUMNS, SOURCE_COLUMNS } from '../../../src/data/formats/template';

function groupsOf(rows: (string | null)[][]) {
  const problems = new Problems();
  const table = readTable(
    problems,
    { name: 'Groups', rows: [['id', 'name_en', 'name_ko', 'members'], ...rows] },
    GROUP_COLUMNS,
    [],
  );
  return { problems, refs: readGroups(problems, table) };
}

describe('readGroups() and partnerResolver()', () => {
  it('reads each group, naming a member that is no country', () => {
    const { problems, refs } = groupsOf([
      [' C5 ', 'Central Asia Five', '  ', 'KAZ; UZB; Atlantis'],
      ['ASEAN', 'Southeast Asian Nations', '아세안', 'VNM'],
    ]);
    expect(refs.groups).toEqual([
      { id: 'C5', name: { en: 'Central Asia Five' }, members: ['KAZ', 'UZB'] },
      { id: 'ASEAN', name: { en: 'Southeast Asian Nations', ko: '아세안' }, members: ['VNM'] },
    ]);
    expect(problems.list).toEqual([{ path: 'Groups!D2', message: '"Atlantis" is not a country' }]);
  });

  it('resolves a partner as a group id, a country, or a group name', () => {
    const { refs } = groupsOf([
      ['C5', 'Central Asia Five', '', 'KAZ'],
      ['KZ', 'Kazakh Group', '', 'KAZ'],
    ]);
    const resolve = partnerResolver(refs);
    expect(resolve('C5')).toEqual({ ok: true, code: 'C5' });
    expect(resolve('KZ')).toEqual({ ok: true, code: 'KZ' });
    expect(resolve('kz')).toEqual({ ok: true, code: 'KAZ' });
    expect(resolve('central  asia five')).toEqual({ ok: true, code: 'C5' });
    expect(resolve('c5')).toEqual({ ok: true, code: 'C5' });
    expect(resolve('Atlantis')).toEqual({ ok: false, message: '"Atlantis" is not a country' });
  });

  it('keeps the first group a folded name or id points to', () => {
    const { refs } = groupsOf([
      ['G1', 'Partners', '', 'KAZ'],
      ['G2', 'partners', '', 'UZB'],
      ['', 'Nameless', '', 'VNM'],
    ]);
    expect(partnerResolver(refs)('PARTNERS')).toEqual({ ok: true, code: 'G1' });
    expect(partnerResolver(refs)('Nameless')).toEqual({
      ok: false,
      message: '"Nameless" is not a country',
    });
  });
});

describe('sourceResolver()', () => {
  it('without a Sources sheet, makes one source per value, published on its latest date', () => {
    const sources = sourceResolver(undefined);
    expect(sources.resolve(' MOHW press ', '2019-04')).toBe('mohw-press');
    expect(sources.resolve('MOHW press', '2021')).toBe('mohw-press');
    expect(sources.resolve('MOHW press', 'soon')).toBe('mohw-press');
    expect(sources.resolve('보도자료', '2020-05-06')).toBe('source');
    expect(sources.all()).toEqual([
      { id: 'mohw-press', title: 'MOHW press', publisher: 'MOHW press', published: '2021-01-01' },
      { id: 'source', title: '보도자료', publisher: '보도자료', published: '2020-05-06' },
    ]);
  });

  it('with a Sources sheet, reads its rows and takes the cited id as written, trimmed', () => {
    const problems = new Problems();
    const table = readTable(
      problems,
      {
        name: 'Sources',
        rows: [
          ['id', 'title', 'publisher', 'published', 'url', 'kind', 'file'],
          [' s1 ', 'Press', 'MOHW', ' 2019-04 ', ' https://x.kr ', '', '  '],
        ],
      },
      SOURCE_COLUMNS,
      [],
    );
    const sources = sourceResolver(table);
    expect(sources.resolve(' s1 ', '2019')).toBe('s1');
    expect(sources.all()).toEqual([
      { id: 's1', title: 'Press', publisher: 'MOHW', published: '2019-04', url: 'https://x.kr' },
    ]);
  });
});
