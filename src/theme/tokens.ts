/**
 * The atlas's look in one place: every colour, the font stack and the type sizes. The page's CSS
 * reads them as custom properties (`src/theme/tokens.css`, generated from this file by
 * `npm run theme:css`; a unit test fails when the two differ); the MapLibre style, the SVG map,
 * the charts and the PNG slide import them. Nothing here imports anything, so every layer may.
 */

/** DESIGN.md's system stack that covers Korean; no web font is downloaded. */
export const FONT_STACK =
  "'Pretendard', 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', system-ui, sans-serif";

/** Type sizes, CSS px (DESIGN.md: 12 px axis text, 14 px body, 16 px headings, 22–28 px title). */
export const FONT_SIZES = {
  axis: 12,
  body: 14,
  heading: 16,
  title: 24,
  /** Country names on the map. */
  mapLabel: 12,
} as const;

/** Every colour of one theme. Text colours keep at least 4.5:1 on `bg` (WCAG AA). */
export interface ThemeColors {
  /** Body text. */
  readonly ink: string;
  /** Secondary text. */
  readonly ink2: string;
  /** Tertiary text (hints, ticks), still AA on `bg` and `bg2`. */
  readonly ink3: string;
  /** Hairlines between parts of the page. */
  readonly line: string;
  /** Page background. */
  readonly bg: string;
  /** Raised or tinted background (tags, quotes, hover). */
  readonly bg2: string;
  /** Korean-flag red: the Play button and other accents (the map has its own `home` and `arc`). */
  readonly accent: string;
  /** Keyboard focus ring. */
  readonly focus: string;
  /** Links in running text (a source's `Full text`, `Original page`), AA on `bg` and `bg2`. */
  readonly link: string;
  /** Text of the `Planned` tag on an activity, AA on `plannedBg`. */
  readonly planned: string;
  /** Background of the `Planned` tag: a warm tint of `bg`. */
  readonly plannedBg: string;
  /** Map sea (and the map area's background): a very light cool tint; in the dark, a deep one. */
  readonly sea: string;
  /** Map land that is neither home nor a partner: a neutral grey, light (dark theme: dark). */
  readonly land: string;
  /** Country borders: thin, in the background's tone (white-ish, or near-black). */
  readonly border: string;
  /** Countries reached only through a group (ASEAN): the partner hue, lighter (map and charts). */
  readonly via: string;
  /** Dashed outline of those countries, and the stripes of their chart bars. */
  readonly viaOutline: string;
  /** Hovered country outline. */
  readonly hover: string;
  /** Selected country outline. */
  readonly selected: string;
  /** Halo around map label text (drawn on the PNG's canvas; the page's labels use `labelGlow`). */
  readonly labelHalo: string;
  /** Home country's fill and its Seoul dot on the map. */
  readonly home: string;
  /** The arcs from home to each partner (drawn at 30–90 % opacity). */
  readonly arc: string;
  /** Country names on the map, AA on `labelGlow`. */
  readonly labelInk: string;
  /** Names of countries reached only through a group. */
  readonly labelViaInk: string;
  /** Home's name. */
  readonly labelHomeInk: string;
  /** The glow behind the map's label text, which keeps it legible on any fill. */
  readonly labelGlow: string;
  /** Panels over the map (legend, controls, tooltip), drawn at 93–100 % opacity. */
  readonly mapPanel: string;
  /** Outline of the map's buttons. */
  readonly mapControlLine: string;
  /** A hovered map button's background and outline. */
  readonly mapControlHover: string;
  readonly mapControlHoverLine: string;
  /** The boundaries credit under the legend. */
  readonly mapCredit: string;
  /** The note above the static map (why it is not the interactive one), and its rule. */
  readonly mapNote: string;
  readonly mapNoteLine: string;
  /**
   * The partner scale by activity count, fewest to most: one sequential hue in six steps
   * (`interpolateBlues` from 0.32 to 0.92 in the light theme). Fewer steps take evenly spread ones.
   */
  readonly partnerSteps: readonly [string, string, string, string, string, string];
  /** Partner bars in the charts: a mid blue of the same hue. */
  readonly partner: string;
  /** The selected partner's bar. */
  readonly partnerSelected: string;
  /** Chart body text. */
  readonly chartText: string;
  /** Chart values and selected labels. */
  readonly chartTextStrong: string;
  /** Names beside the bars (sectors, partners), AA on `bg`, `bg2` (a hovered row) and `chartRowSelected`. */
  readonly chartLabel: string;
  /** Text of greyed-out chart marks, AA on `bg` and `bg2` (a hovered row). */
  readonly chartTextMuted: string;
  /** Band behind the selected partner's row; `partnerSelected` and `chartLabel` stay AA on it. */
  readonly chartRowSelected: string;
  /** Fill of filtered-out (greyed) bars. */
  readonly chartMuted: string;
  readonly chartGrid: string;
  readonly chartAxis: string;
  /** `Compare periods`: partners in period B only (Okabe–Ito bluish green). */
  readonly compareNew: string;
  /** Partners in both periods (Okabe–Ito blue). */
  readonly compareContinued: string;
  /** Partners in period A only (Okabe–Ito vermillion). */
  readonly compareEnded: string;
}

