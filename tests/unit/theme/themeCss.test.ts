import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorProperties } from '../../../src/theme/cssVars';
import { themeCss } from '../../../src/theme/themeCss';
import { THEMES, type ThemeColors } from '../../../src/theme/tokens';

const SRC = new URL('../../../src/', import.meta.url).pathname;
const css = readFileSync(join(SRC, 'theme/tokens.css'), 'utf8');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The block of custom properties under `selector` in the stylesheet. */
function block(text: string, selector: string): string {
  const start = text.indexOf(`${selector} {`);
  return start < 0 ? '' : text.slice(start, text.indexOf('}', start));
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('theme tokens → CSS', () => {
  it('src/theme/tokens.css is what the tokens generate (run `npm run theme:css` after a change)', () => {
    expect(css).toBe(themeCss());
  });

  it('puts the light colours, font and sizes on :root and the dark colours under data-theme', () => {
    const root = block(css, ':root');
    expect(root).toContain('--sea: #eef3f8;');
    expect(root).toContain('--land: #dcdcd7;');
    expect(root).toContain('--via: #cfe1f2;');
    expect(root).toContain('--accent: #cd2e3a;');
    expect(root).toContain('--ink-2: #4a5263;');
    expect(root).toContain('--partner-steps-6: rgb(9, 69, 137);');
    expect(root).toContain('--font-size-body: 14px;');
    expect(root).toMatch(/--font:\s+'Pretendard', 'Apple SD Gothic Neo', .*sans-serif;/);
    const dark = block(css, ":root[data-theme='dark']");
    expect(dark).toContain('--bg: #12161c;');
    expect(dark).toContain('--ink: #e8ebf0;');
    expect(dark).toContain('color-scheme: dark;');
  });

  it('writes the font stack once, in the tokens', () => {
    const holders = files(SRC)
      .filter((f) => readFileSync(f, 'utf8').includes('Apple SD Gothic Neo'))
      .map((f) => f.slice(SRC.length));
    expect(holders.sort()).toEqual(['theme/tokens.css', 'theme/tokens.ts']);
  });

  it('has one "only via a group" colour: the old chart shade is gone', () => {
    const drifted = files(SRC).filter((f) => /#a9c9e8/i.test(readFileSync(f, 'utf8')));
    expect(drifted).toEqual([]);
  });

  it('keeps page text at WCAG AA (4.5:1) on both backgrounds and chart text on the page, in both themes', () => {
    for (const name of ['light', 'dark'] as const) {
      const c: ThemeColors = THEMES[name].colors;
      const pairs = [
        ...[c.ink, c.ink2, c.ink3].flatMap((text) => [c.bg, c.bg2].map((bg) => [text, bg])),
        ...[c.chartText, c.chartTextStrong, c.chartTextMuted].map((text) => [text, c.bg]),
      ];
      for (const [text = '', bg = ''] of pairs)
        expect(contrast(text, bg), `${name}: ${text} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("keeps the map's labels and panels at WCAG AA in both themes", () => {
    for (const name of ['light', 'dark'] as const) {
      const c: ThemeColors = THEMES[name].colors;
      const pairs = [
        // Labels on their glow, which lies between them and any fill.
        ...[c.labelInk, c.labelViaInk, c.labelHomeInk, c.ink2].map((text) => [text, c.labelGlow]),
        // Legend, controls and tooltip text on their panel.
        ...[c.ink, c.ink2, c.mapCredit].map((text) => [text, c.mapPanel]),
      ];
      for (const [text = '', bg = ''] of pairs)
        expect(contrast(text, bg), `${name}: ${text} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('makes the map dark in the dark theme', () => {
    const dark = block(css, ":root[data-theme='dark']");
    expect(dark).toContain('--sea: #0f1b26;');
    expect(dark).toContain('--land: #3a4049;');
    expect(dark).toContain('--map-panel: #1b2029;');
    expect(dark).toContain('--label-glow: #0b0f14;');
    // Before the theme hook has run (the prerendered page), a dark system gets the same values.
    const early = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    expect(early).toContain(':root:not([data-theme]) {');
    expect(early).toContain('--land: #3a4049;');
    expect(early).toContain('--bg: #12161c;');
  });

  it('gives a dark system before any script the very declarations the dark theme has', () => {
    const declarations = (text: string) =>
      text
        .split('\n')
        .slice(1)
        .map((line) => line.trim())
        .filter(Boolean);
    const dark = declarations(block(css, ":root[data-theme='dark']"));
    const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    const early = declarations(block(media, ':root:not([data-theme])'));
    // Every dark token, and nothing else: a colour added to one block only would fail here.
    expect(dark).toHaveLength(colorProperties(THEMES.dark.colors).length + 1);
    expect(early).toEqual(dark);
  });
});
