import type { BriefingStrings } from '../../i18n/briefingStrings';

export interface LinkScenesNoteProps {
  readonly b: BriefingStrings;
  /** How many scenes the browser keeps stored, which keeping the link's would replace. */
  readonly own: number;
  readonly onKeep: () => void;
  readonly onBack: () => void;
}

/** Above a link's scenes: they are not saved here, with the choice to keep them or go back. */
export function LinkScenesNote({ b, own, onKeep, onBack }: LinkScenesNoteProps) {
  return (
    <div className="scene-link">
      <p>{b.linkScenesNote(own)}</p>
      <div className="scene-link__actions">
        <button type="button" className="quiet" onClick={onKeep}>
          {b.keepLinkScenes}
        </button>
        <button type="button" className="quiet" onClick={onBack}>
          {b.backToOwnScenes}
        </button>
      </div>
    </div>
  );
}
