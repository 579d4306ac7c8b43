import { useState, type DragEvent, type KeyboardEvent } from 'react';
import type { BriefingStrings } from '../../i18n/briefingStrings';
import type { Scene } from '../../state/scenes';

export interface SceneItemProps {
  readonly scene: Scene;
  readonly index: number;
  readonly count: number;
  readonly current: boolean;
  readonly b: BriefingStrings;
  readonly onOpen: () => void;
  readonly onMove: (delta: number) => void;
  readonly onRename: (title: string) => void;
  readonly onDelete: () => void;
  /** A scene dragged onto this one: its id. */
  readonly onDropScene: (id: string) => void;
}

const DRAG_TYPE = 'application/x-atlas-scene';

/** One scene: its title opens it; buttons (and Alt+↑/↓ on the title) reorder, rename, delete. */
export function SceneItem(p: SceneItemProps) {
  const { scene, b } = p;
  const [editing, setEditing] = useState(false);
  const finish = (title: string | null) => {
    setEditing(false);
    if (title !== null) p.onRename(title);
  };
  const onTitleKey = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    p.onMove(e.key === 'ArrowUp' ? -1 : 1);
  };
  const drop = (e: DragEvent) => {
    const id = e.dataTransfer.getData(DRAG_TYPE);
    if (id) {
      e.preventDefault();
      p.onDropScene(id);
    }
  };
  return (
    <li
      className={p.current ? 'scene scene--current' : 'scene'}
      aria-current={p.current ? 'step' : undefined}
      draggable={!editing}
      onDragStart={(e) => e.dataTransfer.setData(DRAG_TYPE, scene.id)}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
      }}
      onDrop={drop}
    >
      <span className="scene-number" aria-hidden="true">
        {p.index + 1}
      </span>
      {editing ? (
        <input
          className="scene-rename"
          aria-label={b.newTitle(scene.title)}
          defaultValue={scene.title}
          maxLength={300}
          autoFocus
          onKeyDown={(e) => {
            if (e.key === 'Enter') finish(e.currentTarget.value);
            else if (e.key === 'Escape') {
              e.stopPropagation();
              finish(null);
            }
          }}
          onBlur={(e) => finish(e.currentTarget.value)}
        />
      ) : (
        <button type="button" className="scene-open" onClick={p.onOpen} onKeyDown={onTitleKey}>
          {scene.title}
        </button>
      )}
      <span className="scene-tools">
        <button
          type="button"
          className="icon-button"
          aria-label={b.moveUp(scene.title)}
          disabled={p.index === 0}
          onClick={() => p.onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={b.moveDown(scene.title)}
          disabled={p.index === p.count - 1}
          onClick={() => p.onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={b.rename(scene.title)}
          onClick={() => setEditing(true)}
        >
          ✎
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={b.remove(scene.title)}
          onClick={p.onDelete}
        >
          ×
        </button>
      </span>
    </li>
  );
}
