import './scenes.css';
import { useRef, useState, type SyntheticEvent } from 'react';
import { briefingStrings } from '../../i18n/briefingStrings';
import { deleteScene, moveScene, renameScene } from '../../state/scenesList';
import { useAtlas, useAtlasState, useSelection } from '../AtlasContext';
import { useBriefingContext, useBriefingState } from './BriefingContext';
import { LinkScenesNote } from './LinkScenesNote';
import { SceneItem } from './SceneItem';
import { describeView } from './sceneView';

/** The `Scenes` section of the side panel: save the view, then open, reorder, rename, delete. */
export function ScenesPanel() {
  const briefing = useBriefingContext();
  const { dataset } = useAtlas();
  const selection = useSelection();
  const state = useAtlasState((s) => s);
  const scenes = useBriefingState((s) => s.scenes);
  const current = useBriefingState((s) => s.current);
  const fromLink = useBriefingState((s) => s.fromLink);
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const importRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const b = briefingStrings[state.lang];
  if (!briefing) return null;
  const save = (e: SyntheticEvent) => {
    e.preventDefault();
    briefing.save(title, notes);
    setTitle('');
    setNotes('');
  };
  const moveTo = (id: string, target: string) => {
    const from = scenes.findIndex((s) => s.id === id);
    const to = scenes.findIndex((s) => s.id === target);
    if (from >= 0 && to >= 0) briefing.replace(moveScene(scenes, id, to - from));
  };
  /** The note's buttons go with the note: focus moves to the section's heading. */
  const leaveLink = (fn: () => void) => () => {
    fn();
    headingRef.current?.focus();
  };
  return (
    <section className="scenes-section" aria-labelledby="scenes-heading">
      <h2 className="panel-heading" id="scenes-heading" ref={headingRef} tabIndex={-1}>
        {b.scenes}
      </h2>
      <form className="scene-form" onSubmit={save}>
        <label className="scene-field">
          <span>{b.sceneTitle}</span>
          <input
            type="text"
            value={title}
            maxLength={300}
            placeholder={describeView(state, dataset, selection)}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label className="scene-field">
          <span>{b.sceneNotes}</span>
          <textarea
            rows={2}
            value={notes}
            maxLength={5000}
            onChange={(e) => setNotes(e.target.value)}
          />
        </label>
        <button type="submit" className="primary">
          {b.saveScene}
        </button>
      </form>
      {fromLink && (
        <LinkScenesNote
          b={b}
          own={briefing.ownCount()}
          onKeep={leaveLink(briefing.keepLinkScenes)}
          onBack={leaveLink(briefing.backToOwnScenes)}
        />
      )}
      <ol className="scene-list" aria-label={b.scenes}>
        {scenes.map((scene, i) => (
          <SceneItem
            key={scene.id}
            scene={scene}
            index={i}
            count={scenes.length}
            current={scene.id === current}
            b={b}
            onOpen={() => briefing.open(scene.id)}
            onMove={(d) => briefing.replace(moveScene(scenes, scene.id, d))}
            onRename={(t) => briefing.replace(renameScene(scenes, scene.id, t))}
            onDelete={() => briefing.replace(deleteScene(scenes, scene.id))}
            onDropScene={(id) => moveTo(id, scene.id)}
          />
        ))}
      </ol>
      {scenes.length === 0 && <p className="scene-empty">{b.noScenes}</p>}
      <div className="scene-io">
        <button
          type="button"
          className="quiet"
          disabled={scenes.length === 0}
          onClick={briefing.exportFile}
        >
          {b.exportScenes}
        </button>
        <label className="quiet file-button">
          <input
            ref={importRef}
            type="file"
            accept=".json,application/json"
            aria-label={b.importScenes}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) briefing.importFile(file);
              e.target.value = '';
            }}
          />
          <span aria-hidden="true">{b.importScenes}</span>
        </label>
      </div>
    </section>
  );
}
