import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openApp, useE2E, waitForMapIdle } from './session';

/** Each violation as `rule: target`, so a failure names what to fix. */
async function violations(page: Parameters<typeof waitForMapIdle>[0]): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('dark theme', () => {
  const s = useE2E();

  it('follows the toggle, is in the URL and has no axe violations in English and Korean', async () => {
    await openApp(s);
    await s.page.getByRole('button', { name: 'Dark theme' }).click();
    await expect
      .poll(() => s.page.evaluate(() => document.documentElement.dataset['theme']))
      .toBe('dark');
    expect(s.page.url()).toContain('theme=dark');
    await s.page.getByRole('button', { name: 'Light theme' }).waitFor();
    await waitForMapIdle(s.page);
    expect(await violations(s.page)).toEqual([]);
    await s.page.getByRole('button', { name: '한국어' }).click();
    await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await waitForMapIdle(s.page);
    expect(await violations(s.page)).toEqual([]);
  }, 300_000);

  it('follows prefers-color-scheme when no theme is chosen', async () => {
    await s.page.emulateMedia({ colorScheme: 'dark' });
    await openApp(s);
    await expect
      .poll(() => s.page.evaluate(() => document.documentElement.dataset['theme']))
      .toBe('dark');
    expect(await s.page.getByRole('button', { name: 'Light theme' }).count()).toBe(1);
    await s.page.emulateMedia({ colorScheme: 'light' });
    await expect
      .poll(() => s.page.evaluate(() => document.documentElement.dataset['theme']))
      .toBe('light');
  });
});

describe('embed=1', () => {
  const s = useE2E({ width: 800, height: 600 });

  it('shows only the map, the timeline and the summary, with a link to the full atlas', async () => {
    await openApp(s, '?embed=1&from=2020');
    expect(await s.page.getByRole('region', { name: 'World map' }).count()).toBe(1);
    expect(await s.page.getByRole('slider', { name: 'From year' }).count()).toBe(1);
    expect(await s.page.getByRole('status', { name: 'Summary' }).count()).toBe(1);
    expect(await s.page.getByRole('button', { name: 'Download CSV' }).count()).toBe(0);
    expect(await s.page.getByRole('group', { name: 'Sectors' }).count()).toBe(0);
    expect(await s.page.getByRole('list', { name: 'Partner countries' }).count()).toBe(0);
    const link = s.page.getByRole('link', { name: 'Open the full atlas' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toContain('from=2020');
    expect(href).not.toContain('embed');
    // Everything fits the 600 px frame: nothing scrolls.
    const fits = await s.page.evaluate(
      () => document.documentElement.scrollHeight <= window.innerHeight,
    );
    expect(fits).toBe(true);
    const linkBox = await link.boundingBox();
    expect((linkBox?.y ?? 9999) + (linkBox?.height ?? 0)).toBeLessThanOrEqual(600);
    expect(s.errors).toEqual([]);
  });
});
