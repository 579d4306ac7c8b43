/** Pixel size of a chart's svg. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Measures the width in px of a text at the charts' 12 px axis size. */
export type MeasureText = (text: string) => number;

/** Where a text label sits: its anchor point and horizontal alignment. */
export interface PlacedLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'middle' | 'end';
}
