import { describe, expect, it } from 'vitest';
import { readIati } from '../../../src/data/formats/iati/readIati';
import type { OpenOutcome } from '../../../src/data/worker/protocol';

/*
 * The IATI reader rule by rule (SPEC §2), each on a few hand-written activities: which dates,
 * partners, sectors, actors and amounts an activity gets, what is skipped and why, and how the
 * file's reporter, publication day and ids come out.
 */

const TODAY = '2021-06-15';
const KOREA = '<reporting-org ref="KR-GOV-010"><narrative>Korea</narrative></reporting-org>';

/** An activity of Korea's with `inner`; a partner, a start and a title unless `inner` has them. */
function activity(inner: string, attrs = ''): string {
  const parts = [KOREA];
  if (!inner.includes('<iati-identifier')) parts.push('<iati-identifier>KR-1</iati-identifier>');
  if (!inner.includes('<title')) parts.push('<title><narrative>Clinic</narrative></title>');
  if (!inner.includes('recipient-')) parts.push('<recipient-country code="NP"/>');
  if (!inner.includes('<activity-date'))
    parts.push('<activity-date type="2" iso-date="2020-01-01"/>');
  return `<iati-activity ${attrs}>${parts.join('')}${inner}</iati-activity>`;
}

function file(activities: readonly string[], rootAttrs = 'version="2.03"'): string {
  return `<?xml version="1.0"?><iati-activities ${rootAttrs}>${activities.join('')}</iati-activities>`;
}

function loaded(outcome: OpenOutcome) {
  if (outcome.kind !== 'loaded') throw new Error(JSON.stringify(outcome).slice(0, 500));
  if (!outcome.report) throw new Error('no report');
  return { dataset: outcome.dataset, report: outcome.report };
}

/** The dataset read from Korea's activities. */
function read(activities: readonly string[], rootAttrs?: string) {
  return loaded(readIati(file(activities, rootAttrs), undefined, 'kr.xml', TODAY));
}

/** The one activity read from `inner`. */
function only(inner: string, attrs = '') {
  const { dataset } = read([activity(inner, attrs)]);
  expect(dataset.activities).toHaveLength(1);
  return { activity: dataset.activities[0], dataset };
}

describe('titles', () => {
  it('puts a KO narrative (any case) into ko and the first other one into en', () => {
    const { activity: a } = only(
      '<title><narrative xml:lang="Ko">보건소</narrative><narrative xml:lang="fr">Dispensaire</narrative><narrative>Clinic</narrative></title>',
    );
    expect(a?.title).toEqual({ en: 'Dispensaire', ko: '보건소' });
  });

  it('uses the Korean title for English too when it is the only one, else the identifier', () => {
    expect(
      only('<title><narrative xml:lang="ko">보건소</narrative></title>').activity?.title,
    ).toEqual({ en: '보건소', ko: '보건소' });
    const untitled = only(
      '<iati-identifier>KR-7</iati-identifier><title><narrative> </narrative></title>',
    );
    expect(untitled.activity?.title).toEqual({ en: 'KR-7' });
    expect(untitled.activity?.quote).toBe('KR-7');
  });
});

describe('dates and status', () => {
  it('prefers the actual start and end to the planned ones, reading the day of a date-time', () => {
    const { activity: a } = only(
      '<activity-date type="1" iso-date="2019-01-01"/><activity-date type="2" iso-date="2019-03-04T10:00:00"/>' +
        '<activity-date type="3" iso-date="2022-12-31"/><activity-date type="4" iso-date="2020-02-02"/>',
    );
    expect(a?.date).toBe('2019-03-04');
    expect(a?.end).toBe('2020-02-02');
  });

  it('falls back to the planned start and end, skipping a date that is no real day', () => {
    const { activity: a } = only(
      '<activity-date type="1" iso-date="2019-02-30"/><activity-date type="1" iso-date="2019-05-06"/>' +
        '<activity-date type="3" iso-date="2019-12-31"/>',
    );
    expect(a?.date).toBe('2019-05-06');
    expect(a?.end).toBe('2019-12-31');
  });

  it('starts an activity with only an end at that end, with no end of its own', () => {
    const { activity: a } = only('<activity-date type="4" iso-date="2018-07-01"/>');
    expect(a?.date).toBe('2018-07-01');
    expect(a).not.toHaveProperty('end');
  });

  it('keeps an end on the start day and drops, and reports, one before it', () => {
    const sameDay = only(
      '<activity-date type="2" iso-date="2019-05-06"/><activity-date type="4" iso-date="2019-05-06"/>',
    );
    expect(sameDay.activity?.end).toBe('2019-05-06');
    const { dataset, report } = read([
      activity(
        '<title><narrative>Backwards</narrative></title><activity-date type="2" iso-date="2019-05-06"/><activity-date type="4" iso-date="2019-05-05"/>',
      ),
    ]);
    expect(dataset.activities[0]?.date).toBe('2019-05-06');
    expect(dataset.activities[0]).not.toHaveProperty('end');
    expect(report.endsDropped).toEqual([{ identifier: 'KR-1', title: 'Backwards' }]);
  });

  it('is planned when in the pipeline (status 1) or starting after today, else done', () => {
    const status = (inner: string) => only(inner).activity?.status;
    expect(status('<activity-status code="1"/>')).toBe('planned');
    expect(
      status('<activity-status code="2"/><activity-date type="1" iso-date="2021-06-16"/>'),
    ).toBe('planned');
    expect(
      status('<activity-status code="2"/><activity-date type="1" iso-date="2021-06-15"/>'),
    ).toBe('done');
    expect(status('<activity-status code="4"/>')).toBe('done');
  });
});

