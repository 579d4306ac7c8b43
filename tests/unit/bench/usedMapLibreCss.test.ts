import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { usedMapLibreCss } from '../../../scripts/usedMapLibreCss';

const css = readFileSync(
  createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'),
  'utf8',
);
const used = usedMapLibreCss(css);

describe('MapLibre’s stylesheet as the app uses it', () => {
  it('keeps the rules the map itself needs: its box, canvas, cursors, touch and box zoom', () => {
    for (const rule of [
      '.maplibregl-map{',
      '.maplibregl-canvas{position:absolute;left:0;top:0}',
      '.maplibregl-canvas-container.maplibregl-interactive{cursor:grab',
      '.maplibregl-canvas-container.maplibregl-interactive:active{cursor:grabbing}',
      'touch-action:none',
      '.maplibregl-boxzoom{',
      '.maplibregl-ctrl-top-left{top:0;left:0}',
    ])
      expect(used).toContain(rule);
  });

  it('drops controls, logo, attribution, popups, markers and the location dot', () => {
    for (const part of [
      'maplibregl-ctrl-logo',
      'maplibregl-ctrl-icon',
      'maplibregl-ctrl-attrib',
      'maplibregl-popup',
      'maplibregl-marker',
      'maplibregl-user-location',
      '@keyframes',
      'data:image/svg+xml',
    ])
      expect(used).not.toContain(part);
  });

  it('keeps a shared rule for the part that is used (interactive canvas, not the compass)', () => {
    expect(used).toMatch(/\.maplibregl-canvas-container\.maplibregl-interactive\{cursor:grab/);
    expect(used).not.toContain('compass');
  });

  it('leaves balanced braces: every kept rule is whole', () => {
    expect(used.split('{').length).toBe(used.split('}').length);
    expect(used.length).toBeGreaterThan(500);
    expect(used.length).toBeLessThan(css.length / 10);
  });
});
