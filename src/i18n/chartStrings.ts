import type { Lang } from '../data/lang';
import { words } from './words';

/** Every string the charts show or announce, in one language. */
export interface ChartStrings {
  /** Number as written in this language (thousands separators). */
  readonly number: (n: number) => string;
  /** `12 activities`. */
  readonly activities: (n: number) => string;
  /** A year range, `2015–2023` (one year alone when `from === to`). */
  readonly years: (from: number, to: number) => string;
  readonly empty: string;
  /** Label for the part of a total no listed sector accounts for. */
  readonly otherSector: string;
  readonly yes: string;
  readonly no: string;
  readonly year: {
    /** Accessible name of the svg (SPEC §2). */
    readonly name: string;
    readonly title: string;
    readonly hint: string;
    readonly selected: (range: string) => string;
    readonly multiSectorNote: string;
    readonly colYear: string;
    readonly colTotal: string;
    readonly colInRange: string;
  };
  readonly sector: {
    readonly name: string;
    readonly title: string;
    readonly hint: string;
    readonly colSector: string;
    readonly colCount: string;
    readonly colActive: string;
  };
  readonly partner: {
    readonly name: string;
    readonly title: string;
    readonly hint: string;
    /** `+ 23 more` under the bars. */
    readonly more: (n: number) => string;
    readonly direct: string;
    /** `via ASEAN` (group ids joined). */
    readonly via: (groups: string) => string;
    readonly colCountry: string;
    readonly colCount: string;
    readonly colDirect: string;
    readonly colVia: string;
  };
}

const en = words('en');
const ko = words('ko');

/** Chart strings by UI language; the svg names in `en` are the ones SPEC §2 fixes. */
export const chartStrings = {
  en: {
    number: en.number,
    activities: en.activities,
    years: en.years,
    empty: 'No activities match the filters',
    otherSector: 'Other',
    yes: 'Yes',
    no: 'No',
    year: {
      name: 'Activities per year',
      title: 'Activities per year, by sector',
      hint: 'Drag across the bars to choose years; click outside the selection to show all years.',
      selected: (range: string) => `Selected: ${range}`,
      multiSectorNote: 'An activity in several sectors counts in each.',
      colYear: 'Year',
      colTotal: 'Activities',
      colInRange: 'In selected years',
    },
    sector: {
      name: 'Activities by sector',
      title: 'Activities in each sector',
      hint: 'Click a bar to include or leave out its sector.',
      colSector: 'Sector',
      colCount: 'Activities',
      colActive: 'Included by the sector filter',
    },
    partner: {
      name: 'Activities by partner',
      title: 'Partners with the most activities',
      hint: 'Click a bar to open the country’s details.',
      more: (n: number) => `+ ${en.number(n)} more`,
      direct: 'named directly',
      via: en.via,
      colCountry: 'Country',
      colCount: 'Activities',
      colDirect: 'Naming the country',
      colVia: 'Reached via',
    },
  },
  ko: {
    number: ko.number,
    activities: ko.activities,
    years: ko.years,
    empty: '필터 조건에 맞는 활동이 없습니다',
    otherSector: '기타',
    yes: '예',
    no: '아니요',
    year: {
      name: '연도별 활동',
      title: '연도별·분야별 활동 건수',
      hint: '막대 위를 가로로 끌어 연도를 고르세요. 선택 영역 밖을 클릭하면 전체 연도가 표시됩니다.',
      selected: (range: string) => `선택한 기간: ${range}`,
      multiSectorNote: '여러 분야에 걸친 활동은 분야마다 한 번씩 집계됩니다.',
      colYear: '연도',
      colTotal: '활동 수',
      colInRange: '선택한 기간 포함',
    },
    sector: {
      name: '분야별 활동',
      title: '분야별 활동 건수',
      hint: '막대를 클릭하면 해당 분야를 필터에 넣거나 뺄 수 있습니다.',
      colSector: '분야',
      colCount: '활동 수',
      colActive: '분야 필터 포함',
    },
    partner: {
      name: '협력국별 활동',
      title: '활동이 많은 협력국',
      hint: '막대를 클릭하면 해당 국가의 상세 정보가 열립니다.',
      more: (n: number) => `외 ${ko.number(n)}개국`,
      direct: '직접 협력',
      via: ko.via,
      colCountry: '국가',
      colCount: '활동 수',
      colDirect: '국가를 직접 명시한 활동',
      colVia: '경유 그룹',
    },
  },
} as const satisfies Record<Lang, ChartStrings>;
