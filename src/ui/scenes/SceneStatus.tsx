import { briefingStrings } from '../../i18n/briefingStrings';
import { useAtlasState } from '../AtlasContext';
import { useBriefingState } from './BriefingContext';

/** In presentation mode, `2 / 5 · title` in type that reads from the back of the room. */
export function SceneStatus() {
  const lang = useAtlasState((s) => s.lang);
  const scenes = useBriefingState((s) => s.scenes);
  const current = useBriefingState((s) => s.current);
  const at = scenes.findIndex((s) => s.id === current);
  const scene = scenes[at];
  if (!scene) return null;
  const b = briefingStrings[lang];
  return (
    <div className="scene-status" role="status" aria-label={b.scene}>
      <span className="scene-status__pos">{b.position(at + 1, scenes.length)}</span>
      {' · '}
      <span className="scene-status__title">{scene.title}</span>
    </div>
  );
}
