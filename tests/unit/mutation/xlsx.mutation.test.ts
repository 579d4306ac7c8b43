import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { SheetRows } from '../../../src/data/formats/workbook';
import { readXlsx, writeXlsx } from '../../../src/data/formats/xlsx';

/*
 * Writing and reading `.xlsx` files: what each kind of cell reads back as, and how the file
 * itself marks its header row (bold), read from the zipped XML.
 */

async function roundTrip(sheet: SheetRows): Promise<SheetRows[]> {
  return readXlsx(await writeXlsx([sheet]));
}

/** The first sheet's cells by reference (`A1`), each with whether its font is bold. */
async function cellsOfFile(blob: Blob): Promise<Record<string, { bold: boolean }>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const text = (path: string): string => {
    const file = files[path];
    if (!file) throw new Error(`no ${path} in the file`);
    return strFromU8(file);
  };
  const styles = text('xl/styles.xml');
  const fonts = [
    ...(/<fonts[^>]*>(.*?)<\/fonts>/s.exec(styles)?.[1] ?? '').matchAll(/<font>(.*?)<\/font>/gs),
  ];
  const boldFont = fonts.map((f) => (f[1] ?? '').includes('<b/>'));
  const formats = [
    ...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf\b([^>]*)>/g),
  ];
  const boldFormat = formats.map((x) => {
    const font = /fontId="(\d+)"/.exec(x[1] ?? '')?.[1];
    return font !== undefined && boldFont[Number(font)] === true;
  });
  const cells: Record<string, { bold: boolean }> = {};
  for (const c of text('xl/worksheets/sheet1.xml').matchAll(/<c r="([A-Z]+\d+)"([^>]*)>/g)) {
    const style = /\bs="(\d+)"/.exec(c[2] ?? '')?.[1];
    cells[c[1] ?? ''] = { bold: style !== undefined && boldFormat[Number(style)] === true };
  }
  return cells;
}

describe('writeXlsx() then readXlsx()', () => {
  it('reads back text as text, numbers as numbers and empty cells as empty', async () => {
    const sheets = await roundTrip({
      name: 'Activities',
      rows: [
        ['id', 'amount', 'note'],
        ['kaz-mou', 1000000, ''],
        [null, 0, 'null'],
      ],
    });
    expect(sheets).toEqual([
      {
        name: 'Activities',
        rows: [
          ['id', 'amount', 'note'],
          ['kaz-mou', 1000000, null],
          [null, 0, 'null'],
        ],
      },
    ]);
  });

  it('writes true and false as text', async () => {
    const sheets = await roundTrip({ name: 'Flags', rows: [['flag'], [true], [false]] });
    expect(sheets[0]?.rows).toEqual([['flag'], ['true'], ['false']]);
  });
});

describe('writeXlsx(): the file', () => {
  it('makes the header row bold, and only it', async () => {
    const cells = await cellsOfFile(
      await writeXlsx([
        {
          name: 'Sources',
          rows: [
            ['id', 'published'],
            ['press', '2020-01-01'],
            ['report', 2019],
          ],
        },
      ]),
    );
    expect(cells).toEqual({
      A1: { bold: true },
      B1: { bold: true },
      A2: { bold: false },
      B2: { bold: false },
      A3: { bold: false },
      B3: { bold: false },
    });
  });
});
