import type { Activity, Dataset, Localized } from '../types';
import {
  ACTIVITY_COLUMNS,
  type ActivityColumn,
  DATASET_KEYS,
  GROUP_COLUMNS,
  README_ROWS,
  SECTOR_COLUMNS,
  SHEETS,
  SOURCE_COLUMNS,
} from './template';
import type { Cell, SheetRows } from './workbook';

const list = (items: readonly string[]): string => items.join('; ');
const ko = (text: Localized): string => text.ko ?? '';

/** One activity as its template row, in `ACTIVITY_COLUMNS` order. */
export function activityRow(a: Activity): Cell[] {
  const cells: Record<ActivityColumn, Cell> = {
    id: a.id,
    title_en: a.title.en,
    title_ko: ko(a.title),
    type: a.type,
    status: a.status,
    date: a.date,
    end: a.end ?? '',
    date_note: a.dateNote ?? '',
    partners: list(a.partners),
    sectors: list(a.sectors),
    actors_home: list(a.actors.korea),
    actors_partner: list(a.actors.partner),
    source: a.source,
    quote: a.quote,
    amount: a.amount ? a.amount.value : '',
    currency: a.amount?.currency ?? '',
  };
  return ACTIVITY_COLUMNS.map((c) => cells[c]);
}

/**
 * The dataset in the template of SPEC §2: Activities, Sources, Sectors, Groups and Dataset
 * sheets (what `datasetFromSheets` reads back to the same dataset), and, with `readme`, the
 * README sheet.
 */
export function datasetToSheets(dataset: Dataset, readme = false): SheetRows[] {
  const sheets: SheetRows[] = [
    {
      name: SHEETS.activities,
      rows: [[...ACTIVITY_COLUMNS], ...dataset.activities.map(activityRow)],
    },
    {
      name: SHEETS.sources,
      rows: [
        [...SOURCE_COLUMNS],
        ...dataset.sources.map((s) => [
          s.id,
          s.title,
          s.publisher,
          s.published,
          s.url ?? '',
          s.kind ?? '',
          s.file ?? '',
        ]),
      ],
    },
    {
      name: SHEETS.sectors,
      rows: [[...SECTOR_COLUMNS], ...dataset.sectors.map((s) => [s.id, s.label.en, ko(s.label)])],
    },
    {
      name: SHEETS.groups,
      rows: [
        [...GROUP_COLUMNS],
        ...dataset.groups.map((g) => [g.id, g.name.en, ko(g.name), list(g.members)]),
      ],
    },
    {
      name: SHEETS.dataset,
      rows: DATASET_KEYS.map((k) => [
        k,
        k === 'home' ? dataset.home : k === 'title_en' ? dataset.title.en : ko(dataset.title),
      ]),
    },
  ];
  if (readme) {
    sheets.push({
      name: SHEETS.readme,
      rows: [['sheet', 'column', 'English', '한국어'], ...README_ROWS.map((r) => [...r])],
    });
  }
  return sheets;
}

/** The template's one filled example row, as a small valid dataset. */
export const TEMPLATE_EXAMPLE: Dataset = {
  schemaVersion: 1,
  title: { en: 'My cooperation atlas', ko: '나의 협력 아틀라스' },
  home: 'KOR',
  sectors: [{ id: 'digital-health', label: { en: 'Digital health', ko: '디지털 헬스' } }],
  groups: [
    {
      id: 'ASEAN',
      name: { en: 'Association of Southeast Asian Nations', ko: '동남아시아국가연합' },
      members: ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'VNM'],
    },
  ],
  sources: [
    {
      id: 'example-source',
      title: 'Example press release (replace with your source)',
      publisher: 'Ministry of Health and Welfare',
      published: '2023-06-01',
      url: 'https://www.mohw.go.kr/',
      kind: 'government',
    },
  ],
  activities: [
    {
      id: 'example-digital-health-mou',
      title: { en: 'Example: digital health memorandum', ko: '예시: 디지털 헬스 양해각서' },
      type: 'agreement',
      status: 'done',
      date: '2023-05',
      partners: ['KAZ'],
      sectors: ['digital-health'],
      actors: { korea: ['Ministry of Health and Welfare'], partner: ['Ministry of Health'] },
      source: 'example-source',
      quote: 'Replace with the sentence of your source that states the fact.',
      amount: { value: 1000000, currency: 'USD' },
    },
  ],
};
