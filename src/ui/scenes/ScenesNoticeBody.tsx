import { MAX_PROBLEMS } from '../../data/problems';
import type { Problem } from '../../data/types';
import { briefingStrings } from '../../i18n/briefingStrings';
import { uiStrings, type UiStrings } from '../../i18n/uiStrings';
import { assertNever } from '../notices';
import { SCENES_FILE_MAX_MB, type ScenesNotice } from './scenesNotice';

function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul className="problems">
      {problems.slice(0, MAX_PROBLEMS).map((p, i) => (
        <li key={i}>
          <code>{p.path || '(root)'}</code>: {p.message}
        </li>
      ))}
    </ul>
  );
}

/** The text of a scenes notice, in the language of `t` (the page's UI strings). */
export function ScenesNoticeBody({ notice, t }: { notice: ScenesNotice; t: UiStrings }) {
  const b = briefingStrings[t === uiStrings.ko ? 'ko' : 'en'];
  switch (notice.what) {
    case 'stored-corrupt':
      return (
        <>
          <p>{b.storedCorrupt}</p>
          <ProblemList problems={notice.problems} />
        </>
      );
    case 'not-stored':
      return <p>{b.notStored}</p>;
    case 'import-invalid':
      return (
        <>
          <p>{b.importInvalid(notice.name, notice.problems.length)}</p>
          <ProblemList problems={notice.problems} />
        </>
      );
    case 'file-too-big':
      return <p>{b.fileTooBig(notice.name, SCENES_FILE_MAX_MB)}</p>;
    case 'imported':
      return <p>{b.imported(notice.name, notice.count, notice.replaced)}</p>;
    case 'link-invalid':
      return (
        <>
          <p>{b.linkInvalid}</p>
          <ProblemList problems={notice.problems} />
        </>
      );
    case 'link-opened':
      return <p>{b.linkOpened(notice.count, notice.own)}</p>;
    case 'link-kept':
      return <p>{b.linkKept(notice.count, notice.replaced)}</p>;
    case 'slides-failed':
      return <p>{b.slidesFailed}</p>;
    default:
      return assertNever(notice);
  }
}