describe('partners', () => {
  it('reads each recipient country once, in any case, never home or a code that is no country', () => {
    const { activity: a } = only(
      '<recipient-country code="np"/><recipient-country code="KR"/><recipient-country code="NP"/>' +
        '<recipient-country code="AN"/><recipient-country code="ZZ"/><recipient-country code="BD"/>',
    );
    expect(a?.partners).toEqual(['NPL', 'BGD']);
  });

  it("takes the transactions' countries when the activity names none", () => {
    const { activity: a } = only(
      '<recipient-region code="298"/><transaction><recipient-country code="ET"/></transaction>' +
        '<transaction><recipient-country code="KE"/></transaction><transaction><recipient-country code="ET"/></transaction>',
    );
    expect(a?.partners).toEqual(['ETH', 'KEN']);
  });

  it('ignores the transactions when the activity names its own countries', () => {
    const { activity: a } = only(
      '<recipient-country code="BD"/><transaction><recipient-country code="ET"/></transaction>',
    );
    expect(a?.partners).toEqual(['BGD']);
  });
});

describe('sectors', () => {
  it('reads the category of vocabulary 1 (also unnamed) and 2 codes, each once, in order', () => {
    const { activity: a, dataset } = only(
      '<sector code="12220"/><sector vocabulary="1" code="12191"/><sector vocabulary="2" code="740"/>' +
        '<sector vocabulary="99" code="111"/><sector code="12240"/>',
    );
    expect(a?.sectors).toEqual([
      'basic-health',
      'health-general',
      'disaster-prevention-preparedness',
    ]);
    expect(dataset.sectors).toEqual([
      { id: 'basic-health', label: { en: 'Basic Health' } },
      { id: 'health-general', label: { en: 'Health, General' } },
      {
        id: 'disaster-prevention-preparedness',
        label: { en: 'Disaster Prevention & Preparedness' },
      },
    ]);
  });

  it("takes the transactions' sectors when the activity has none", () => {
    const { activity: a } = only('<transaction><sector code="11110"/></transaction>');
    expect(a?.sectors).toEqual(['education-level-unspecified']);
  });

  it('gives "Other / unspecified" to an activity whose codes name no category', () => {
    const { dataset } = read([
      activity('<iati-identifier>A</iati-identifier><sector code="12000"/>'),
      activity('<iati-identifier>B</iati-identifier>'),
      activity('<iati-identifier>C</iati-identifier><sector code="12191"/>'),
    ]);
    expect(dataset.activities.map((x) => x.sectors)).toEqual([
      ['other'],
      ['other'],
      ['health-general'],
    ]);
    expect(dataset.sectors).toEqual([
      { id: 'other', label: { en: 'Other / unspecified' } },
      { id: 'health-general', label: { en: 'Health, General' } },
    ]);
  });
});

describe('actors', () => {
  it('puts roles 1–3 on the home side and role 4 on the partner side, each name once', () => {
    const { activity: a } = only(
      '<participating-org role="4"><narrative>KOICA</narrative></participating-org>' +
        '<participating-org role="1"><narrative>MOFA</narrative></participating-org>' +
        '<participating-org role="2" ref="KR-GOV-050"/>' +
        '<participating-org role="3"><narrative>KOICA</narrative></participating-org>' +
        '<participating-org role="3"><narrative>MOFA</narrative></participating-org>' +
        '<participating-org role="4"><narrative>Ministry of Health</narrative></participating-org>' +
        '<participating-org role="4"><narrative>Ministry of Health</narrative></participating-org>' +
        '<participating-org role="5"><narrative>Somebody else</narrative></participating-org>' +
        '<participating-org role="4"/>',
    );
    expect(a?.actors).toEqual({
      korea: ['MOFA', 'KR-GOV-050', 'KOICA'],
      partner: ['Ministry of Health'],
    });
  });
});

