import { josa } from 'es-hangul';
import type { Lang } from '../data/lang';
import type { SkipReason } from '../data/formats/report';
import { words } from './words';

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024)).toLocaleString('en');

/** Words for opening, importing and downloading datasets (SPEC §2), in English and Korean. */
export interface DataInStrings {
  readonly openingDataset: string;
  readonly cancel: string;
  readonly bundledDataset: string;
  readonly downloadTemplate: string;
  readonly downloadDataset: string;
  readonly tooLarge: (name: string, bytes: number, limit: string) => string;
  readonly unreadable: (name: string) => string;
  readonly homeCountry: string;
  readonly homePrompt: (name: string, org: string) => string;
  readonly openWithHome: string;
  readonly importReport: string;
  readonly reportLoaded: (loaded: number, total: number, name: string) => string;
  readonly skipped: (reason: SkipReason, n: number) => string;
  readonly endsDropped: (n: number) => string;
  readonly andMore: (n: number) => string;
  readonly dismissReport: string;
  readonly whichActivities: string;
  readonly downloadFailed: string;
  readonly amountLabel: string;
  readonly amount: (value: number, currency: string) => string;
}

/** Counts as the rest of the atlas writes them (both languages group thousands with commas). */
const n = words('en').number;

/** A money amount in its currency, as the vocabulary writes it everywhere. */
function money(lang: Lang): (value: number, currency: string) => string {
  return (value, currency) => words(lang).amount({ value, currency });
}

const en: DataInStrings = {
  openingDataset: 'Opening dataset',
  cancel: 'Cancel',
  bundledDataset: 'Bundled dataset',
  downloadTemplate: 'Download template',
  downloadDataset: 'Download dataset',
  tooLarge: (name, bytes, limit) =>
    `${name} was not opened: it is ${mb(bytes)} MB, and files larger than ${limit} are refused. The map still shows the previous dataset.`,
  unreadable: (name) =>
    `${name} could not be read. The map still shows the previous dataset. The reader said:`,
  homeCountry: 'Home country',
  homePrompt: (name, org) =>
    `${name}: the reporting organisation ${org} is not a country. Choose the home country its arcs start from.`,
  openWithHome: 'Open with this home country',
  importReport: 'Import report',
  reportLoaded: (loaded, total, name) =>
    `${name}: ${n(loaded)} of ${n(total)} IATI ${total === 1 ? 'activity' : 'activities'} loaded.`,
  skipped: (reason, count) => {
    const why = {
      cancelled: 'cancelled (activity status 5)',
      'no-country': 'no recipient country (a region only, or no geography)',
      'no-date': 'no start or end date',
    }[reason];
    return `${n(count)} skipped: ${why}`;
  },
  endsDropped: (count) =>
    `${n(count)} end ${count === 1 ? 'date' : 'dates'} before the start dropped (the start kept)`,
  andMore: (count) => `…and ${n(count)} more`,
  dismissReport: 'Close import report',
  whichActivities: 'Which activities',
  downloadFailed: 'The spreadsheet could not be written.',
  amountLabel: 'Amount',
  amount: money('en'),
};

const ko: DataInStrings = {
  openingDataset: '데이터셋 여는 중',
  cancel: '취소',
  bundledDataset: '기본 데이터셋',
  downloadTemplate: '템플릿 내려받기',
  downloadDataset: '데이터셋 내려받기',
  tooLarge: (name, bytes, limit) =>
    `${josa(name, '을/를')} 열지 않았습니다: ${mb(bytes)} MB로, ${limit}보다 큰 파일은 열 수 없습니다. 지도는 이전 데이터를 그대로 보여 줍니다.`,
  unreadable: (name) =>
    `${josa(name, '을/를')} 읽을 수 없습니다. 지도는 이전 데이터를 그대로 보여 줍니다. 읽기 오류:`,
  homeCountry: '본국',
  homePrompt: (name, org) =>
    `${name}: 보고 기관 ${josa(org, '은/는')} 국가가 아닙니다. 선이 시작될 본국을 고르세요.`,
  openWithHome: '이 본국으로 열기',
  importReport: '가져오기 보고',
  reportLoaded: (loaded, total, name) =>
    `${name}: IATI 활동 ${n(total)}건 중 ${n(loaded)}건을 불러왔습니다.`,
  skipped: (reason, count) => {
    const why = {
      cancelled: '취소된 활동(상태 5)',
      'no-country': '수원국 없음(지역만 있거나 지리 정보 없음)',
      'no-date': '시작일과 종료일 없음',
    }[reason];
    return `${n(count)}건 제외: ${why}`;
  },
  endsDropped: (count) => `시작보다 앞선 종료일 ${n(count)}건 삭제(시작일 유지)`,
  andMore: (count) => `…외 ${n(count)}건`,
  dismissReport: '가져오기 보고 닫기',
  whichActivities: '해당 활동',
  downloadFailed: '스프레드시트를 만들지 못했습니다.',
  amountLabel: '금액',
  amount: money('ko'),
};

export const dataInStrings = { en, ko } as const;
