import { placeLabels, type Rect } from './placeLabels';
import { keptInPlace } from './keptInPlace';

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
  /** The transform last written, or null while hidden: unchanged labels are not touched. */
  shownAt: string | null;
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
 * Brings `el`, filled for `before`, up to `label`. A filter change usually changes only the
 * figures, so those are rewritten in place rather than rebuilding every changed label's elements.
 */
function refill(el: HTMLDivElement, before: MapLabel, label: MapLabel): void {
  const figure = el.lastElementChild;
  if (
    before.name === label.name &&
    before.kind === label.kind &&
    before.figure !== '' &&
    label.figure !== '' &&
    figure?.className === 'atlas-map__label-figure'
  )
    setText(figure, label.figure);
  else fill(el, label);
}

/**
 * Sets `el`'s text, rewriting its one text node in place: assigning `textContent` would replace the
 * node, so the label's layout objects were rebuilt rather than just laid out again.
 */
function setText(el: Element, text: string): void {
  const node = el.firstChild;
  if (node && node === el.lastChild && node.nodeType === Node.TEXT_NODE) node.nodeValue = text;
  else el.textContent = text;
}

/**
 * Owns the label elements inside `layer`: builds them when the labels change, and on every camera
 * move positions them and hides the ones that would collide (greedy, by priority). Text is set with
 * `textContent`, never as HTML.
 *
 * Sizes come from a ResizeObserver, never from `offsetWidth`: reading a size right after a filter
 * change forces a layout of the whole page in the middle of React's commit (it was most of a filter
 * change's cost). The observer reports sizes after the frame's own layout, before paint, and
 * `onResize` then places the labels again, so a new or longer label never shows at a stale size.
 */
export class LabelOverlay {
  private entries: Entry[] = [];
  private placed: PlacedLabel[] = [];
  private readonly sizes: ResizeObserver;

  constructor(
    private readonly layer: HTMLElement,
    onResize: () => void,
  ) {
    this.sizes = new ResizeObserver((records) => {
      const byEl = new Map(this.entries.map((e) => [e.el, e]));
      for (const r of records) {
        const entry = byEl.get(r.target as HTMLDivElement);
        const box = r.borderBoxSize[0];
        if (!entry || !box) continue;
        entry.width = box.inlineSize;
        entry.height = box.blockSize;
      }
      onResize();
    });
  }

  /**
   * Shows `labels`, in order. Elements are reused by id; a label whose text changed keeps its old
   * size until the observer reports the new one.
   */
  setLabels(labels: readonly MapLabel[]): void {
    const old = new Map(this.entries.map((e) => [e.label.id, e]));
    const before = this.entries.map((e) => e.el);
    this.entries = labels.map((label) => {
      const prev = old.get(label.id);
      old.delete(label.id);
      if (!prev) {
        const el = document.createElement('div');
        el.style.visibility = 'hidden';
        fill(el, label);
        this.sizes.observe(el);
        // Unmeasured (0 × 0): not placed until the observer has its size.
        return { label, el, width: 0, height: 0, shownAt: null };
      }
      const same =
        prev.label.name === label.name &&
        prev.label.figure === label.figure &&
        prev.label.kind === label.kind;
      if (!same) refill(prev.el, prev.label, label);
      return { ...prev, label };
    });
    for (const gone of old.values()) {
      this.sizes.unobserve(gone.el);
      gone.el.remove();
    }
    // Move only the labels out of order: each moved node is styled and laid out from scratch.
    const order = this.entries.map((e) => e.el);
    if (order.length === before.length && order.every((el, i) => el === before[i])) return;
    const kept = keptInPlace(order, before);
    let next: Element | null = null;
    for (let i = order.length - 1; i >= 0; i--) {
      const el = order[i];
      if (!el) continue;
      if (!kept.has(i)) this.layer.insertBefore(el, next);
      next = el;
    }
  }

  update(
    project: Project,
    size: { width: number; height: number },
    obstacles: readonly Rect[],
  ): void {
    const measured = this.entries.filter((e) => e.width > 0);
    const at = measured.map((e) => {
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
    for (const e of this.entries) {
      const p = shown.get(e.label.id);
      const shownAt = p
        ? `translate(${Math.round(p.x - e.width / 2)}px, ${Math.round(p.y - e.height / 2)}px)`
        : null;
      // Write only what changed: each write would restyle the label at the next frame.
      if (shownAt !== e.shownAt) {
        if (shownAt) e.el.style.transform = shownAt;
        if ((shownAt === null) !== (e.shownAt === null))
          e.el.style.visibility = shownAt ? 'visible' : 'hidden';
        e.shownAt = shownAt;
      }
      if (p) this.placed.push({ label: e.label, x: p.x, y: p.y });
    }
  }

  /** Labels shown after the last update, for snapshots. */
  visible(): readonly PlacedLabel[] {
    return this.placed;
  }

  destroy(): void {
    this.sizes.disconnect();
    this.layer.replaceChildren();
    this.entries = [];
    this.placed = [];
  }
}
