import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { detailsOf, openApp, useE2E } from './session';

/** A colour as the page computes it: red, green, blue 0–255 and alpha 0–1. */
type Rgba = readonly [number, number, number, number];
type Rgb = readonly [number, number, number];

/** One run of visible text, as drawn. */
interface Sample {
  /** The element holding the text, with its classes, for the failure message. */
  readonly where: string;
  readonly text: string;
  /** The text's colour (CSS `color`, or `fill` for SVG text), every ancestor's opacity folded in. */
  readonly fg: Rgba;
  /** What lies behind the text, nearest first; the last layer is opaque. */
  readonly bg: readonly Rgba[];
  /** Font size, CSS px. */
  readonly size: number;
  readonly weight: number;
}

/** The charts panel, the details panel and the partner list. */
const ROOTS = ['.charts', '.details', '.partner-list'];

/**
 * Every visible run of text under `roots`, with its colour and the colours behind it. HTML text
 * sits on the first non-transparent background up its ancestors (translucent ones stacked on what
 * is under them). SVG text sits on the painted shapes drawn before it whose box holds the text's
 * centre (a selected or hovered row's band), then on the svg's own background. Text the page hides
 * (the visually hidden tables, `<title>` tooltips, `display: none`) is left out.
 */
function collect(page: Page, roots: readonly string[]): Promise<Sample[]> {
  return page.evaluate((roots) => {
    const parse = (c: string): [number, number, number, number] | null => {
      const m = /^rgba?\(([^)]+)\)$/.exec(c.trim());
      if (!m?.[1]) return null;
      const p = m[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
    };
    const opacity = (el: Element): number => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement)
        o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const clipped = (el: Element): boolean => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e);
        // `.visually-hidden` clips with `clip` (base.css) or `clip-path` (charts.css).
        const clip = cs.getPropertyValue('clip');
        if (cs.clipPath !== 'none' || (clip !== 'auto' && clip !== '')) return true;
      }
      return false;
    };
    const htmlBackground = (el: Element): [number, number, number, number][] => {
      const layers: [number, number, number, number][] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) {
          layers.push(c);
          if (c[3] >= 1) return layers;
        }
      }
      // The canvas under a page without a background.
      layers.push([255, 255, 255, 1]);
      return layers;
    };
    const shapesIn = (el: Element): Element[] =>
      el instanceof SVGGeometryElement
        ? [el]
        : Array.from(el.querySelectorAll('rect, path, circle, ellipse, polygon'))
            .filter((s) => !s.closest('defs, pattern, clipPath, mask'))
            .reverse();
    const svgBackground = (text: Element, svg: SVGSVGElement) => {
      const layers: [number, number, number, number][] = [];
      const r = text.getBoundingClientRect();
      const [cx, cy] = [r.x + r.width / 2, r.y + r.height / 2];
      for (let node: Element | null = text; node && node !== svg; node = node.parentElement) {
        for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
          for (const shape of shapesIn(sib)) {
            const cs = getComputedStyle(shape);
            const fill = parse(cs.fill);
            if (!fill) continue;
            const alpha = fill[3] * Number(cs.fillOpacity) * opacity(shape);
            const b = shape.getBoundingClientRect();
            if (alpha <= 0 || cx < b.left || cx > b.right || cy < b.top || cy > b.bottom) continue;
            layers.push([fill[0], fill[1], fill[2], alpha]);
            if (alpha >= 1) return layers;
          }
        }
      }
      return [...layers, ...htmlBackground(svg)];
    };
    const describe = (el: Element): string =>
      [el.tagName.toLowerCase(), ...Array.from(el.classList)].join('.');

    const samples = [];
    for (const root of roots.flatMap((sel) => Array.from(document.querySelectorAll(sel)))) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').trim();
        const el = n.parentElement;
        if (!text || !el || el.closest('title, desc, style, script, defs')) continue;
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        if (clipped(el)) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const box = range.getBoundingClientRect();
        if (box.width < 1 || box.height < 1) continue;
        const cs = getComputedStyle(el);
        const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
        const paint = svg ? cs.fill : cs.color;
        if (paint === 'none') continue;
        const fg = parse(paint);
        if (!fg) throw new Error(`cannot read the colour ${paint} of "${text}"`);
        const alpha = fg[3] * (svg ? Number(cs.fillOpacity) : 1) * opacity(el);
        if (alpha <= 0) continue;
        samples.push({
          where: describe(el),
          text: text.slice(0, 40),
          fg: [fg[0], fg[1], fg[2], alpha] as const,
          bg: svg ? svgBackground(el, svg) : htmlBackground(el),
          size: parseFloat(cs.fontSize),
          weight: Number(cs.fontWeight),
        });
      }
    }
    return samples;
  }, roots);
}

