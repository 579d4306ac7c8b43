import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openApp, useE2E } from './session';

describe('accessibility at laptop size', () => {
  const s = useE2E();

  it('has no axe violations on the first screen or with details open', async () => {
    await openApp(s);
    const first = await new AxeBuilder({ page: s.page }).analyze();
    expect(
      first.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await openApp(s, '?country=KAZ');
    const details = await new AxeBuilder({ page: s.page }).analyze();
    expect(details.violations.map((v) => v.id)).toEqual([]);
  });

  it('reaches every control with the keyboard, in a sensible order', async () => {
    await openApp(s);
    const names: string[] = [];
    for (let i = 0; i < 60; i++) {
      await s.page.keyboard.press('Tab');
      names.push(
        await s.page.evaluate(() => {
          const el = document.activeElement;
          return el ? (el.getAttribute('aria-label') ?? el.textContent).trim() : '';
        }),
      );
    }
    for (const name of [
      'Open dataset',
      'Download PNG',
      'Present',
      'From year',
      'To year',
      'Play',
      'Reset filters',
    ]) {
      expect(names).toContain(name);
    }
  });
});

describe('phone layout (390×844)', () => {
  const s = useE2E({ width: 390, height: 844 });

  it('never scrolls sideways and keeps the map in the top half', async () => {
    await openApp(s);
    const { scroll, client } = await s.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    const map = (await s.page.getByRole('region', { name: 'World map' }).boundingBox())!;
    expect(map.height).toBeGreaterThan(844 * 0.35);
    expect(map.y + map.height).toBeLessThanOrEqual(844 * 0.75);
  });

  it('hides the filters in a drawer that the Filters button opens', async () => {
    const sectors = s.page.getByRole('group', { name: 'Sectors' });
    expect(await sectors.isVisible()).toBe(false);
    await s.page.getByRole('button', { name: 'Filters' }).click();
    expect(await sectors.isVisible()).toBe(true);
  });

  it('opens details as a full-width sheet', async () => {
    await s.page
      .getByRole('list', { name: 'Partner countries' })
      .getByRole('button')
      .first()
      .click();
    const sheet = (await s.page.getByRole('region', { name: /details$/ }).boundingBox())!;
    expect(Math.round(sheet.width)).toBe(390);
  });
});
