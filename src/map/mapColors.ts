import { interpolateBlues } from 'd3-scale-chromatic';

/** The map's fixed colours (DESIGN: partners are the only saturated thing besides home). */
export const MAP_COLORS = {
  sea: '#eef3f8',
  land: '#dcdcd7',
  border: '#ffffff',
  /** Countries reached only through a group: the partner hue, lighter. */
  via: interpolateBlues(0.2),
  viaOutline: '#2f6fae',
  /** Korean-flag red: home, its Seoul dot and the arcs. */
  home: '#cd2e3a',
  hover: '#1b2733',
  selected: '#0b1420',
  labelText: '#1b2733',
} as const;
