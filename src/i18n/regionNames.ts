import type { Lang } from './lang';

/** Korean names of the UN M49 sub-regions, by region id; English names come from the data. */
const KO: Partial<Record<string, string>> = {
  'central-asia': '중앙아시아',
  'eastern-asia': '동아시아',
  'south-eastern-asia': '동남아시아',
  'southern-asia': '남아시아',
  'western-asia': '서아시아',
  'northern-africa': '북아프리카',
  'sub-saharan-africa': '사하라 이남 아프리카',
  'latin-america-and-the-caribbean': '라틴아메리카·카리브',
  'northern-america': '북아메리카',
  'eastern-europe': '동유럽',
  'northern-europe': '북유럽',
  'southern-europe': '남유럽',
  'western-europe': '서유럽',
  'australia-and-new-zealand': '오스트레일리아·뉴질랜드',
  melanesia: '멜라네시아',
  micronesia: '미크로네시아',
  polynesia: '폴리네시아',
  antarctica: '남극',
  other: '기타',
};

export function regionLabel(id: string, english: string, lang: Lang): string {
  return lang === 'ko' ? (KO[id] ?? english) : english;
}
