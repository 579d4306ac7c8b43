import { describe, expect, it } from 'vitest';
import { countSteps, withPalette } from '../../../src/map/countSteps';
import { countryFill, mapColors, MAP_VARS } from '../../../src/map/mapColors';
import { fillColor, mapStyle, themePaint } from '../../../src/map/mapStyle';
import { partnerStates } from '../../../src/map/partnerStates';
import { COLOR_VARS } from '../../../src/theme/cssVars';
import { THEMES } from '../../../src/theme/tokens';
import { evaluateColor as evaluate } from './evaluateColor';
import { partner } from './helpers';

const steps = countSteps(12);
const DARK = mapColors(THEMES.dark.colors);
const LIGHT = mapColors(THEMES.light.colors);
const darkSteps = withPalette(steps, THEMES.dark.colors.partnerSteps);

type Style = ReturnType<typeof mapStyle>;

/** `style` with `themePaint`'s settings written into its layers, as `setPaintProperty` does. */
function repainted(style: Style, settings: ReturnType<typeof themePaint>): Style {
  const copy = structuredClone(style);
  for (const [id, property, value] of settings) {
    const layer = copy.layers.find((l) => l.id === id);
    if (!layer) throw new Error(`no layer ${id}`);
    (layer as { paint: Record<string, unknown> }).paint[property] = value;
  }
  return copy;
}

describe('the map in the dark theme', () => {
  it('repaints every colour of the style: the light map repainted is the dark map', () => {
    const light = mapStyle(['LAO'], LIGHT);
    const dark = mapStyle(['LAO'], DARK);
    expect(JSON.stringify(light)).not.toBe(JSON.stringify(dark));
    expect(repainted(light, themePaint(DARK))).toEqual(dark);
    expect(repainted(dark, themePaint(LIGHT))).toEqual(light);
  });

  it('paints land, home, via and the count steps in the dark values', () => {
    const fill = fillColor(DARK);
    expect(evaluate(fill)).toBe(evaluate('#3a4049'));
    expect(evaluate(fill, { home: true, count: 2 })).toBe(evaluate('#e5505c'));
    expect(evaluate(fill, { count: 1, via: true })).toBe(evaluate('#35506b'));
    expect(evaluate(fill, { count: 1, shade: 0 })).toBe(evaluate('rgb(40, 86, 140)'));
    expect(evaluate(fill, { count: 12, shade: 5 })).toBe(evaluate('rgb(205, 227, 245)'));
  });

  it('keeps one fill rule: countryFill in dark colours agrees with the dark MapLibre fill', () => {
    const fill = fillColor(DARK);
    const ids = new Map([['X', 1]]);
    for (let n = 0; n <= 13; n++) {
      const state = partnerStates([partner('X', n)], ids, { steps, maxCount: 12 }).get(1) ?? {};
      expect(evaluate(fill, state), `count ${String(n)}`).toBe(
        evaluate(countryFill(partner('X', n), false, darkSteps, DARK)),
      );
    }
  });

  it('gives the SVG map the custom properties the stylesheet switches', () => {
    const svgSteps = withPalette(steps, COLOR_VARS.partnerSteps);
    expect(countryFill(undefined, false, svgSteps, MAP_VARS)).toBe('var(--land)');
    expect(countryFill(undefined, true, svgSteps, MAP_VARS)).toBe('var(--home)');
    expect(countryFill(partner('X', 1), false, svgSteps, MAP_VARS)).toBe('var(--partner-steps-1)');
    expect(countryFill(partner('X', 12), false, svgSteps, MAP_VARS)).toBe('var(--partner-steps-6)');
    expect(countryFill(partner('X', 2, 0, ['ASEAN']), false, svgSteps, MAP_VARS)).toBe(
      'var(--via)',
    );
    expect(svgSteps.map((s) => s.label)).toEqual(steps.map((s) => s.label));
  });
});
