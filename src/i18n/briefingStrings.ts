import { josa } from 'es-hangul';
import type { Lang } from './lang';

/** Every string of scenes, the briefing, slides and picture exports, in one language. */
export interface BriefingStrings {
  readonly scenes: string;
  readonly saveScene: string;
  readonly sceneTitle: string;
  readonly sceneNotes: string;
  readonly noScenes: string;
  readonly moveUp: (title: string) => string;
  readonly moveDown: (title: string) => string;
  readonly rename: (title: string) => string;
  readonly remove: (title: string) => string;
  readonly newTitle: (title: string) => string;
  readonly renameDone: string;
  readonly renameCancel: string;
  readonly exportScenes: string;
  readonly importScenes: string;
  /** Name of the `status` that shows the scene being presented. */
  readonly scene: string;
  /** `2 / 5`. */
  readonly position: (n: number, of: number) => string;
  readonly blackout: string;
  readonly yearByYear: string;
  /** While the reach grows during Play: `By 2021: 23 activities with 9 partner countries`. */
  readonly byYear: (year: number, activities: string, partners: string) => string;
  /** While playing year by year: `In 2021: …`. */
  readonly inYear: (year: number, activities: string, partners: string) => string;
  readonly storedCorrupt: string;
  readonly notStored: string;
  readonly importInvalid: (name: string, n: number) => string;
  /** `n` scenes read from `name`, in place of `replaced` stored ones (0: none were). */
  readonly imported: (name: string, n: number, replaced: number) => string;
  readonly linkInvalid: string;
  /** `n` scenes shown from a link, unsaved; `own` stored scenes stay as they were. */
  readonly linkOpened: (n: number, own: number) => string;
  /** Above a link's scenes in the panel: they are unsaved, and what keeping them replaces. */
  readonly linkScenesNote: (own: number) => string;
  readonly keepLinkScenes: string;
  readonly backToOwnScenes: string;
  /** A link's `n` scenes kept in this browser in place of `replaced` stored ones. */
  readonly linkKept: (n: number, replaced: number) => string;
  readonly fileTooBig: (name: string, mb: number) => string;
  /** Default scene title parts: `Digital health and Health policy in Central Asia, 2019–2021`. */
  readonly describe: (a: {
    readonly what: string | null;
    readonly where: string | null;
    readonly years: string;
    readonly country: string | null;
  }) => string;
  readonly allActivities: string;
  /** `8 of 9 sectors`. */
  readonly sectorsOf: (n: number, all: number) => string;
  readonly and: (items: readonly string[]) => string;
  readonly downloadSlides: string;
  readonly makingSlides: (n: number, of: number) => string;
  readonly slidesFailed: string;
  readonly downloadChartSvg: (chart: string) => string;
  readonly slideMade: (date: string) => string;
  readonly slideSources: string;
  readonly slideNotesActivities: string;
  readonly svgSource: (dataset: string) => string;
  readonly printFilters: string;
  readonly printSources: string;
}

const KEEP_EN = 'Keep these scenes';
const KEEP_KO = '이 장면 보관';

/** `3 scenes`, `1 scene`. */
function scenesEn(n: number): string {
  return `${n} ${n === 1 ? 'scene' : 'scenes'}`;
}

/** `your saved scene is`, `your 3 saved scenes are`. */
function yourSavedEn(n: number): string {
  return n === 1 ? 'your saved scene is' : `your ${n} saved scenes are`;
}

