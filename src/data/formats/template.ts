/**
 * The spreadsheet template of SPEC §2: sheet names, their columns in order, and the README sheet
 * explaining each column in English and Korean.
 */
export const ACTIVITY_COLUMNS = [
  'id',
  'title_en',
  'title_ko',
  'type',
  'status',
  'date',
  'end',
  'date_note',
  'partners',
  'sectors',
  'actors_home',
  'actors_partner',
  'source',
  'quote',
  'amount',
  'currency',
] as const;
export type ActivityColumn = (typeof ACTIVITY_COLUMNS)[number];

/** `file` (a path under `data/` to the full text) is beyond the SPEC's columns, so a downloaded dataset keeps it. */
export const SOURCE_COLUMNS = [
  'id',
  'title',
  'publisher',
  'published',
  'url',
  'kind',
  'file',
] as const;
export type SourceColumn = (typeof SOURCE_COLUMNS)[number];

export const SECTOR_COLUMNS = ['id', 'label_en', 'label_ko'] as const;
export type SectorColumn = (typeof SECTOR_COLUMNS)[number];

export const GROUP_COLUMNS = ['id', 'name_en', 'name_ko', 'members'] as const;
export type GroupColumn = (typeof GROUP_COLUMNS)[number];

/** Keys of the `Dataset` sheet (column A), each with its value in column B. */
export const DATASET_KEYS = ['title_en', 'title_ko', 'home'] as const;
export type DatasetKey = (typeof DATASET_KEYS)[number];

export const SHEETS = {
  activities: 'Activities',
  sources: 'Sources',
  sectors: 'Sectors',
  groups: 'Groups',
  dataset: 'Dataset',
  readme: 'README',
} as const;

/** `[sheet, column, English, Korean]` rows of the README sheet. */
export const README_ROWS: readonly (readonly [string, string, string, string])[] = [
  [
    'Activities',
    'id',
    'Unique id in kebab-case; left empty, it is made from title_en.',
    '고유 ID(소문자와 숫자를 하이픈으로 연결). 비워 두면 title_en으로 만듭니다.',
  ],
  [
    'Activities',
    'title_en',
    'Short, factual title in English (required).',
    '짧고 사실적인 영어 제목(필수).',
  ],
  ['Activities', 'title_ko', 'Title in Korean (optional).', '한국어 제목(선택).'],
  [
    'Activities',
    'type',
    'agreement, meeting, forum, training, export, project, aid or award.',
    'agreement, meeting, forum, training, export, project, aid, award 중 하나.',
  ],
  ['Activities', 'status', 'done (default) or planned.', 'done(기본값) 또는 planned.'],
  [
    'Activities',
    'date',
    'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source.',
    'YYYY, YYYY-MM 또는 YYYY-MM-DD. 출처가 밝힌 만큼만 정확하게.',
  ],
  [
    'Activities',
    'end',
    'End date, same forms, optional; not before date.',
    '종료일(선택), 같은 형식. 시작일보다 앞설 수 없습니다.',
  ],
  [
    'Activities',
    'date_note',
    'How the date was inferred, when the source does not state it.',
    '출처에 날짜가 없을 때 날짜를 추정한 방법.',
  ],
  [
    'Activities',
    'partners',
    'Partner countries separated by ";": ISO3 (KAZ), ISO2 (KZ), English or Korean name, or a group id from Groups.',
    '협력국을 ";"로 구분: ISO3(KAZ), ISO2(KZ), 영어 또는 한국어 국가명, 또는 Groups의 그룹 ID.',
  ],
  [
    'Activities',
    'sectors',
    'Sectors separated by ";": id or English label from Sectors.',
    '분야를 ";"로 구분: Sectors의 ID 또는 영어 이름.',
  ],
  [
    'Activities',
    'actors_home',
    'Organisations on the home country side, separated by ";".',
    '본국 측 기관, ";"로 구분.',
  ],
  [
    'Activities',
    'actors_partner',
    'Organisations on the partner side, separated by ";".',
    '협력국 측 기관, ";"로 구분.',
  ],
  ['Activities', 'source', 'Source id from Sources.', 'Sources의 출처 ID.'],
  [
    'Activities',
    'quote',
    'The sentence(s) of the source that state the fact, verbatim.',
    '사실을 밝히는 출처의 문장을 그대로.',
  ],
  [
    'Activities',
    'amount',
    'Money committed, a number ≥ 0 (optional).',
    '약정 금액, 0 이상의 숫자(선택).',
  ],
  [
    'Activities',
    'currency',
    'ISO 4217 code of the amount (KRW, USD).',
    '금액의 ISO 4217 통화 코드(KRW, USD).',
  ],
  ['Sources', 'id', 'Unique source id.', '고유 출처 ID.'],
  ['Sources', 'title', 'Title of the document.', '문서 제목.'],
  ['Sources', 'publisher', 'Who published it.', '발행 기관.'],
  ['Sources', 'published', 'Publication date, YYYY-MM-DD.', '발행일, YYYY-MM-DD.'],
  ['Sources', 'url', 'Web address, http(s) only (optional).', '웹 주소, http(s)만(선택).'],
  [
    'Sources',
    'kind',
    'government, agency, media, ngo, multilateral or dataset (optional).',
    'government, agency, media, ngo, multilateral, dataset 중 하나(선택).',
  ],
  [
    'Sources',
    'file',
    'Path of the full text under data/ (optional).',
    'data/ 아래 전문 파일 경로(선택).',
  ],
  ['Sectors', 'id', 'Unique sector id in kebab-case.', '고유 분야 ID(소문자와 하이픈).'],
  ['Sectors', 'label_en', 'Sector name in English.', '영어 분야 이름.'],
  ['Sectors', 'label_ko', 'Sector name in Korean (optional).', '한국어 분야 이름(선택).'],
  ['Groups', 'id', 'Group id used in partners (ASEAN).', 'partners에 쓰는 그룹 ID(ASEAN).'],
  ['Groups', 'name_en', 'Group name in English.', '영어 그룹 이름.'],
  ['Groups', 'name_ko', 'Group name in Korean (optional).', '한국어 그룹 이름(선택).'],
  [
    'Groups',
    'members',
    'Member countries separated by ";" (ISO3, ISO2 or name).',
    '회원국을 ";"로 구분(ISO3, ISO2 또는 국가명).',
  ],
  ['Dataset', 'title_en', 'Title of the atlas in English (column B).', '영어 아틀라스 제목(B열).'],
  ['Dataset', 'title_ko', 'Title in Korean (column B).', '한국어 제목(B열).'],
  ['Dataset', 'home', 'The home country, origin of the arcs (KOR).', '본국, 선의 출발점(KOR).'],
  [
    '(all)',
    '',
    'Missing Sources, Sectors or Dataset sheets are derived from the values used; home defaults to KOR. A .csv file is the Activities sheet alone.',
    'Sources, Sectors, Dataset 시트가 없으면 쓰인 값으로 만듭니다. home 기본값은 KOR. .csv 파일은 Activities 시트 하나입니다.',
  ],
];
