import { FONT_SIZES, FONT_STACK, THEMES, type ThemeColors } from './tokens';

/** `ink2` → `--ink-2`, `viaOutline` → `--via-outline`. */
function property(name: string): string {
  return `--${name.replace(/([a-z])([A-Z0-9])/g, '$1-$2').toLowerCase()}`;
}

function colorLines(colors: ThemeColors): string[] {
  return Object.entries(colors).flatMap(([name, value]: [string, string | readonly string[]]) =>
    typeof value === 'string'
      ? [`  ${property(name)}: ${value};`]
      : value.map((v, i) => `  ${property(name)}-${String(i + 1)}: ${v};`),
  );
}

/**
 * The stylesheet of custom properties that `src/theme/tokens.css` holds: the font stack, the type
 * sizes and the light colours on `:root`, the dark colours under `:root[data-theme='dark']`.
 */
export function themeCss(): string {
  const sizes = Object.entries(FONT_SIZES).map(
    ([name, px]) =>
      `  ${property(`fontSize${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`)}: ${String(px)}px;`,
  );
  return [
    '/* Generated from src/theme/tokens.ts by `npm run theme:css`: edit that file, not this one. */',
    ':root {',
    // Written as Prettier would, so `prettier --check` passes on the generated file.
    '  --font:',
    `    ${FONT_STACK};`,
    ...sizes,
    ...colorLines(THEMES.light.colors),
    '}',
    '',
    ":root[data-theme='dark'] {",
    '  color-scheme: dark;',
    ...colorLines(THEMES.dark.colors),
    '}',
    '',
  ].join('\n');
}
