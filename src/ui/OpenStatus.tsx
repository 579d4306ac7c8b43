import './styles/open.css';
import { useId, useState, useSyncExternalStore } from 'react';
import { COUNTRIES } from '../data/countries';
import { SKIP_REASONS, type ImportReport, type ReportedActivity } from '../data/formats/report';
import type { Lang } from '../i18n/lang';
import type { UiStrings } from '../i18n/uiStrings';
import { words } from '../i18n/words';
import type { OpenProgress } from './openProgress';
import type { DatasetOpener } from './useDatasetOpener';

/** How many skipped activities the report names per reason before "…and N more". */
const NAMED = 12;

function Named({ items, t }: { items: readonly ReportedActivity[]; t: UiStrings }) {
  return (
    <details>
      <summary>{t.whichActivities}</summary>
      <ul className="report-names">
        {items.slice(0, NAMED).map((a) => (
          <li key={a.identifier}>
            <code>{a.identifier}</code> {a.title}
          </li>
        ))}
        {items.length > NAMED && <li>{t.andMore(items.length - NAMED)}</li>}
      </ul>
    </details>
  );
}

function Report({
  name,
  report,
  t,
  onClose,
}: {
  name: string;
  report: ImportReport;
  t: UiStrings;
  onClose: () => void;
}) {
  return (
    <section className="notice notice-info import-report" role="status" aria-label={t.importReport}>
      <div className="notice-body">
        <p>{t.reportLoaded(report.loaded, report.total, name)}</p>
        <ul>
          {SKIP_REASONS.filter((r) => report.skipped[r].length > 0).map((r) => (
            <li key={r}>
              {t.skipped(r, report.skipped[r].length)}
              <Named items={report.skipped[r]} t={t} />
            </li>
          ))}
          {report.endsDropped.length > 0 && (
            <li>
              {t.endsDropped(report.endsDropped.length)}
              <Named items={report.endsDropped} t={t} />
            </li>
          )}
        </ul>
      </div>
      <button type="button" className="icon-button" onClick={onClose} aria-label={t.dismissReport}>
        ×
      </button>
    </section>
  );
}

/** The bar alone re-renders as the file goes on. */
function Progress({ progress, label }: { progress: OpenProgress; label: string }) {
  const fraction = useSyncExternalStore(progress.subscribe, progress.get);
  return <progress aria-label={label} max={100} value={Math.round(fraction * 100)} />;
}

function HomeQuestion({ opener, t, lang }: { opener: DatasetOpener; t: UiStrings; lang: Lang }) {
  const id = useId();
  const [home, setHome] = useState('');
  const need = opener.needHome;
  if (!need) return null;
  const w = words(lang);
  const countries = [...COUNTRIES.values()].sort((a, b) =>
    w.country(a.iso3).localeCompare(w.country(b.iso3), lang),
  );
  return (
    <form
      className="notice notice-info home-question"
      onSubmit={(e) => {
        e.preventDefault();
        if (home !== '') opener.chooseHome(home);
      }}
    >
      <p>{t.homePrompt(need.file.name, need.reportingOrg)}</p>
      <label htmlFor={id}>{t.homeCountry}</label>{' '}
      <select id={id} value={home} onChange={(e) => setHome(e.target.value)} required>
        <option value="" />
        {countries.map((c) => (
          <option key={c.iso3} value={c.iso3}>
            {w.country(c.iso3)} ({c.iso3})
          </option>
        ))}
      </select>{' '}
      <button type="submit" className="primary">
        {t.openWithHome}
      </button>
    </form>
  );
}

/**
 * What opening a file shows while the current view stays usable: the `Opening dataset` progress
 * bar with `Cancel`, the `Home country` question for an IATI file that needs it, and the
 * `Import report` of the last IATI import.
 */
export function OpenStatus({
  opener,
  t,
  lang,
}: {
  opener: DatasetOpener;
  t: UiStrings;
  lang: Lang;
}) {
  const { opening, report } = opener;
  return (
    <div className="open-status">
      {opening && (
        <div className="notice notice-info opening">
          <label className="opening-label">
            <span>
              {t.openingDataset}: {opening.name}
            </span>
            <Progress progress={opening.progress} label={t.openingDataset} />
          </label>
          <button type="button" className="quiet" onClick={opener.cancel}>
            {t.cancel}
          </button>
        </div>
      )}
      <HomeQuestion opener={opener} t={t} lang={lang} />
      {report && (
        <Report name={report.name} report={report.report} t={t} onClose={opener.clearReport} />
      )}
    </div>
  );
}
