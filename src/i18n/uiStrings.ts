import type { UrlProblem } from '../state/url';
import { ACTIVITY_TYPE_WORDS, withParticle, words } from './words';
import { dataInStrings } from './dataInStrings';

const enWords = words('en');
const koWords = words('ko');
/** Tied leaders up to this many are named in the summary; more are counted. */
const MAX_NAMED_LEADERS = 3;

const en = {
  ...dataInStrings.en,
  languageButton: '한국어',
  loading: 'Loading the dataset…',
  subline: (from: number, to: number, sources: number) =>
    `${from}–${to} · ${enWords.sources(sources)}`,
  activities: enWords.activities,
  partnerCountries: enWords.partnerCountries,
  summary: 'Summary',
  summarySentence: (a: {
    from: number;
    to: number;
    activities: string;
    partners: string;
    region: string | null;
    /** Every partner with the most activities (ties included), in the partner list's order. */
    leaders: readonly string[];
    leaderCount: number;
  }) => {
    const span = a.from === a.to ? `In ${a.from}` : `From ${a.from} to ${a.to}`;
    const head = `${span}: ${a.activities} with ${a.partners}`;
    const region = a.region ? `, most in ${a.region}` : '';
    const n = enWords.number(a.leaderCount);
    const [first] = a.leaders;
    let leader = '';
    if (a.leaders.length === 1) leader = `; ${first} leads with ${n}`;
    else if (a.leaders.length <= MAX_NAMED_LEADERS && first)
      leader = `; ${new Intl.ListFormat('en', { type: 'conjunction' }).format(a.leaders)} lead with ${n} each`;
    else if (first)
      leader = `; ${enWords.partnerCountries(a.leaders.length)} share the lead with ${n} each`;
    return `${head}${region}${leader}.`;
  },
  partnerList: 'Partner countries',
  partnerButton: (name: string, n: number, via: string | null) =>
    `${name}, ${enWords.activities(n)}${via ? ` (${enWords.via(via)})` : ''}`,
  noPartners: 'No partner country matches the filters.',
  fromYear: 'From year',
  toYear: 'To year',
  play: 'Play',
  pause: 'Pause',
  timeline: 'Year range',
  sectors: 'Sectors',
  regions: 'Regions',
  resetFilters: 'Reset filters',
  filters: 'Filters',
  details: (country: string) => `${country} details`,
  closeDetails: 'Close details',
  dateInferred: 'Date inferred',
  actorsPartner: 'Partner',
  source: 'Source',
  openSource: 'Full text',
  originalSource: 'Original page',
  noActivitiesForCountry: 'No activity with this country matches the filters.',
  types: ACTIVITY_TYPE_WORDS.en,
  openDataset: 'Open dataset',
  downloadPng: 'Download PNG',
  downloadCsv: 'Download CSV',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  linkCopyFailed: 'Could not copy; the link is in the address bar.',
  present: 'Present',
  exitPresentation: 'Exit presentation',
  actions: 'Actions',
  dismiss: 'Dismiss',
  dropHint: 'Drop a dataset (.json) to open it',
  datasetOpened: (name: string) => `Opened ${name}.`,
  datasetNotJson: (name: string) => `${name} could not be opened: it is not JSON.`,
  datasetInvalid: (name: string, n: number) =>
    `${name} could not be opened: ${n} ${n === 1 ? 'problem' : 'problems'} found. The map still shows the previous dataset.`,
  moreProblems: (n: number) => `…and more (only the first ${n} are listed).`,
  bundledFailed: 'The bundled dataset could not be loaded.',
  urlIgnored: 'Some link parameters were ignored:',
  urlProblem: (p: UrlProblem) => {
    const v = JSON.stringify(p.value);
    switch (p.reason) {
      case 'not-a-year':
        return `${p.param}=${v} is not a year`;
      case 'out-of-range':
        return `${p.param}=${v} is outside the years in the data`;
      case 'unknown-sector':
        return `sectors: ${v} is not a sector in this dataset`;
      case 'unknown-region':
        return `regions: ${v} is not a region in this dataset`;
      case 'unknown-country':
        return `country=${v} is not a partner country in this dataset`;
      case 'unknown-lang':
        return `lang=${v} is not a supported language (en, ko)`;
      case 'unknown-type':
        return `types: ${v} is not an activity type in this dataset`;
      case 'unknown-status':
        return `status: ${v} is not a status (done, planned)`;
      case 'unknown-actor':
        return `actor=${v} is not an organisation named in this dataset`;
      case 'not-a-period':
        return `compare=${v} is not a period (YYYY-YYYY)`;
      case 'unknown-view':
        return `view=${v} is not a view (map, table)`;
      case 'unknown-theme':
        return `theme=${v} is not a theme (light, dark)`;
      case 'not-embed':
        return `embed=${v} is not 1 or 0`;
    }
  },
  shortcuts: 'Keyboard shortcuts',
  exportFailed: 'The image could not be made.',
  offlineCopyFailed: (detail: string) => `The offline copy could not be made (${detail}).`,
  pngFilters: 'Filters',
  pngSources: 'Sources',
  allSectors: 'All sectors',
  allRegions: 'All regions',
};

