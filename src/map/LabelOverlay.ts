import { placeLabels, type Rect } from './placeLabels';

/** A country label drawn over the map in HTML, so no glyph server is needed. */
export interface MapLabel {
  /** ISO3 code. */
  readonly id: string;
  readonly name: string;
  /** Short figure after the name (the activity count); empty for none. */
  readonly figure: string;
  readonly lonLat: readonly [number, number];
  /** Higher is placed first when labels collide. */
  readonly priority: number;
  readonly kind: 'home' | 'partner' | 'via';
  /** Drawn as a point marker: the label sits above the point instead of on it. */
  readonly small: boolean;
}

/** How far above its point a small country's label is centred, CSS px. */
const SMALL_LIFT = 13;

/** A label as it is currently shown, in CSS pixels relative to the map container. */
export interface PlacedLabel {
  readonly label: MapLabel;
  readonly x: number;
  readonly y: number;
}

type Project = (lonLat: readonly [number, number]) => { x: number; y: number };

interface Entry {
  readonly label: MapLabel;
  readonly el: HTMLDivElement;
  width: number;
  height: number;
}

/** Writes a label's text into `el` (as text, never HTML). */
function fill(el: HTMLDivElement, label: MapLabel): void {
  el.className = `atlas-map__label atlas-map__label--${label.kind}`;
  const name = document.createElement('span');
  name.className = 'atlas-map__label-name';
  name.textContent = label.name;
  el.replaceChildren(name);
  if (label.figure) {
    const figure = document.createElement('span');
    figure.className = 'atlas-map__label-figure';
    figure.textContent = label.figure;
    el.append(' ', figure);
  }
}

/**
 * Owns the label elements inside `layer`: builds them when the labels change, measures them once,
 * and on every camera move positions them and hides the ones that would collide (greedy, by
 * priority). Text is set with `textContent`, never as HTML.
 */
export class LabelOverlay {
  private entries: Entry[] = [];
  private placed: PlacedLabel[] = [];

  constructor(private readonly layer: HTMLElement) {}

  /**
   * Shows `labels`, in order. Elements are reused by id, and only labels whose text changed are
   * re-measured, so a filter change (or the year player) costs little layout.
   */
  setLabels(labels: readonly MapLabel[]): void {
    const old = new Map(this.entries.map((e) => [e.label.id, e]));
    const stale: Entry[] = [];
    this.entries = labels.map((label) => {
      const prev = old.get(label.id);
      old.delete(label.id);
      const same =
        prev?.label.name === label.name &&
        prev.label.figure === label.figure &&
        prev.label.kind === label.kind;
      if (prev && same) return { ...prev, label };
      const entry = { label, el: prev?.el ?? document.createElement('div'), width: 0, height: 0 };
      fill(entry.el, label);
      stale.push(entry);
      return entry;
    });
    for (const gone of old.values()) gone.el.remove();
    this.layer.append(...this.entries.map((e) => e.el));
    for (const e of stale) {
      e.width = e.el.offsetWidth;
      e.height = e.el.offsetHeight;
    }
  }

  /** Re-reads label sizes (after a font-size change such as presentation mode). */
  measure(): void {
    for (const e of this.entries) {
      e.width = e.el.offsetWidth;
      e.height = e.el.offsetHeight;
    }
  }

  update(
    project: Project,
    size: { width: number; height: number },
    obstacles: readonly Rect[],
  ): void {
    const at = this.entries.map((e) => {
      const p = project(e.label.lonLat);
      return { e, p: { x: p.x, y: e.label.small ? p.y - SMALL_LIFT : p.y } };
    });
    const shown = placeLabels(
      at.map(({ e, p }) => ({
        id: e.label.id,
        x: p.x,
        y: p.y,
        width: e.width,
        height: e.height,
        priority: e.label.priority,
      })),
      { ...size, gap: 3, obstacles },
    );
    this.placed = [];
    for (const { e } of at) {
      const p = shown.get(e.label.id);
      e.el.style.visibility = p ? 'visible' : 'hidden';
      if (!p) continue;
      e.el.style.transform = `translate(${Math.round(p.x - e.width / 2)}px, ${Math.round(p.y - e.height / 2)}px)`;
      this.placed.push({ label: e.label, x: p.x, y: p.y });
    }
  }

  /** Labels shown after the last update, for snapshots. */
  visible(): readonly PlacedLabel[] {
    return this.placed;
  }

  destroy(): void {
    this.layer.replaceChildren();
    this.entries = [];
    this.placed = [];
  }
}
