// Builds src/data/formats/iati/codelists.generated.json from the IATI code lists in
// ../shared/iati/codelists/ (CC BY 4.0, IATI): what the IATI importer needs and nothing typed by
// hand. SectorCategory: DAC 3-digit category → English name; Country: the ISO 3166-1 alpha-2
// codes IATI knows as countries. (A DAC 5-digit sector's category is its first three digits.)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

const DEFAULT_DIR = new URL('../../shared/iati/codelists/', import.meta.url);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => name === 'codelist-item' || name === 'narrative',
});

/** [code, English name] of every item of a code list, withdrawn ones included (old files use them). */
function items(dir, name) {
  const xml = parser.parse(readFileSync(new URL(`${name}.xml`, dir), 'utf8'));
  return xml.codelist['codelist-items']['codelist-item'].map((item) => {
    const narratives = item.name?.narrative ?? [];
    const en = narratives.find(
      (n) => typeof n === 'string' || !n['@_lang'] || n['@_lang'] === 'en',
    );
    const text = typeof en === 'string' ? en : (en?.['#text'] ?? '');
    return [String(item.code), text.trim()];
  });
}

export function buildIatiCodelists(dir = DEFAULT_DIR) {
  const categories = Object.fromEntries(items(dir, 'SectorCategory'));
  const countries = items(dir, 'Country').map(([code]) => code);
  const out = {
    source: 'IATI code lists (CC BY 4.0), ../shared/iati/codelists/',
    sectorCategories: categories,
    countries,
  };
  return JSON.stringify(out, null, 1) + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = new URL('../src/data/formats/iati/codelists.generated.json', import.meta.url);
  writeFileSync(out, buildIatiCodelists());
  console.log(`wrote ${fileURLToPath(out)}`);
}
