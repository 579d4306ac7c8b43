import { words } from './words';

const en = words('en');
const ko = words('ko');

/** Every string the world map shows, in English and Korean. */
export const mapStrings = {
  en: {
    /** Accessible name of the map region (SPEC §2: exactly `World map`). */
    worldMap: 'World map',
    canvasLabel: 'Interactive map. Drag to pan, scroll to zoom.',
    fitToPartners: 'Fit to partners',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    mapControls: 'Map controls',
    activities: en.activities,
    noActivities: 'No activities in this selection',
    viaOnly: (groups: string): string => `Only via ${groups}`,
    directAndVia: (direct: number, via: number, groups: string): string =>
      `${en.number(direct)} direct, ${en.number(via)} ${en.via(groups)}`,
    home: (country: string): string => `${country} (home)`,
    legendTitle: 'Activities per partner country',
    legendVia: (group: string): string => `Only via ${group}`,
    legendEmpty: 'No partner countries in this selection',
    credit: 'Boundaries: Natural Earth',
    loading: 'Loading map…',
    loadError: 'The map data could not be loaded.',
    webglMissing:
      'The interactive map needs WebGL, which is not available in this browser. This is a simplified static map.',
    zoomAndPan: 'Zoom and pan',
  },
  ko: {
    worldMap: '세계 지도',
    canvasLabel: '대화형 지도. 끌어서 이동하고 스크롤로 확대·축소합니다.',
    fitToPartners: '협력국 전체 보기',
    zoomIn: '확대',
    zoomOut: '축소',
    mapControls: '지도 조작',
    activities: ko.activities,
    noActivities: '선택한 범위에 활동이 없습니다',
    viaOnly: (groups: string): string => `${ko.via(groups)} 협력만 있음`,
    directAndVia: (direct: number, via: number, groups: string): string =>
      `직접 ${ko.number(direct)}건, ${ko.via(groups)} ${ko.number(via)}건`,
    home: (country: string): string => `${country} (협력 주체)`,
    legendTitle: '협력국별 활동 건수',
    legendVia: (group: string): string => `${ko.via(group)} 협력만`,
    legendEmpty: '선택한 범위에 협력국이 없습니다',
    credit: '국경: Natural Earth',
    loading: '지도를 불러오는 중…',
    loadError: '지도 데이터를 불러오지 못했습니다.',
    webglMissing:
      '대화형 지도에는 WebGL이 필요하지만 이 브라우저에서는 사용할 수 없습니다. 간단한 정적 지도를 대신 보여 드립니다.',
    zoomAndPan: '확대·이동하기',
  },
} as const;

/** The map's strings in one language. */
export type MapStrings = (typeof mapStrings)[keyof typeof mapStrings];
