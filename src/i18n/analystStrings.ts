import type { CompareClass } from '../data/compare';
import type { Lang } from './lang';
import { STATUS_WORDS, words } from './words';

const en = {
  activityTypes: 'Activity types',
  status: 'Status',
  statuses: STATUS_WORDS.en,
  actorFilter: 'Organisation',
  clearActor: (name: string) => `Clear organisation filter: ${name}`,
  table: 'Table',
  map: 'Map',
  tableName: 'Activities',
  columns: {
    date: 'Date',
    partners: 'Partners',
    title: 'Title',
    type: 'Type',
    sectors: 'Sectors',
    source: 'Source',
    amount: 'Amount',
  },
  searchActivities: 'Search activities',
  rowsShown: (n: string, total: string) => `${n} of ${total} activities`,
  noRows: 'No activity matches.',
  comparePeriods: 'Compare periods',
  compareFrom: 'Compare from',
  compareTo: 'Compare to',
  classes: { new: 'New', continued: 'Continued', ended: 'Ended' } satisfies Record<
    CompareClass,
    string
  >,
  compareLegend: (a: string, b: string) => `Partners, ${a} → ${b}`,
  periodA: 'Period A',
  periodB: 'Period B',
  compareSummary: (a: string, b: string, n: Record<CompareClass, number>) =>
    `Partner countries in ${b} compared with ${a}: ${n.new} New, ${n.continued} Continued, ${n.ended} Ended.`,
  biggestChanges: (list: string) => `Biggest changes: ${list}.`,
  find: 'Find',
  findPlaceholder: 'Find a country, activity, organisation…',
  findGroups: {
    country: 'Country',
    activity: 'Activity',
    actor: 'Organisation',
    sector: 'Sector',
  },
  findNone: 'Nothing found',
  mapKeysLabel: 'Map of partner countries',
  mapKeysRole: 'keyboard map',
  mapKeys:
    'Arrow keys move between partner countries, Enter opens details, + and − zoom, Shift with the arrow keys pans, Escape leaves the map.',
  announce: (name: string, n: number, via: string | null, years: string) =>
    `${name}, ${words('en').activities(n)}${via ? ` (${words('en').via(via)})` : ''}, ${years}`,
  darkTheme: 'Dark theme',
  lightTheme: 'Light theme',
  openFullAtlas: 'Open the full atlas',
  embedCode: 'Embed code',
  copyEmbed: 'Copy embed code',
  embedCopied: 'Embed code copied',
  embedTitle: (title: string) => title,
};

export type AnalystStrings = typeof en;

const ko: AnalystStrings = {
  activityTypes: '활동 유형',
  status: '상태',
  statuses: STATUS_WORDS.ko,
  actorFilter: '기관',
  clearActor: (name) => `기관 필터 해제: ${name}`,
  table: '표',
  map: '지도',
  tableName: '활동',
  columns: {
    date: '날짜',
    partners: '협력국',
    title: '제목',
    type: '유형',
    sectors: '분야',
    source: '출처',
    amount: '금액',
  },
  searchActivities: '활동 검색',
  rowsShown: (n, total) => `활동 ${total}건 중 ${n}건`,
  noRows: '맞는 활동이 없습니다.',
  comparePeriods: '기간 비교',
  compareFrom: '비교 시작 연도',
  compareTo: '비교 종료 연도',
  classes: { new: '신규', continued: '지속', ended: '종료' },
  compareLegend: (a, b) => `협력국, ${a} → ${b}`,
  periodA: '기간 A',
  periodB: '기간 B',
  compareSummary: (a, b, n) =>
    `${a} 대비 ${b} 협력국: 신규 ${n.new}개국, 지속 ${n.continued}개국, 종료 ${n.ended}개국.`,
  biggestChanges: (list) => `가장 큰 변화: ${list}.`,
  find: '찾기',
  findPlaceholder: '나라, 활동, 기관 찾기…',
  findGroups: { country: '나라', activity: '활동', actor: '기관', sector: '분야' },
  findNone: '찾은 항목이 없습니다',
  mapKeysLabel: '협력국 지도',
  mapKeysRole: '키보드 지도',
  mapKeys:
    '화살표 키로 협력국 사이를 옮기고, Enter로 상세를 열고, +·− 키로 확대·축소하고, Shift와 화살표 키로 지도를 옮기고, Escape로 지도를 나갑니다.',
  announce: (name, n, via, years) =>
    `${name}, ${words('ko').activities(n)}${via ? ` (${words('ko').via(via)})` : ''}, ${years}`,
  darkTheme: '어두운 테마',
  lightTheme: '밝은 테마',
  openFullAtlas: '전체 지도 열기',
  embedCode: '삽입 코드',
  copyEmbed: '삽입 코드 복사',
  embedCopied: '삽입 코드를 복사했습니다',
  embedTitle: (title) => title,
};

export const analystStrings: Record<Lang, AnalystStrings> = { en, ko };