describe('amounts', () => {
  const commitment = (value: string, currency = '') =>
    `<transaction><transaction-type code="2"/><value${currency ? ` currency="${currency}"` : ''}>${value}</value></transaction>`;
  const amountOf = (inner: string, attrs = '') => only(inner, attrs).activity?.amount;

  it('sums the commitments, leaving other transactions out', () => {
    expect(
      amountOf(
        commitment('100', 'usd') +
          '<transaction><transaction-type code="3"/><value currency="USD">999</value></transaction>' +
          commitment('0.5', 'USD'),
      ),
    ).toEqual({ value: 100.5, currency: 'USD' });
  });

  it("uses the activity's default currency where a value names none", () => {
    expect(amountOf(commitment('7') + commitment('3', 'EUR'), 'default-currency="EUR"')).toEqual({
      value: 10,
      currency: 'EUR',
    });
  });

  it('gives none for mixed, missing or malformed currencies, a bad value or a negative sum', () => {
    expect(amountOf(commitment('7', 'USD') + commitment('3', 'EUR'))).toBeUndefined();
    expect(amountOf(commitment('7'))).toBeUndefined();
    expect(amountOf(commitment('7', 'US'))).toBeUndefined();
    expect(amountOf(commitment('many', 'USD'))).toBeUndefined();
    expect(amountOf(commitment('5', 'USD') + commitment('-8', 'USD'))).toBeUndefined();
    expect(amountOf('')).toBeUndefined();
  });

  it('keeps a sum of zero', () => {
    expect(amountOf(commitment('5', 'USD') + commitment('-5', 'USD'))).toEqual({
      value: 0,
      currency: 'USD',
    });
  });
});

describe('quotes', () => {
  it('quotes the first description narrative that has text', () => {
    const { activity: a } = only(
      '<description><narrative> </narrative></description><description><narrative>Built a clinic.</narrative><narrative>Later.</narrative></description>',
    );
    expect(a?.quote).toBe('Built a clinic.');
  });
});

describe('skipping', () => {
  it('skips cancelled, countryless and undated activities, naming each', () => {
    const { dataset, report } = read([
      activity('<iati-identifier>C</iati-identifier><activity-status code="5"/>'),
      activity('<iati-identifier>R</iati-identifier><recipient-region code="298"/>'),
      activity('<iati-identifier>D</iati-identifier><activity-date type="2" iso-date="soon"/>'),
      activity('<iati-identifier>OK</iati-identifier>'),
    ]);
    expect(report).toEqual({
      total: 4,
      loaded: 1,
      skipped: {
        cancelled: [{ identifier: 'C', title: 'Clinic' }],
        'no-country': [{ identifier: 'R', title: 'Clinic' }],
        'no-date': [{ identifier: 'D', title: 'Clinic' }],
      },
      endsDropped: [],
      reportingOrg: 'KR-GOV-010',
    });
    expect(dataset.activities.map((a) => a.id)).toEqual(['ok']);
  });

  it('refuses a file none of whose activities can be loaded, counting each reason', () => {
    const outcome = readIati(
      file([
        activity('<activity-status code="5"/>'),
        activity('<activity-status code="5"/>'),
        activity('<recipient-region code="298"/>'),
      ]),
      undefined,
      'none.xml',
      TODAY,
    );
    expect(outcome).toEqual({
      kind: 'invalid',
      problems: [
        {
          path: 'none.xml',
          message:
            'none of its 3 activities could be loaded (cancelled 2, no recipient country 1, no date 0)',
        },
      ],
    });
  });

  it('is unreadable without iati-activities/iati-activity', () => {
    const detail = 'This is not an IATI activity file: it has no iati-activities/iati-activity.';
    expect(readIati('<iati-activities version="2.03"/>', 'KOR', 'x.xml', TODAY)).toEqual({
      kind: 'unreadable',
      detail,
    });
    expect(readIati('<iati-organisations/>', 'KOR', 'x.xml', TODAY)).toEqual({
      kind: 'unreadable',
      detail,
    });
  });
});

