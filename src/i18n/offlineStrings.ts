import type { Lang } from './lang';

/** The views that fail alone (SPEC §6), each behind its own error boundary. */
export type ViewName =
  | 'map'
  | 'yearChart'
  | 'sectorChart'
  | 'partnerChart'
  | 'partners'
  | 'details'
  | 'table'
  | 'scenes'
  | 'filters'
  | 'timeline';

/** Strings of the offline copy and of a view that failed, in one language. */
export interface OfflineStrings {
  readonly saveOfflineCopy: string;
  /** Shown where a view was when it failed; the rest of the page keeps working. */
  readonly viewFailed: string;
  readonly retryView: string;
  /** Names of the views, for the failure message's accessible name. */
  readonly views: Readonly<Record<ViewName, string>>;
}

const en: OfflineStrings = {
  saveOfflineCopy: 'Save offline copy',
  viewFailed: 'This part of the atlas could not be shown. The rest of the page still works.',
  retryView: 'Try again',
  views: {
    map: 'World map',
    yearChart: 'Activities per year',
    sectorChart: 'Activities by sector',
    partnerChart: 'Activities by partner',
    partners: 'Partner countries',
    details: 'Details',
    table: 'Table',
    scenes: 'Scenes',
    filters: 'Filters',
    timeline: 'Year range',
  },
};

const ko: OfflineStrings = {
  saveOfflineCopy: '오프라인 사본 저장',
  viewFailed: '아틀라스의 이 부분을 표시하지 못했습니다. 페이지의 나머지 부분은 계속 작동합니다.',
  retryView: '다시 시도',
  views: {
    map: '세계 지도',
    yearChart: '연도별 활동',
    sectorChart: '분야별 활동',
    partnerChart: '협력국별 활동',
    partners: '협력국',
    details: '상세 정보',
    table: '표',
    scenes: '장면',
    filters: '필터',
    timeline: '연도 범위',
  },
};

export const offlineStrings: Readonly<Record<Lang, OfflineStrings>> = { en, ko };