export type ThemeName = 'light' | 'dark';

/** One theme's tokens. */
export interface ThemeTokens {
  readonly colors: ThemeColors;
}

const light: ThemeTokens = {
  colors: {
    ink: '#1a1f2b',
    ink2: '#4a5263',
    ink3: '#5f6878',
    line: '#e3e7ee',
    bg: '#ffffff',
    bg2: '#f6f8fb',
    accent: '#cd2e3a',
    focus: '#1f6feb',
    link: '#0b57d0',
    planned: '#8a4b00',
    plannedBg: '#fff6e8',
    sea: '#eef3f8',
    land: '#dcdcd7',
    border: '#ffffff',
    via: '#cfe1f2',
    viaOutline: '#2f6fae',
    hover: '#1b2733',
    selected: '#0b1420',
    labelHalo: 'rgba(255, 255, 255, 0.92)',
    home: '#cd2e3a',
    arc: '#cd2e3a',
    labelInk: '#1a1f2b',
    labelViaInk: '#24384c',
    labelHomeInk: '#a51f2b',
    labelGlow: '#ffffff',
    mapPanel: '#ffffff',
    mapControlLine: '#c3ccd6',
    mapControlHover: '#f3f6f9',
    mapControlHoverLine: '#9fb0c2',
    mapCredit: '#566676',
    mapNote: '#fff7e0',
    mapNoteLine: '#eadca8',
    partnerSteps: [
      'rgb(175, 209, 231)',
      'rgb(132, 187, 219)',
      'rgb(88, 160, 206)',
      'rgb(52, 131, 190)',
      'rgb(24, 100, 170)',
      'rgb(9, 69, 137)',
    ],
    partner: '#3a7dbf',
    partnerSelected: '#0b3d73',
    chartText: '#595959',
    chartTextStrong: '#262626',
    chartLabel: '#404040',
    chartTextMuted: '#6b6b6b',
    chartRowSelected: '#e6eef7',
    chartMuted: '#d4d4d4',
    chartGrid: '#ececec',
    chartAxis: '#b3b3b3',
    compareNew: '#009e73',
    compareContinued: '#0072b2',
    compareEnded: '#d55e00',
  },
};

/**
 * The dark set: same hues, AA text on the dark background. The map is dark too: land a grey just
 * above the sea, and the partner steps run from a deep to a pale blue, so that more activities
 * still means more contrast (here against the dark land rather than the light one).
 */
const dark: ThemeTokens = {
  colors: {
    ink: '#e8ebf0',
    ink2: '#b9c1cd',
    ink3: '#9ba5b3',
    line: '#2d343f',
    bg: '#12161c',
    bg2: '#1b2029',
    accent: '#e5505c',
    focus: '#6ea8fe',
    link: '#8ab4f8',
    planned: '#f5c27a',
    plannedBg: '#3a2a12',
    sea: '#0f1b26',
    land: '#3a4049',
    border: '#1c222b',
    via: '#35506b',
    viaOutline: '#8dbbe6',
    hover: '#dfe6ee',
    selected: '#ffffff',
    labelHalo: 'rgba(11, 15, 20, 0.9)',
    home: '#e5505c',
    arc: '#ef6b75',
    labelInk: '#eef1f5',
    labelViaInk: '#b5d3f0',
    labelHomeInk: '#ff9aa2',
    labelGlow: '#0b0f14',
    mapPanel: '#1b2029',
    mapControlLine: '#4a5361',
    mapControlHover: '#262c36',
    mapControlHoverLine: '#6f7b8b',
    mapCredit: '#a3adba',
    mapNote: '#3a321c',
    mapNoteLine: '#6b5c2a',
    partnerSteps: [
      'rgb(40, 86, 140)',
      'rgb(52, 112, 178)',
      'rgb(72, 141, 204)',
      'rgb(110, 171, 222)',
      'rgb(156, 199, 234)',
      'rgb(205, 227, 245)',
    ],
    partner: '#5b9bd5',
    partnerSelected: '#a9cdf0',
    chartText: '#b9c1cd',
    chartTextStrong: '#eef1f5',
    chartLabel: '#d0d6de',
    chartTextMuted: '#8f99a6',
    chartRowSelected: '#1c2e44',
    chartMuted: '#3b424c',
    chartGrid: '#262c35',
    chartAxis: '#5d6673',
    compareNew: '#3cc79c',
    compareContinued: '#5aaee6',
    compareEnded: '#f08a4b',
  },
};

/**
 * Both themes. The page is dark with `data-theme="dark"` on `<html>` (the chosen theme, else the
 * system's), or, before any script has set it, with a dark system preference.
 */
export const THEMES: Record<ThemeName, ThemeTokens> = { light, dark };

/** The light theme's colours: what the map, charts and slide draw with until a theme is chosen. */
export const LIGHT = light.colors;
