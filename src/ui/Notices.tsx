import type { UiStrings } from '../i18n/uiStrings';
import { assertNever, isError, type Notice, type NoticeEntry } from './notices';

import { MAX_PROBLEMS } from '../data/problems';
import { ScenesNoticeBody } from './scenes/ScenesNoticeBody';

function NoticeBody({ notice, t }: { notice: Notice; t: UiStrings }) {
  switch (notice.kind) {
    case 'offline-copy-failed':
      return <p>{t.offlineCopyFailed(notice.detail)}</p>;
    case 'url':
      return (
        <>
          <p>{t.urlIgnored}</p>
          <ul>
            {notice.problems.map((p, i) => (
              <li key={i}>{t.urlProblem(p)}</li>
            ))}
          </ul>
        </>
      );
    case 'dataset-invalid':
    case 'bundled-invalid':
      return (
        <>
          <p>
            {notice.kind === 'bundled-invalid'
              ? t.bundledFailed
              : t.datasetInvalid(notice.name, notice.problems.length)}
          </p>
          <ul className="problems">
            {notice.problems.slice(0, MAX_PROBLEMS).map((p, i) => (
              <li key={i}>
                <code>{p.path || '(root)'}</code>: {p.message}
              </li>
            ))}
          </ul>
          {notice.problems.length >= MAX_PROBLEMS && <p>{t.moreProblems(MAX_PROBLEMS)}</p>}
        </>
      );
    case 'dataset-not-json':
      return (
        <>
          <p>{t.datasetNotJson(notice.name)}</p>
          <p className="detail">{notice.detail}</p>
        </>
      );
    case 'dataset-too-large':
      return <p>{t.tooLarge(notice.name, notice.size, notice.limit)}</p>;
    case 'dataset-unreadable':
      return (
        <>
          <p>{t.unreadable(notice.name)}</p>
          <p className="detail">{notice.detail}</p>
        </>
      );
    case 'data-download-failed':
      return <p>{t.downloadFailed}</p>;
    case 'opened':
      return <p>{t.datasetOpened(notice.name)}</p>;
    case 'copied':
      return <p>{notice.ok ? t.linkCopied : t.linkCopyFailed}</p>;
    case 'export-failed':
      return <p>{t.exportFailed}</p>;
    case 'scenes':
      return <ScenesNoticeBody notice={notice.scenes} t={t} />;
    default:
      return assertNever(notice);
  }
}

export function Notices({
  entries,
  onDismiss,
  t,
}: {
  entries: readonly NoticeEntry[];
  onDismiss: (id: number) => void;
  t: UiStrings;
}) {
  if (entries.length === 0) return null;
  return (
    <div className="notices">
      {entries.map(({ id, notice }) => {
        const error = isError(notice);
        return (
          <div
            key={id}
            className={`notice ${error ? 'notice-error' : 'notice-info'}`}
            role={error ? 'alert' : 'status'}
          >
            <div className="notice-body">
              <NoticeBody notice={notice} t={t} />
            </div>
            <button
              type="button"
              className="icon-button"
              onClick={() => onDismiss(id)}
              aria-label={t.dismiss}
            >
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}
