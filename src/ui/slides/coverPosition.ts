/** A size in any unit. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The `object-position` (percent on each axis) that puts `focus`, a point of a picture of size
 * `picture`, as near the middle of a `box` it covers (`object-fit: cover`) as the picture allows.
 * Why: the printed map box is much wider than the map on screen, so a centred crop cuts the top
 * and bottom off, and with them partners far from the middle (Kazakhstan, Mongolia).
 */
export function coverPosition(
  picture: Size,
  box: Size,
  focus: { readonly x: number; readonly y: number },
): { readonly x: number; readonly y: number } {
  const scale = Math.max(box.width / picture.width, box.height / picture.height);
  const axis = (pictureLength: number, boxLength: number, at: number): number => {
    const spare = boxLength - pictureLength * scale;
    if (spare > -1e-9) return 50;
    const fraction = (boxLength / 2 - at * scale) / spare;
    return Math.round(Math.min(1, Math.max(0, fraction)) * 1000) / 10;
  };
  return {
    x: axis(picture.width, box.width, focus.x),
    y: axis(picture.height, box.height, focus.y),
  };
}
