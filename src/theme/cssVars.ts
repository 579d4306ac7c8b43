import { THEMES, type ThemeColors } from './tokens';

/** A token's custom property: `ink2` → `--ink-2`, `viaOutline` → `--via-outline`. */
export function cssProperty(name: string): string {
  return `--${name.replace(/([a-z])([A-Z0-9])/g, '$1-$2').toLowerCase()}`;
}

/** Each colour as its custom properties, `[name, value]`; a list (the partner steps) numbered from 1. */
export function colorProperties(colors: ThemeColors): [string, string][] {
  return Object.entries(colors).flatMap(([name, value]: [string, string | readonly string[]]) =>
    typeof value === 'string'
      ? [[cssProperty(name), value] as [string, string]]
      : value.map((v, i) => [`${cssProperty(name)}-${String(i + 1)}`, v] as [string, string]),
  );
}

function asVar(name: string): string {
  return `var(${cssProperty(name)})`;
}

const steps = THEMES.light.colors.partnerSteps.map((_, i) =>
  asVar(`partnerSteps${String(i + 1)}`),
) as unknown as ThemeColors['partnerSteps'];

/**
 * Every colour as a reference to its custom property (`var(--land)`), for drawings that follow the
 * theme through the stylesheet (src/theme/tokens.css) instead of through script: the SVG map and
 * its legend, including the picture the build prerenders before any theme is known.
 */
export const COLOR_VARS: ThemeColors = {
  ...(Object.fromEntries(
    Object.keys(THEMES.light.colors).map((name) => [name, asVar(name)]),
  ) as unknown as ThemeColors),
  partnerSteps: steps,
};
