import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { analystStrings } from '../../src/i18n/analystStrings';
import { COLUMNS, type ColumnId, type TableRow } from '../../src/ui/table/tableRows';

/** The path (under the app's URL) the bare table is served at, by the bench itself. */
const BARE_TABLE_PATH = 'bench-bare-table.html';

/** The app table's row height (px) and overscan (src/ui/table/ActivitiesTable.tsx). */
export const ROW_H = 40;
const OVERSCAN = 8;

/** The scroller's size in CSS px, as measured in the app. */
export interface ScrollerSize {
  readonly width: number;
  readonly height: number;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The reference page's markup: the app's own stylesheets and the table's classes, so both pages
 * paint the same fonts, borders and ellipses; a scroller of the app's size; no app code.
 */
function bareTableHtml(
  cssFiles: readonly string[],
  columns: readonly ColumnId[],
  size: ScrollerSize,
) {
  const links = cssFiles.map((f) => `<link rel="stylesheet" href="assets/${escapeHtml(f)}">`);
  const heads = columns.map(
    (c) =>
      `<th scope="col" class="col-${c}"><button type="button" class="sort-button">${escapeHtml(analystStrings.en.columns[c])}<span class="sort-mark" aria-hidden="true">↕</span></button></th>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${links.join('')}</head>
<body><div class="table-scroll" style="width:${size.width}px;height:${size.height}px;flex:none">
<table class="activities-table" aria-label="Activities"><thead><tr aria-rowindex="1">${heads.join('')}</tr></thead>
<tbody></tbody></table></div></body></html>`;
}

/**
 * In the page: a hand-written virtual list over `cells`. On each scroll event it replaces the
 * body's rows with those in view plus `overscan` (the same rows, heights, classes and
 * `aria-rowindex` as the app), as plain DOM: the least any virtualised table has to do per frame.
 */
function installVirtualRows(args: {
  cells: readonly (readonly string[])[];
  planned: readonly boolean[];
  columns: readonly string[];
  rowH: number;
  overscan: number;
}): void {
  const { cells, planned, columns, rowH, overscan } = args;
  const el = document.querySelector<HTMLElement>('.table-scroll');
  const tbody = el?.querySelector('tbody');
  if (!el || !tbody) throw new Error('bare table: no scroller');
  el.querySelector('table')?.setAttribute('aria-rowcount', String(cells.length + 1));
  const spacer = (h: number) => {
    const tr = document.createElement('tr');
    tr.setAttribute('aria-hidden', 'true');
    tr.style.height = `${h}px`;
    return tr;
  };
  const rowAt = (i: number) => {
    const tr = document.createElement('tr');
    tr.setAttribute('aria-rowindex', String(i + 2));
    tr.style.height = `${rowH}px`;
    if (planned[i]) tr.className = 'planned';
    columns.forEach((c, k) => {
      const td = document.createElement('td');
      const text = cells[i]?.[k] ?? '';
      td.className = `col-${c}`;
      td.title = text;
      if (c === 'title') {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'row-open';
        b.textContent = text;
        td.append(b);
      } else td.textContent = text;
      tr.append(td);
    });
    return tr;
  };
  let shown = '';
  const render = () => {
    const n = cells.length;
    const first = Math.max(0, Math.floor(el.scrollTop / rowH) - overscan);
    const last = Math.min(n - 1, Math.ceil((el.scrollTop + el.clientHeight) / rowH) + overscan);
    // As TanStack Virtual does: nothing to do while the rows in range stay the same.
    if (shown === `${first}-${last}`) return;
    shown = `${first}-${last}`;
    const rows: HTMLTableRowElement[] = [];
    if (first > 0) rows.push(spacer(first * rowH));
    for (let i = first; i <= last; i++) rows.push(rowAt(i));
    if (last < n - 1) rows.push(spacer((n - 1 - last) * rowH));
    tbody.replaceChildren(...rows);
  };
  el.addEventListener('scroll', render, { passive: true });
  render();
}

/**
 * Opens, in `page`, the bare reference table of `rows` (the app's own cell text) at `size`,
 * served by the bench at a path of the app's origin so the app's stylesheets load.
 */
export async function openBareTable(
  page: Page,
  baseUrl: string,
  outDir: string,
  rows: readonly TableRow[],
  size: ScrollerSize,
): Promise<void> {
  const css = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.css'));
  const hasAmount = rows.some((r) => r.activity.amount);
  const columns = COLUMNS.filter((c) => hasAmount || c !== 'amount');
  const url = `${baseUrl}${BARE_TABLE_PATH}`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: bareTableHtml(css, columns, size) }),
  );
  await page.goto(url);
  const cells = rows.map((r) => columns.map((c) => r.cells[c]));
  const planned = rows.map((r) => r.activity.status === 'planned');
  await page.evaluate(installVirtualRows, {
    cells,
    planned,
    columns,
    rowH: ROW_H,
    overscan: OVERSCAN,
  });
}
