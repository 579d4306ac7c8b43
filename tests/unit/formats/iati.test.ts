import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIati } from '../../../src/data/formats/iati/readIati';
import { buildIatiCodelists } from '../../../scripts/generate-iati-codelists.mjs';
import type { OpenOutcome } from '../../../src/data/worker/protocol';

/** The real files of ../shared/iati/real/ (CI has ../shared beside the repository). */
const real = (name: string) =>
  readFileSync(new URL(`../../../../shared/iati/real/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url), 'utf8');

const TODAY = '2021-06-15';

function loaded(outcome: OpenOutcome) {
  if (outcome.kind !== 'loaded') throw new Error(JSON.stringify(outcome).slice(0, 500));
  if (!outcome.report) throw new Error('no report');
  return { dataset: outcome.dataset, report: outcome.report };
}

/** Activities per partner country (ISO3). */
function perCountry(activities: readonly { partners: readonly string[] }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of activities) for (const p of a.partners) out.set(p, (out.get(p) ?? 0) + 1);
  return out;
}

describe('IATI code lists', () => {
  it('are exactly what scripts/generate-iati-codelists.mjs builds from ../shared/iati/codelists', () => {
    const committed = readFileSync(
      new URL('../../../src/data/formats/iati/codelists.generated.json', import.meta.url),
      'utf8',
    );
    expect(buildIatiCodelists()).toBe(committed);
  });
});

/*
 * Expectations for the Korean file, established without the importer: the file was read with
 * Python's ElementTree and by eye (SOURCES.md agrees: 100 activities, 42 distinct recipient
 * countries, 97 by KR-GOV-010). No activity has status 5. Eleven have no recipient country at
 * activity or transaction level: ten KOICA ones with region 298/589/798/489/998 only, and the
 * KR-GOV-320 one with no geography. Every other one has a start date. 89 are loaded; their
 * recipient countries are 42, Ethiopia in 7, Bangladesh, the Philippines and Cambodia in 5 each.
 * One activity has an actual end before its start.
 */
describe("Korea's COVID-19 activities (KR-GOV-010, D-Portal page 28)", () => {
  const { dataset, report } = loaded(
    readIati(real('kr-gov-010_covid19_dportal-28.xml'), undefined, 'kr.xml', TODAY),
  );

  it('is Korea’s, with 89 of 100 activities and 42 partner countries', () => {
    expect(dataset.home).toBe('KOR');
    expect(report.total).toBe(100);
    expect(report.loaded).toBe(89);
    expect(dataset.activities).toHaveLength(89);
    const counts = perCountry(dataset.activities);
    expect(counts.size).toBe(42);
    expect(counts.get('ETH')).toBe(7);
    expect(counts.get('BGD')).toBe(5);
    expect(counts.get('PHL')).toBe(5);
    expect(counts.get('KHM')).toBe(5);
    expect(counts.has('KOR')).toBe(false);
  });

  it('names the 11 skipped activities: no recipient country', () => {
    expect(report.skipped.cancelled).toEqual([]);
    expect(report.skipped['no-date']).toEqual([]);
    expect(report.skipped['no-country'].map((a) => a.identifier)).toEqual([
      'KR-GOV-051-2020010102486',
      'KR-GOV-051-2020010102765',
      'KR-GOV-051-2020010102766',
      'KR-GOV-051-2020010102768',
      'KR-GOV-051-2020010102777',
      'KR-GOV-051-2020010102778',
      'KR-GOV-051-2020010102779',
      'KR-GOV-051-2020010102780',
      'KR-GOV-051-2020019902556',
      'KR-GOV-051-2020050102356',
      'KR-GOV-320-GRP_0000142871',
    ]);
    expect(report.endsDropped).toHaveLength(1);
  });

  it('maps the KOICA Ethiopia programme as the XML says', () => {
    const a = dataset.activities.find((x) => x.id === 'kr-gov-051-2020010102472');
    expect(a).toEqual({
      id: 'kr-gov-051-2020010102472',
      title: { en: 'COVID-19 Comprehensive Rapid Response Program in Ethiopia' },
      type: 'project',
      status: 'done',
      date: '2020-08-20',
      end: '2020-12-31',
      partners: ['ETH'],
      sectors: ['basic-health'],
      actors: {
        korea: ['Korea International Cooperation Agency', 'Ministry of Foreign Affairs'],
        partner: [],
      },
      amount: { value: 4107656000, currency: 'KRW' },
      source: 'iati-kr-gov-010',
      quote:
        'Providing equipments for prevention activities against COVID19, Strengthening capacities of professional manpower, Providing training sessions of emergency response system for Civil Society',
    });
    expect(dataset.sectors.find((s) => s.id === 'basic-health')?.label).toEqual({
      en: 'Basic Health',
    });
    expect(dataset.sources).toEqual([
      {
        id: 'iati-kr-gov-010',
        title: 'IATI activity file kr.xml',
        publisher: 'Office for Government Policy Coordination',
        published: TODAY,
        kind: 'dataset',
      },
    ]);
  });
});

describe('the other real files', () => {
  it('Canada/Australia page: Canada is home and never its own partner; region codes ignored', () => {
    // 100 activities; 8 have only regions (AU-5 998/889/798 in recipient-country, one AU-ACNC).
    const { dataset, report } = loaded(
      readIati(real('ca-3_au-5_covid19_dportal-7.xml'), undefined, 'ca.xml', TODAY),
    );
    expect(dataset.home).toBe('CAN');
    expect(report.loaded).toBe(92);
    expect(report.skipped['no-country']).toHaveLength(8);
    const counts = perCountry(dataset.activities);
    expect(counts.has('CAN')).toBe(false);
    expect(counts.get('BGD')).toBe(14);
    expect(counts.get('MOZ')).toBe(12);
  });

  it('Canada/Australia page: decodes character references; English narratives before French', () => {
    const { dataset } = loaded(
      readIati(real('ca-3_au-5_covid19_dportal-7.xml'), undefined, 'ca.xml', TODAY),
    );
    const byId = (id: string) => dataset.activities.find((a) => a.id === id);
    // FR then EN in the file: the English title and description are the English side.
    expect(byId('ca-3-d002196001')?.title).toEqual({
      en: 'Inclusive Democratic Development in Burma/Myanmar',
    });
    expect(byId('ca-3-d002196001')?.quote).toMatch(
      /^This project aims to enhance inclusive democratic development in Burma\/Myanmar/,
    );
    // French only: kept, with `&#xE0;`, `&#xE8;`, `&#xE9;` and `&apos;` decoded.
    expect(byId('be-bce-kbo-0264814354-cod20002')?.title.en).toBe(
      "Renforcement de l'hopital St Joseph à Kinshasa pour la riposte au Covid-19 dans le cadre d'une approche structurelle du renforcement du système de santé",
    );
    const text = JSON.stringify(dataset);
    expect(text).not.toMatch(/&#x?[0-9a-f]+;/i);
  });

  it('Spanish 2.01 export: all 83 activities, all in Indonesia, Spain home', () => {
    const { dataset, report } = loaded(
      readIati(real('es-maec_indonesia_v2.01.xml'), undefined, 'es.xml', TODAY),
    );
    expect(dataset.home).toBe('ESP');
    expect(report.loaded).toBe(83);
    expect([...perCountry(dataset.activities)]).toEqual([['IDN', 83]]);
    expect(dataset.sources[0]?.published).toBe('2015-02-24');
  });
});