describe('the file as a whole', () => {
  const by = (ref: string, name = '') =>
    `<reporting-org ref="${ref}">${name ? `<narrative>${name}</narrative>` : ''}</reporting-org>`;
  const reported = (org: string, id: string) =>
    `<iati-activity>${org}<iati-identifier>${id}</iati-identifier><title><narrative>T</narrative></title><recipient-country code="NP"/><activity-date type="2" iso-date="2020-01-01"/></iati-activity>`;

  it("is the most frequent reporter's, whose prefix gives home", () => {
    const xml = file([
      reported(by('XM-DAC-41114', 'UNDP'), 'U1'),
      reported(by('JP-8', 'JICA'), 'J1'),
      reported(by('JP-8', 'JICA'), 'J2'),
    ]);
    const { dataset, report } = loaded(readIati(xml, undefined, 'mixed.xml', TODAY));
    expect(dataset.home).toBe('JPN');
    expect(report.reportingOrg).toBe('JP-8');
    expect(dataset.sources).toEqual([
      {
        id: 'iati-jp-8',
        title: 'IATI activity file mixed.xml',
        publisher: 'JICA',
        published: TODAY,
        kind: 'dataset',
      },
    ]);
    expect(dataset.activities.every((a) => a.source === 'iati-jp-8')).toBe(true);
    expect(dataset.title).toEqual({
      en: 'Japan: cooperation activities from IATI',
      ko: '일본: IATI 협력 활동',
    });
  });

  it('asks for home by ref, or by name when the reporter has no ref', () => {
    const twice = (org: string) => file([reported(org, 'A'), reported(org, 'B')]);
    expect(readIati(twice(by('XM-DAC-41114', 'UNDP')), undefined, 'x.xml', TODAY)).toEqual({
      kind: 'need-home',
      reportingOrg: 'XM-DAC-41114',
    });
    expect(
      readIati(
        twice('<reporting-org><narrative>A foundation</narrative></reporting-org>'),
        undefined,
        'x.xml',
        TODAY,
      ),
    ).toEqual({ kind: 'need-home', reportingOrg: 'A foundation' });
  });

  it('names the publisher by ref when it has no name, or as an IATI publisher', () => {
    const publisher = (org: string) =>
      loaded(readIati(file([reported(org, 'A')]), 'KOR', 'x.xml', TODAY)).dataset.sources[0];
    expect(publisher(by('XM-DAC-41114'))).toMatchObject({
      id: 'iati-xm-dac-41114',
      publisher: 'XM-DAC-41114',
    });
    expect(publisher('<reporting-org/>')).toMatchObject({
      id: 'iati-iati-publisher',
      publisher: 'IATI publisher',
    });
  });

  it('is published the day the file was generated, else on its latest update', () => {
    const published = (rootAttrs: string, attrs: readonly string[]) =>
      read(
        attrs.map((a, i) => activity(`<iati-identifier>A${i}</iati-identifier>`, a)),
        rootAttrs,
      ).dataset.sources[0]?.published;
    expect(
      published('generated-datetime="2021-03-01T10:00:00"', ['last-updated-datetime="2021-05-01"']),
    ).toBe('2021-03-01');
    expect(
      published('generated-datetime="March 2021"', [
        'last-updated-datetime="2020-11-30T08:00:00"',
        'last-updated-datetime="2021-01-02"',
        'last-updated-datetime="2020-12-31"',
        'last-updated-datetime="yesterday"',
      ]),
    ).toBe('2021-01-02');
    expect(published('', ['last-updated-datetime="soon"'])).toBe(TODAY);
  });

  it('makes ids unique, and gives one to an activity without an identifier', () => {
    const { dataset } = read([
      activity('<iati-identifier>KR-1</iati-identifier>'),
      activity('<iati-identifier>kr 1</iati-identifier>'),
      activity('<iati-identifier>KR-1</iati-identifier>'),
      activity('<iati-identifier> </iati-identifier>'),
      activity('<iati-identifier>###</iati-identifier>'),
    ]);
    expect(dataset.activities.map((a) => a.id)).toEqual([
      'kr-1',
      'kr-1-2',
      'kr-1-3',
      'activity',
      'activity-2',
    ]);
  });

  it('lets the given home override the reporter and never be its own partner', () => {
    const xml = file([activity('<recipient-country code="JP"/><recipient-country code="KR"/>')]);
    const { dataset } = loaded(readIati(xml, 'JPN', 'x.xml', TODAY));
    const a = dataset.activities[0];
    expect(dataset.home).toBe('JPN');
    expect(a?.partners).toEqual(['KOR']);
  });
});
