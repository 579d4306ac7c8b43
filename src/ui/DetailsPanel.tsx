import { useRef } from 'react';
import { embeddedSourceUrl } from './embeddedSource';
import type { Activity, Dataset } from '../data/types';
import { isDataPath, isHttpUrl } from '../data/validateLinks';
import type { UiStrings } from '../i18n/uiStrings';
import { datasetWords, type DatasetWords } from '../i18n/words';
import { update } from '../state/store';
import { selectCountry } from '../state/updaters';
import { useAtlas, useAtlasState, useSelection } from './AtlasContext';
import { useRevealedActivity } from './revealActivity';
import { useFocusReturn } from './useFocusReturn';
import { useStrings } from './useStrings';

function ActivityItem({
  activity: a,
  dataset,
  iso3,
  w,
  t,
  linkSources,
  revealed,
}: {
  activity: Activity;
  dataset: Dataset;
  iso3: string;
  w: DatasetWords;
  t: UiStrings;
  linkSources: boolean;
  /** Brought into view from a table row, and marked. */
  revealed: boolean;
}) {
  const source = dataset.sources.find((s) => s.id === a.source);
  const viaGroups = dataset.groups.filter(
    (g) => a.partners.includes(g.id) && g.members.includes(iso3),
  );
  const direct = a.partners.includes(iso3);
  const when = w.dateSpan(a.date, a.end);
  return (
    <li className={revealed ? 'activity is-revealed' : 'activity'} data-activity-id={a.id}>
      <h3 className="activity-title">{w.text(a.title)}</h3>
      <p className="activity-meta">
        <time dateTime={a.date}>{when}</time>
        <span className="tag">{w.activityType(a.type)}</span>
        {a.status === 'planned' && <span className="tag tag-planned">{w.status(a.status)}</span>}
        {!direct &&
          viaGroups.map((g) => (
            <span key={g.id} className="tag tag-via">
              {w.via(w.text(g.name))}
            </span>
          ))}
      </p>
      {a.dateNote && (
        <p className="date-note">
          {t.dateInferred}: {a.dateNote}
        </p>
      )}
      <dl className="actors">
        {a.actors.korea.length > 0 && (
          <>
            {/* The home side is the dataset's home country, named in the UI language. */}
            <dt>{w.home}</dt>
            <dd>{a.actors.korea.join('; ')}</dd>
          </>
        )}
        {a.actors.partner.length > 0 && (
          <>
            <dt>{t.actorsPartner}</dt>
            <dd>{a.actors.partner.join('; ')}</dd>
          </>
        )}
        {a.amount && (
          <>
            <dt>{t.amountLabel}</dt>
            <dd>{t.amount(a.amount.value, a.amount.currency)}</dd>
          </>
        )}
      </dl>
      <blockquote className="quote">{a.quote}</blockquote>
      {source && (
        <p className="source">
          {t.source}: {source.publisher}, {w.date(source.published)}, “{source.title}”
          {linkSources && source.file !== undefined && isDataPath(source.file) && (
            <>
              {' · '}
              <a
                href={embeddedSourceUrl(source.file) ?? source.file}
                target="_blank"
                rel="noopener"
              >
                {t.openSource}
              </a>
            </>
          )}
          {source.url !== undefined && isHttpUrl(source.url) && (
            <>
              {' · '}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {t.originalSource}
              </a>
            </>
          )}
        </p>
      )}
    </li>
  );
}

/** The open country's activities in the selection, each with its quote and source. */
export function DetailsPanel({ linkSources }: { linkSources: boolean }) {
  const { dataset, store } = useAtlas();
  const selection = useSelection();
  const iso3 = useAtlasState((s) => s.country);
  const lang = useAtlasState((s) => s.lang);
  const t = useStrings();
  const closeRef = useRef<HTMLButtonElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  useFocusReturn(iso3, closeRef);
  const revealed = useRevealedActivity(iso3, sectionRef);
  if (!iso3) return null;
  const w = datasetWords(dataset, lang);
  const name = w.country(iso3);
  const activities = selection.activitiesByCountry.get(iso3) ?? [];
  return (
    <section className="details" role="region" aria-label={t.details(name)} ref={sectionRef}>
      <header className="details-header">
        <h2>{name}</h2>
        <p className="details-count">{w.activities(activities.length)}</p>
        <button
          ref={closeRef}
          type="button"
          className="icon-button"
          aria-label={t.closeDetails}
          onClick={() => update(store, (s) => selectCountry(s, null))}
        >
          ×
        </button>
      </header>
      {activities.length === 0 ? (
        <p className="empty">{t.noActivitiesForCountry}</p>
      ) : (
        <ol className="activities">
          {activities.map((a) => (
            <ActivityItem
              key={a.id}
              activity={a}
              dataset={dataset}
              iso3={iso3}
              w={w}
              t={t}
              linkSources={linkSources}
              revealed={a.id === revealed}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