/** `top` drawn over the opaque `under`. */
function over([r, g, b, a]: Rgba, under: Rgb): Rgb {
  return [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a)];
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance(rgb: Rgb): number {
  const [r = 0, g = 0, b = 0] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1–21. */
function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const hex = (rgb: Rgb) =>
  `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** WCAG AA: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold). */
const required = (s: Sample) => (s.size >= 24 || (s.size >= 18.66 && s.weight >= 700) ? 3 : 4.5);

/** Each sample below AA, as `where "text": ratio (text colour on background)`. */
function belowAA(samples: readonly Sample[]): string[] {
  return samples.flatMap((s) => {
    const bg = [...s.bg]
      .reverse()
      .reduce<Rgb>((under, layer) => over(layer, under), [255, 255, 255]);
    const fg = over(s.fg, bg);
    const ratio = contrast(fg, bg);
    return ratio >= required(s)
      ? []
      : [`${s.where} "${s.text}": ${ratio.toFixed(2)}:1 (${hex(fg)} on ${hex(bg)})`];
  });
}

/** The partner chart's svg. */
const partnerChart = (page: Page) =>
  page.getByRole('img', { name: 'Activities by partner', exact: true });

describe('text contrast with a country open', () => {
  const s = useE2E();

  for (const theme of ['light', 'dark'] as const) {
    it(`every text in the charts, the details and the partner list is AA in the ${theme} theme, at rest and on hover`, async () => {
      await s.page.emulateMedia({ reducedMotion: 'reduce' });
      // Up to 2023: the 2024 bar is greyed, its count in the muted colour.
      await openApp(s, `?theme=${theme}&country=KAZ&to=2023`);
      await detailsOf(s.page, 'KAZ').waitFor();
      expect(await s.page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);

      const rest = await collect(s.page, ROOTS);
      // What the reviewer found, so that a collector that sees nothing cannot pass.
      const seen = (where: string, text?: string) =>
        rest.some((x) => x.where.startsWith(where) && (text === undefined || x.text === text));
      expect(seen('text.chart-label', 'Kazakhstan'), 'selected partner label').toBe(true);
      expect(seen('text.chart-label', 'Cancer control'), 'sector labels').toBe(true);
      expect(seen('text.chart-value-text.is-out'), 'a greyed year').toBe(true);
      expect(seen('p.chart-hint'), 'chart hints').toBe(true);
      expect(seen('a', 'Full text'), 'source links').toBe(true);
      expect(seen('a', 'Original page'), 'source links').toBe(true);
      expect(seen('span.partner-count'), 'partner chip counts').toBe(true);
      expect(
        await s.page.locator('.partner[aria-pressed="true"] .partner-count').count(),
        'the pressed chip',
      ).toBe(1);
      expect(belowAA(rest)).toEqual([]);

      // A hovered partner row; a sector row hovered as it is clicked off (greyed under the pointer).
      const hovered = (row: Locator) => row.evaluate((g) => g.matches(':hover'));
      const partner = partnerChart(s.page).locator('.chart-row:not(.is-selected)').last();
      await partner.hover();
      expect(await hovered(partner)).toBe(true);
      expect(belowAA(await collect(s.page, ['.chart-partner']))).toEqual([]);
      const sectors = s.page.getByRole('img', { name: 'Activities by sector', exact: true });
      // Found by its name (the title's start): the rows may reorder once it is off.
      const title = (await sectors.locator('.chart-row > title').first().textContent()) ?? '';
      const sector = sectors.locator('.chart-row', {
        has: s.page.locator('title', { hasText: `${title.split(':')[0] ?? title}:` }),
      });
      await sector.click();
      await expect.poll(() => sector.getAttribute('class')).toContain('is-off');
      expect(await hovered(sector)).toBe(true);
      expect(belowAA(await collect(s.page, ['.chart-sector']))).toEqual([]);
      // The greyed 2024 bar hovered: its band behind the muted count, and the tooltip.
      const years = s.page.getByRole('img', { name: 'Activities per year', exact: true });
      const tick = (await years.locator('.chart-x-axis text', { hasText: '2024' }).boundingBox())!;
      const plot = (await years.boundingBox())!;
      await s.page.mouse.move(tick.x + tick.width / 2, plot.y + plot.height / 2);
      await s.page.locator('.chart-tooltip').waitFor();
      const year = await collect(s.page, ['.chart-year']);
      expect(year.some((x) => x.where.startsWith('span.chart-tooltip-label'))).toBe(true);
      expect(belowAA(year)).toEqual([]);
    });
  }
});

describe('the selected partner in the chart', () => {
  const s = useE2E();

  it('shows its bold name and count whole, whichever partner is selected', async () => {
    await s.page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(s, '?country=KAZ');
    const chart = partnerChart(s.page);
    const names = (await chart.locator('.chart-row > title').allTextContents()).map(
      (t) => t.split(':')[0] ?? t,
    );
    expect(names.length).toBeGreaterThan(3);
    const cut: string[] = [];
    for (const name of names) {
      const row = chart.locator('.chart-row', {
        has: s.page.locator(`title:text-matches("^${name}:")`),
      });
      if (!(await row.getAttribute('class'))?.includes('is-selected')) await row.click();
      await expect.poll(() => row.getAttribute('class')).toContain('is-selected');
      const drawn = await row.evaluate((g) => {
        const svg = (g as SVGGElement).ownerSVGElement!.getBoundingClientRect();
        const box = (sel: string) => {
          const t = g.querySelector(sel)!;
          const r = t.getBoundingClientRect();
          return {
            text: t.textContent,
            weight: getComputedStyle(t).fontWeight,
            left: r.left - svg.left,
            right: r.right - svg.left,
          };
        };
        return { width: svg.width, label: box('.chart-label'), value: box('.chart-value-text') };
      });
      expect(drawn.label.weight, name).toBe('700');
      if (drawn.label.text !== name) cut.push(`${name}: drawn as "${drawn.label.text}"`);
      if (drawn.label.left < -0.5) cut.push(`${name}: label starts ${-drawn.label.left}px left`);
      if (drawn.value.right > drawn.width + 0.5)
        cut.push(`${name}: count ends ${drawn.value.right - drawn.width}px past the right edge`);
    }
    expect(cut).toEqual([]);
  });
});
