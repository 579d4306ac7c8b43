import type { Scene } from './scenes';

/** Moves the scene with `id` by `delta` places (−1 up, +1 down), clamped to the list. */
export function moveScene(list: readonly Scene[], id: string, delta: number): readonly Scene[] {
  const i = list.findIndex((s) => s.id === id);
  const j = Math.max(0, Math.min(list.length - 1, i + delta));
  if (i < 0 || i === j) return list;
  const next = [...list];
  const [scene] = next.splice(i, 1);
  if (!scene) return list;
  next.splice(j, 0, scene);
  return next;
}

/** Gives the scene with `id` a new title; a blank title keeps the old one. */
export function renameScene(list: readonly Scene[], id: string, title: string): readonly Scene[] {
  const clean = title.trim();
  if (clean === '') return list;
  return list.map((s) => (s.id === id ? { ...s, title: clean } : s));
}

export function deleteScene(list: readonly Scene[], id: string): readonly Scene[] {
  return list.filter((s) => s.id !== id);
}
