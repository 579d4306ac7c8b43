import { colorProperties, cssProperty as property } from './cssVars';
import { FONT_SIZES, FONT_STACK, THEMES, type ThemeColors } from './tokens';

function colorLines(colors: ThemeColors): string[] {
  return colorProperties(colors).map(([name, value]) => `  ${name}: ${value};`);
}

/**
 * The stylesheet of custom properties that `src/theme/tokens.css` holds: the font stack, the type
 * sizes and the light colours on `:root`, the dark colours under `:root[data-theme='dark']`, and
 * again for a dark system preference while no `data-theme` is set yet.
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
    // Before any script has set `data-theme` (the prerendered page, map picture included), the
    // system's preference decides, as the theme hook will.
    '@media (prefers-color-scheme: dark) {',
    '  :root:not([data-theme]) {',
    '    color-scheme: dark;',
    ...colorLines(THEMES.dark.colors).map((line) => `  ${line}`),
    '  }',
    '}',
    '',
  ].join('\n');
}