describe('a reporting organisation that is not a country', () => {
  const xml = fixture('data-in-iati-multilateral.xml');

  it('asks for the home country', () => {
    expect(readIati(xml, undefined, 'undp.xml', TODAY)).toEqual({
      kind: 'need-home',
      reportingOrg: 'XM-DAC-41114',
    });
  });

  it('with Korea as home: skips, drops the bad end, sums commitments, reads KO titles', () => {
    const { dataset, report } = loaded(readIati(xml, 'KOR', 'undp.xml', TODAY));
    expect(report.skipped.cancelled.map((a) => a.identifier)).toEqual(['XM-DAC-41114-00120002']);
    expect(report.skipped['no-date'].map((a) => a.identifier)).toEqual(['XM-DAC-41114-00120003']);
    expect(report.endsDropped.map((a) => a.identifier)).toEqual(['XM-DAC-41114-00120001']);
    expect(dataset.activities).toEqual([
      {
        id: 'xm-dac-41114-00120001',
        title: { en: 'Oxygen plants for district hospitals', ko: '지역 병원 산소 설비' },
        type: 'project',
        status: 'done',
        date: '2020-06-01',
        partners: ['NPL'],
        // 12191 Medical services: category 121 "Health, General"; the vocabulary-99 code is ignored.
        sectors: ['health-general'],
        actors: {
          korea: ['Ministry of Foreign Affairs'],
          partner: ['Ministry of Health of Nepal'],
        },
        amount: { value: 200000.5, currency: 'USD' },
        source: 'iati-xm-dac-41114',
        quote: 'Three oxygen plants were installed.',
      },
      {
        id: 'xm-dac-41114-00120004',
        title: { en: 'Future vaccine cold chain' },
        type: 'project',
        status: 'planned',
        date: '2030-01-01',
        partners: ['BGD'],
        // Vocabulary 2: the category itself, 740 "Disaster Prevention & Preparedness".
        sectors: ['disaster-prevention-preparedness'],
        actors: { korea: [], partner: [] },
        source: 'iati-xm-dac-41114',
        quote: 'Future vaccine cold chain',
      },
    ]);
    expect(dataset.sources[0]?.published).toBe('2021-03-01');
  });

  it('says where XML is not well-formed', () => {
    const outcome = readIati(
      '<iati-activities><iati-activity></iati-activities>',
      undefined,
      'x.xml',
      TODAY,
    );
    expect(outcome.kind).toBe('unreadable');
    expect(outcome.kind === 'unreadable' ? outcome.detail : '').toMatch(
      /^Not well-formed XML \(line 1/,
    );
  });
});
