import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { getCountry } from '../../countries';
import type { Iso3 } from '../../types';
import { validateDataset } from '../../validate';
import type { OpenOutcome } from '../../worker/protocol';
import type { ImportReport, ReportedActivity, SkipReason } from '../report';
import { kebabOf } from '../workbook';
import { categoryLabel, countryOfOrg, type IatiActivity, mapActivity } from './mapActivity';
import { attr, child, children, isNode, narratives, REPEATED, type XNode } from './xmlTree';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  alwaysCreateTextNode: true,
  // Character references (`D&#xE9;veloppement`, `DFAT&#x2019;s`) fill real portal files; the
  // default decodes only the five XML entities and left these as code in titles and quotes.
  htmlEntities: true,
  isArray: (name) => REPEATED.has(name),
});

/** The most frequent `reporting-org/@ref` of the file, and its first name. */
function mainReporter(activities: readonly XNode[]): { ref: string; name: string } {
  const counts = new Map<string, { n: number; name: string }>();
  for (const a of activities) {
    const org = child(a, 'reporting-org');
    const ref = attr(org, 'ref') ?? '';
    const entry = counts.get(ref) ?? { n: 0, name: narratives(org)[0]?.text ?? ref };
    entry.n++;
    counts.set(ref, entry);
  }
  let best = { ref: '', name: '', n: 0 };
  for (const [ref, e] of counts) if (e.n > best.n) best = { ref, name: e.name, n: e.n };
  return { ref: best.ref, name: best.name || best.ref || 'IATI publisher' };
}

/** The day the file says it was generated, else the latest update it names, else `today`. */
function publishedOf(root: XNode, activities: readonly XNode[], today: string): string {
  const generated = attr(root, 'generated-datetime')?.slice(0, 10);
  if (generated && /^\d{4}-\d{2}-\d{2}$/.test(generated)) return generated;
  const updates = activities
    .map((a) => attr(a, 'last-updated-datetime')?.slice(0, 10) ?? '')
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  return updates.at(-1) ?? today;
}

function uniqueId(stem: string, taken: Set<string>): string {
  const base = stem || 'activity';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Today as `YYYY-MM-DD` (UTC). */
function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Reads an IATI activity file (standard 2.01–2.03) into a dataset exactly as SPEC §2 maps it,
 * with the report of what was loaded and what was skipped and why. `home` overrides the country
 * of the main reporting organisation; without it, a reporter whose prefix is no country gives
 * `need-home`. `today` decides what is still planned.
 */
export function readIati(
  text: string,
  home: Iso3 | undefined,
  fileName: string,
  today = isoToday(),
): OpenOutcome {
  // fast-xml-parser's own validator, deprecated in favour of a separate package this project does
  // not install; the non-validating parse accepts mismatched tags, so a broken file needs it.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const e = valid.err;
    return {
      kind: 'unreadable',
      detail: `Not well-formed XML (line ${e.line}, column ${e.col}): ${e.msg}`,
    };
  }
  const tree: unknown = parser.parse(text);
  const root = isNode(tree) ? child(tree, 'iati-activities') : undefined;
  const nodes = children(root, 'iati-activity');
  if (!root || nodes.length === 0) {
    return {
      kind: 'unreadable',
      detail: 'This is not an IATI activity file: it has no iati-activities/iati-activity.',
    };
  }
  const reporter = mainReporter(nodes);
  const homeCode = home ?? countryOfOrg(reporter.ref);
  if (homeCode === undefined)
    return { kind: 'need-home', reportingOrg: reporter.ref || reporter.name };

  const skipped: Record<SkipReason, ReportedActivity[]> = {
    cancelled: [],
    'no-country': [],
    'no-date': [],
  };
  const endsDropped: ReportedActivity[] = [];
  const loaded: IatiActivity[] = [];
  for (const node of nodes) {
    const m = mapActivity(node, homeCode, today);
    if (!m.ok) {
      skipped[m.reason].push({ identifier: m.identifier, title: m.title });
      continue;
    }
    loaded.push(m.activity);
    if (m.activity.endDropped)
      endsDropped.push({ identifier: m.activity.identifier, title: m.activity.title.en });
  }
  const report: ImportReport = {
    total: nodes.length,
    loaded: loaded.length,
    skipped,
    endsDropped,
    reportingOrg: reporter.ref,
  };
  if (loaded.length === 0) {
    const message = `none of its ${nodes.length} activities could be loaded (cancelled ${skipped.cancelled.length}, no recipient country ${skipped['no-country'].length}, no date ${skipped['no-date'].length})`;
    return { kind: 'invalid', problems: [{ path: fileName, message }] };
  }
  return toDataset(loaded, report, root, nodes, { home: homeCode, fileName, today, reporter });
}

function toDataset(
  loaded: readonly IatiActivity[],
  report: ImportReport,
  root: XNode,
  nodes: readonly XNode[],
  o: { home: Iso3; fileName: string; today: string; reporter: { ref: string; name: string } },
): OpenOutcome {
  const sectorIds = new Map<string, string>();
  const takenSectors = new Set<string>();
  const sectorId = (code: string) => {
    let id = sectorIds.get(code);
    if (id === undefined) {
      id = uniqueId(
        code === 'other' ? 'other' : kebabOf(categoryLabel(code)) || `dac-${code}`,
        takenSectors,
      );
      sectorIds.set(code, id);
    }
    return id;
  };
  const sourceId = uniqueId(`iati-${kebabOf(o.reporter.ref || o.reporter.name)}`, new Set());
  const taken = new Set<string>();
  const activities = loaded.map((a) => ({
    id: uniqueId(kebabOf(a.identifier), taken),
    title: a.title,
    type: 'project',
    status: a.status,
    date: a.date,
    ...(a.end === undefined ? {} : { end: a.end }),
    partners: a.partners,
    sectors: a.categories.map(sectorId),
    actors: a.actors,
    ...(a.amount === undefined ? {} : { amount: a.amount }),
    source: sourceId,
    quote: a.quote,
  }));
  const country = getCountry(o.home)?.name ?? { en: o.home };
  const json = {
    schemaVersion: 1,
    title: {
      en: `${country.en}: cooperation activities from IATI`,
      ...(country.ko ? { ko: `${country.ko}: IATI 협력 활동` } : {}),
    },
    home: o.home,
    sectors: [...sectorIds].map(([code, id]) => ({ id, label: { en: categoryLabel(code) } })),
    groups: [],
    sources: [
      {
        id: sourceId,
        title: `IATI activity file ${o.fileName}`,
        publisher: o.reporter.name,
        published: publishedOf(root, nodes, o.today),
        kind: 'dataset',
      },
    ],
    activities,
  };
  const result = validateDataset(json);
  return result.ok
    ? { kind: 'loaded', dataset: result.dataset, report }
    : { kind: 'invalid', problems: result.problems };
}