export type UiStrings = typeof en;

const ko: UiStrings = {
  ...dataInStrings.ko,
  languageButton: 'English',
  loading: '데이터를 불러오는 중…',
  subline: (from, to, sources) => `${from}–${to} · ${koWords.sources(sources)}`,
  activities: koWords.activities,
  partnerCountries: koWords.partnerCountries,
  summary: '요약',
  summarySentence: (a) => {
    const span = a.from === a.to ? `${a.from}년` : `${a.from}년부터 ${a.to}년까지`;
    const region = a.region ? `, ${a.region} 지역이 가장 많고` : '';
    const n = koWords.number(a.leaderCount);
    let who: string | null = null;
    if (a.leaders.length > MAX_NAMED_LEADERS) who = koWords.partnerCountries(a.leaders.length);
    else if (a.leaders.length > 0) who = a.leaders.join('·');
    const each = a.leaders.length > 1 ? '각 ' : '';
    const leader = who ? `, ${withParticle(who, '이/가')} ${each}${n}건으로 가장 많습니다` : '';
    return `${span}: ${withParticle(a.partners, '와/과')} ${a.activities}${region}${leader}.`;
  },
  partnerList: '협력국',
  partnerButton: (name, n, via) =>
    `${name}, ${koWords.activities(n)}${via ? ` (${koWords.via(via)})` : ''}`,
  noPartners: '필터에 맞는 협력국이 없습니다.',
  fromYear: '시작 연도',
  toYear: '종료 연도',
  play: '재생',
  pause: '일시정지',
  timeline: '연도 범위',
  sectors: '분야',
  regions: '지역',
  resetFilters: '필터 초기화',
  filters: '필터',
  details: (country) => `${country} 상세`,
  closeDetails: '상세 닫기',
  dateInferred: '추정 날짜',
  actorsPartner: '협력국',
  source: '출처',
  openSource: '원문',
  originalSource: '원본 페이지',
  noActivitiesForCountry: '필터에 맞는 이 나라의 활동이 없습니다.',
  types: ACTIVITY_TYPE_WORDS.ko,
  openDataset: '데이터 열기',
  downloadPng: 'PNG 내려받기',
  downloadCsv: 'CSV 내려받기',
  copyLink: '링크 복사',
  linkCopied: '링크를 복사했습니다',
  linkCopyFailed: '복사하지 못했습니다. 주소창의 링크를 사용하세요.',
  present: '발표',
  exitPresentation: '발표 끝내기',
  actions: '작업',
  dismiss: '닫기',
  dropHint: '데이터(.json)를 놓으면 엽니다',
  datasetOpened: (name) => `${name} 파일을 열었습니다.`,
  datasetNotJson: (name) => `${name} 파일은 JSON이 아니어서 열 수 없습니다.`,
  datasetInvalid: (name, n) =>
    `${name} 파일을 열 수 없습니다: 문제 ${koWords.number(n)}건. 지도는 이전 데이터를 계속 보여 줍니다.`,
  moreProblems: (n) => `…외 더 있음 (처음 ${n}건만 표시).`,
  bundledFailed: '기본 데이터를 불러오지 못했습니다.',
  urlIgnored: '링크의 일부 값을 무시했습니다:',
  urlProblem: (p) => {
    const v = JSON.stringify(p.value);
    switch (p.reason) {
      case 'not-a-year':
        return `${p.param}=${v}: 연도가 아닙니다`;
      case 'out-of-range':
        return `${p.param}=${v}: 데이터의 연도 범위 밖입니다`;
      case 'unknown-sector':
        return `sectors: ${v}: 이 데이터에 없는 분야입니다`;
      case 'unknown-region':
        return `regions: ${v}: 이 데이터에 없는 지역입니다`;
      case 'unknown-country':
        return `country=${v}: 이 데이터의 협력국이 아닙니다`;
      case 'unknown-lang':
        return `lang=${v}: 지원하지 않는 언어입니다 (en, ko)`;
      case 'unknown-type':
        return `types: ${v}: 이 데이터에 없는 활동 유형입니다`;
      case 'unknown-status':
        return `status: ${v}: 상태가 아닙니다 (done, planned)`;
      case 'unknown-actor':
        return `actor=${v}: 이 데이터에 나오는 기관이 아닙니다`;
      case 'not-a-period':
        return `compare=${v}: 기간이 아닙니다 (YYYY-YYYY)`;
      case 'unknown-view':
        return `view=${v}: 보기가 아닙니다 (map, table)`;
      case 'unknown-theme':
        return `theme=${v}: 테마가 아닙니다 (light, dark)`;
      case 'not-embed':
        return `embed=${v}: 1 또는 0이 아닙니다`;
    }
  },
  shortcuts: '단축키',
  exportFailed: '이미지를 만들지 못했습니다.',
  offlineCopyFailed: (detail: string) => `오프라인 사본을 만들지 못했습니다(${detail}).`,
  pngFilters: '필터',
  pngSources: '출처',
  allSectors: '모든 분야',
  allRegions: '모든 지역',
};

export const uiStrings = { en, ko } as const;
