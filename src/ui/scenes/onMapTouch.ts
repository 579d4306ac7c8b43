/** The map's region: the live or the SVG map, with its buttons (`data-map-renderer` is always set). */
const REGION = '[data-map-renderer]';

/** Keys that move the focused map: + and − zoom, Shift+arrows pan (see `useMapKeyboard`). */
function movesFocusedMap(e: KeyboardEvent): boolean {
  if (e.key === '+' || e.key === '=' || e.key === '-' || e.key === '_') return true;
  return e.shiftKey && e.key.startsWith('Arrow');
}

function inMap(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(REGION) !== null;
}

/** The map area that takes keys (it holds the region), or anything in the region. */
function onFocusedMap(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const area = target.getAttribute('role') === 'application' && target.querySelector(REGION);
  return Boolean(area) || inMap(target);
}

/** Inputs that take no typed text, where F still fits the map (as in `useShortcuts`). */
const NON_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'file',
  'button',
  'submit',
  'reset',
  'range',
]);

function typing(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  if (!(target instanceof HTMLElement)) return false;
  return target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable;
}

/**
 * Calls `fn` when the user sets about moving the map: dragging it (a pointer moved with a button
 * down), turning the wheel over it, clicking its buttons (zoom, fit) or double-clicking it, the
 * zoom and pan keys on the focused map, and F (fit to partners, a page-wide key). Listens in the
 * capture phase, so `fn` runs before the map handles the event.
 */
export function onMapTouch(fn: () => void): () => void {
  const onPointerMove = (e: PointerEvent) => {
    if (e.buttons !== 0 && inMap(e.target)) fn();
  };
  const onWheelOrDblClick = (e: MouseEvent) => {
    if (inMap(e.target)) fn();
  };
  const onClick = (e: MouseEvent) => {
    if (e.target instanceof Element && e.target.closest('button') && inMap(e.target)) fn();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const fit = e.key.toLowerCase() === 'f' && !typing(e.target);
    if (fit || (movesFocusedMap(e) && onFocusedMap(e.target))) fn();
  };
  const options = { capture: true, passive: true };
  document.addEventListener('pointermove', onPointerMove, options);
  document.addEventListener('wheel', onWheelOrDblClick, options);
  document.addEventListener('dblclick', onWheelOrDblClick, options);
  document.addEventListener('click', onClick, options);
  document.addEventListener('keydown', onKeyDown, options);
  return () => {
    document.removeEventListener('pointermove', onPointerMove, options);
    document.removeEventListener('wheel', onWheelOrDblClick, options);
    document.removeEventListener('dblclick', onWheelOrDblClick, options);
    document.removeEventListener('click', onClick, options);
    document.removeEventListener('keydown', onKeyDown, options);
  };
}
