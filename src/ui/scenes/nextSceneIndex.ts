/**
 * The index of the scene that PageDown (`delta` +1) or PageUp (−1) opens among `count` scenes.
 * From the scene on screen (`at`), one step, stopping at either end. When the view on screen is
 * not a scene, the presenter carries on where they left the briefing: PageDown opens the scene
 * after `left` (the last one shown in this presentation), PageUp goes back to `left` itself;
 * before any was shown, PageDown opens the first scene and PageUp the last. −1 = no scenes.
 */
export function nextSceneIndex(count: number, at: number, left: number, delta: number): number {
  if (count <= 0) return -1;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  if (at >= 0) return clamp(at + delta);
  if (left >= 0) return clamp(delta > 0 ? left + 1 : left);
  return delta > 0 ? 0 : count - 1;
}