function listEn(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

const en: BriefingStrings = {
  scenes: 'Scenes',
  saveScene: 'Save scene',
  sceneTitle: 'Scene title',
  sceneNotes: 'Scene notes',
  noScenes: 'No scenes yet: set up a view and save it to build a briefing.',
  moveUp: (t) => `Move ${t} up`,
  moveDown: (t) => `Move ${t} down`,
  rename: (t) => `Rename ${t}`,
  remove: (t) => `Delete ${t}`,
  newTitle: (t) => `New title for ${t}`,
  renameDone: 'Save title',
  renameCancel: 'Cancel',
  exportScenes: 'Export scenes',
  importScenes: 'Import scenes',
  scene: 'Scene',
  position: (n, of) => `${n} / ${of}`,
  blackout: 'Screen blacked out: press any key to return',
  yearByYear: 'Year by year',
  byYear: (y, a, p) => `By ${y}: ${a} with ${p}`,
  inYear: (y, a, p) => `In ${y}: ${a} with ${p}`,
  storedCorrupt:
    'The scenes saved in this browser could not be read, so the list starts empty (the old entry is kept aside):',
  notStored:
    'This browser does not let the atlas store scenes (private window or storage full): they last until the page closes. Export them to keep them.',
  importInvalid: (name, n) =>
    `${name} could not be imported: ${n} ${n === 1 ? 'problem' : 'problems'} found. The scenes are unchanged.`,
  imported: (name, n, replaced) =>
    replaced === 0
      ? `Imported ${scenesEn(n)} from ${name}.`
      : `Replaced your ${replaced} saved ${replaced === 1 ? 'scene' : 'scenes'} with the ${scenesEn(n)} imported from ${name}.`,
  linkInvalid: 'The scenes in this link could not be read; the atlas opened without them:',
  linkOpened: (n, own) =>
    (n === 1
      ? 'Showing the scene in this link. It is not saved'
      : `Showing the ${n} scenes in this link. They are not saved`) +
    ` in this browser until you press ${KEEP_EN}` +
    (own === 0 ? '.' : `; ${yourSavedEn(own)} unchanged.`),
  linkScenesNote: (own) =>
    own === 0
      ? 'These scenes come from a link and are not saved in this browser.'
      : `These scenes come from a link and are not saved in this browser; ${yourSavedEn(own)} unchanged. Keeping these replaces ${own === 1 ? 'it' : 'them'}.`,
  keepLinkScenes: KEEP_EN,
  backToOwnScenes: 'Back to my scenes',
  linkKept: (n, replaced) =>
    replaced === 0
      ? `Kept the link's ${scenesEn(n)} in this browser.`
      : `Kept the link's ${scenesEn(n)} in this browser, in place of your ${replaced} saved ${replaced === 1 ? 'scene' : 'scenes'}.`,
  fileTooBig: (name, mb) => `${name} is larger than ${mb} MB, too large for a scenes file.`,
  describe: ({ what, where, years, country }) => {
    const head = `${what ?? 'All activities'}${where ? ` in ${where}` : ''}, ${years}`;
    return country ? `${head}, with ${country} in focus` : head;
  },
  allActivities: 'All activities',
  sectorsOf: (n, all) => `${n} of ${all} sectors`,
  and: listEn,
  downloadSlides: 'Download slides',
  makingSlides: (n, of) => `Making slides: ${n} of ${of}…`,
  slidesFailed: 'The slides could not be made.',
  downloadChartSvg: (chart) => `Download ${chart} as SVG`,
  slideMade: (date) => `Made ${date}`,
  slideSources: 'Sources',
  slideNotesActivities: 'Activities in view',
  svgSource: (dataset) => `Source: ${dataset} (Cooperation Atlas)`,
  printFilters: 'Filters',
  printSources: 'Sources',
};

const ko: BriefingStrings = {
  scenes: '장면',
  saveScene: '장면 저장',
  sceneTitle: '장면 제목',
  sceneNotes: '장면 메모',
  noScenes: '아직 장면이 없습니다. 화면을 맞춘 뒤 저장하면 발표 순서가 됩니다.',
  moveUp: (t) => `${josa(t, '을/를')} 위로 이동`,
  moveDown: (t) => `${josa(t, '을/를')} 아래로 이동`,
  rename: (t) => `${t} 이름 바꾸기`,
  remove: (t) => `${t} 삭제`,
  newTitle: (t) => `${t}의 새 제목`,
  renameDone: '제목 저장',
  renameCancel: '취소',
  exportScenes: '장면 내보내기',
  importScenes: '장면 가져오기',
  scene: '장면',
  position: (n, of) => `${n} / ${of}`,
  blackout: '화면을 가렸습니다. 아무 키나 누르면 돌아옵니다',
  yearByYear: '한 해씩',
  byYear: (y, a, p) => `${y}년까지: ${josa(p, '와/과')} ${a}`,
  inYear: (y, a, p) => `${y}년: ${josa(p, '와/과')} ${a}`,
  storedCorrupt:
    '이 브라우저에 저장된 장면을 읽을 수 없어 빈 목록으로 시작합니다(기존 항목은 따로 보관):',
  notStored:
    '이 브라우저에서는 장면을 저장할 수 없습니다(사생활 보호 창 또는 저장 공간 부족). 페이지를 닫으면 사라지니 내보내 두세요.',
  importInvalid: (name, n) =>
    `${josa(name, '을/를')} 가져올 수 없습니다: 문제 ${n}건. 장면은 그대로입니다.`,
  imported: (name, n, replaced) =>
    replaced === 0
      ? `${name}에서 장면 ${n}개를 가져왔습니다.`
      : `저장해 둔 장면 ${replaced}개를 ${name}에서 가져온 장면 ${n}개로 바꿨습니다.`,
  linkInvalid: '이 링크의 장면을 읽을 수 없어 장면 없이 열었습니다:',
  linkOpened: (n, own) =>
    own === 0
      ? `이 링크의 장면 ${n}개를 보여 줍니다. '${KEEP_KO}'을 누르기 전에는 이 브라우저에 저장되지 않습니다.`
      : `이 링크의 장면 ${n}개를 보여 줍니다. '${KEEP_KO}'을 누르기 전에는 이 브라우저에 저장되지 않으며, 저장해 둔 장면 ${own}개는 그대로입니다.`,
  linkScenesNote: (own) =>
    own === 0
      ? '링크에서 연 장면으로, 이 브라우저에 저장되지 않았습니다.'
      : `링크에서 연 장면으로, 이 브라우저에 저장되지 않았습니다. 저장해 둔 장면 ${own}개는 그대로이며, 이 장면을 보관하면 그 장면들을 대신합니다.`,
  keepLinkScenes: KEEP_KO,
  backToOwnScenes: '내 장면으로 돌아가기',
  linkKept: (n, replaced) =>
    replaced === 0
      ? `링크의 장면 ${n}개를 이 브라우저에 보관했습니다.`
      : `저장해 둔 장면 ${replaced}개 대신 링크의 장면 ${n}개를 이 브라우저에 보관했습니다.`,
  fileTooBig: (name, mb) => `${name}: ${mb}MB보다 커서 장면 파일로 읽을 수 없습니다.`,
  describe: ({ what, where, years, country }) => {
    const head = `${years} ${where ? `${where}의 ` : ''}${what ?? '전체 활동'}`;
    return country ? `${head}, ${country} 중심` : head;
  },
  allActivities: '전체 활동',
  sectorsOf: (n, all) => `${all}개 분야 중 ${n}개 분야`,
  and: (items) => items.join(', '),
  downloadSlides: '슬라이드 내려받기',
  makingSlides: (n, of) => `슬라이드 만드는 중: ${of}장 중 ${n}장…`,
  slidesFailed: '슬라이드를 만들지 못했습니다.',
  downloadChartSvg: (chart) => `${chart} SVG 내려받기`,
  slideMade: (date) => `${date} 작성`,
  slideSources: '출처',
  slideNotesActivities: '화면의 활동',
  svgSource: (dataset) => `출처: ${dataset} (Cooperation Atlas)`,
  printFilters: '필터',
  printSources: '출처',
};

export const briefingStrings: Record<Lang, BriefingStrings> = { en, ko };
