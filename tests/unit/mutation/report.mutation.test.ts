import { describe, expect, it } from 'vitest';
import { readIati } from '../../../src/data/formats/iati/readIati';
import { SKIP_REASONS } from '../../../src/data/formats/report';

const KOREA = '<reporting-org ref="KR-GOV-010"><narrative>Korea</narrative></reporting-org>';

describe('SKIP_REASONS', () => {
  it('lists why an IATI activity may be skipped, in the order the import report shows them', () => {
    expect(SKIP_REASONS).toEqual(['cancelled', 'no-country', 'no-date']);
  });

  it('covers every reason the IATI reader reports', () => {
    const xml =
      '<?xml version="1.0"?><iati-activities version="2.03"><iati-activity>' +
      KOREA +
      '<iati-identifier>KR-1</iati-identifier><title><narrative>Clinic</narrative></title>' +
      '<recipient-country code="NP"/><activity-date type="2" iso-date="2020-01-01"/>' +
      '</iati-activity></iati-activities>';
    const outcome = readIati(xml, undefined, 'kr.xml', '2021-06-15');
    if (outcome.kind !== 'loaded' || !outcome.report) throw new Error('expected a report');
    expect(Object.keys(outcome.report.skipped).sort()).toEqual([...SKIP_REASONS].sort());
  });
});
