// The report in a real browser: Debian's chromium driven by playwright-core. .ci/run installs
// chromium when it is missing, so in CI this test runs; elsewhere it is skipped, saying why, when
// /usr/bin/chromium is absent. The screenshot goes to test-artifacts/report.png (git-ignored).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportBuilder } from '../src/report/build.js';
import { goldenRecord, HOSTILE, hostileRecord } from './report-fixture.js';

/** The little of the DOM used in page callbacks (the project's types have no DOM lib). */
interface DomWindow {
  getComputedStyle(element: unknown): { backgroundColor: string };
  __pwned?: unknown;
}

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
const inCi = Boolean(process.env['CI']);
if (!present && !inCi) {
  console.warn(
    `browser test skipped: ${CHROMIUM} not found (install it with: apt-get update && apt-get install -y chromium)`,
  );
}
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

describe.skipIf(!present && !inCi)('report in chromium', () => {
  const golden = goldenRecord();
  const hostile = hostileRecord();
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'siaran-browser-'));
    profile = path.join(dir, 'profile');
    const builder = new ReportBuilder({ generatedAt: 'browser test', title: 'siaran report: ARSOM 2021' });
    builder.add(golden);
    builder.add(hostile);
    const file = path.join(dir, 'report.html');
    writeFileSync(file, builder.html());
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
  }, 120_000); // starting chromium on a loaded 2-core machine has taken over 10 s

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(path.dirname(profile), { recursive: true, force: true });
  }, 60_000);

  it('shows the highlights of the golden document with their details', async () => {
    const view = page.locator('#doc-0');
    expect(await view.getAttribute('open')).not.toBeNull();
    expect(await view.locator('.text').textContent()).toBe(golden.text);
    const persons = golden.entities.filter((e) => e.type === 'PERSON').length;
    expect(await view.locator('.text .e-PERSON').count()).toBeGreaterThanOrEqual(persons);
    expect(await view.locator('.text .tmx').count()).toBeGreaterThanOrEqual(golden.timex.length);
    expect(await view.locator('.text .ctrig').count()).toBe(golden.commitments.length);
    expect(await view.locator('.text .quo').count()).toBeGreaterThan(0);
    // Distinct colours per layer.
    const colour = (cls: string) =>
      page
        .locator(`#legend .${cls}`)
        .evaluate((el) => (globalThis as unknown as DomWindow).getComputedStyle(el).backgroundColor);
    const colours = await Promise.all(['e-PERSON', 'e-ORGANIZATION', 'e-LOCATION', 'tmx', 'ctrig', 'quo'].map(colour));
    expect(new Set(colours).size).toBe(colours.length);
    // Hover title and click panel: type, normalised value, cluster, rule id.
    const date = view.locator('.text .tmx', { hasText: '26 Januari 2021' }).first();
    expect(await date.getAttribute('title')).toContain('value 2021-01-26');
    await date.click();
    const panel = page.locator('#panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const details = await panel.textContent();
    expect(details).toContain('2021-01-26');
    expect(details).toContain('gold.timex.date');
    const person = view.locator('.text .e-PERSON', { hasText: 'Igor Morgulov' }).first();
    await person.click();
    expect(await panel.textContent()).toContain('Igor Morgulov');
    expect(await panel.textContent()).toContain('gold.entity.person');
    expect(await view.locator('.s.sel').count()).toBeGreaterThan(0);
  });

  it('sorts and filters the commitments table', async () => {
    const rows = page.locator('#commitments tbody tr');
    expect(await rows.count()).toBe(golden.commitments.length + hostile.commitments.length);
    await page.selectOption('#f-type', 'AGREE');
    const agree = [...golden.commitments, ...hostile.commitments].filter((c) => c.type === 'AGREE').length;
    expect(await page.locator('#commitments tbody tr:not([hidden])').count()).toBe(agree);
    await page.selectOption('#f-type', '');
    await page.fill('#f-actor', 'rusia');
    const visible = await page.locator('#commitments tbody tr:not([hidden]) td:nth-child(3)').allTextContents();
    expect(visible.length).toBeGreaterThan(0);
    for (const actors of visible) expect(actors.toLowerCase()).toContain('rusia');
    await page.fill('#f-actor', '');
    await page.click('#commitments th:nth-child(2)');
    const types = await page.locator('#commitments tbody tr td:nth-child(2)').allTextContents();
    expect(types).toEqual([...types].sort((a, b) => a.localeCompare(b)));
    await page.click('#commitments th:nth-child(2)');
    expect(await page.locator('#commitments tbody tr td:nth-child(2)').allTextContents()).toEqual([...types].reverse());
  });

  it('runs no script from a document and shows its markup as text', async () => {
    expect(await page.evaluate(() => (globalThis as unknown as DomWindow).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('#bold').count()).toBe(0);
    await page.locator('#doc-1 > summary').click();
    const text = await page.locator('#doc-1 .text').textContent();
    expect(text).toBe(hostile.text);
    for (const piece of Object.values(HOSTILE)) expect(text).toContain(piece);
    expect(await page.locator('#doc-1 .meta a').count()).toBe(0); // a javascript: url is not a link
    expect(requests).toEqual([]); // offline: nothing but the file itself
  });

  it('opens a document from its link, filters the top lists by type, and pins details beside the text', async () => {
    await page.locator('#doc-0 > summary').click(); // fold it
    expect(await page.locator('#doc-0').getAttribute('open')).toBeNull();
    await page.locator('#commitments a[href="#doc-0"]').first().click();
    await expect.poll(() => page.locator('#doc-0').getAttribute('open')).not.toBeNull();

    await page.selectOption('#f-entity-type', 'PERSON');
    expect(await page.locator('#entity-tables > [data-type]:visible').count()).toBe(1);
    expect(await page.locator('#entity-tables > [data-type="PERSON"]').isVisible()).toBe(true);
    await page.selectOption('#f-entity-type', '');
    expect(await page.locator('#entity-tables > [data-type]:visible').count()).toBeGreaterThan(1);

    mkdirSync(artifacts, { recursive: true });
    for (const width of [1400, 800]) {
      await page.setViewportSize({ width, height: 900 });
      const date = page.locator('#doc-0 .text .tmx', { hasText: '26 Januari 2021' }).first();
      await date.scrollIntoViewIfNeeded();
      await date.click();
      const panel = page.locator('#panel');
      await expect.poll(() => panel.isVisible()).toBe(true);
      const p = (await panel.boundingBox())!;
      const t = (await page.locator('#doc-0 .text').boundingBox())!;
      // The text column and the pinned panel do not overlap: beside it when wide, below when narrow.
      if (width >= 1100) expect(t.x + t.width).toBeLessThanOrEqual(p.x + 1);
      else {
        const d = (await date.boundingBox())!;
        expect(d.y + d.height).toBeLessThanOrEqual(p.y + 1);
        expect(t.width).toBeGreaterThan(width * 0.7);
      }
      await page.screenshot({ path: path.join(artifacts, `report-${width}.png`) });
    }
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('saves a screenshot', async () => {
    await page.locator('#doc-1 > summary').click(); // fold the hostile document again
    await page.locator('#doc-0 .text .tmx', { hasText: '26 Januari 2021' }).first().click();
    mkdirSync(artifacts, { recursive: true });
    const shot = path.join(artifacts, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(existsSync(shot)).toBe(true);
    // Close-ups, easier to look at than the whole page.
    await page.locator('#doc-0').screenshot({ path: path.join(artifacts, 'report-document.png') });
    await page.locator('#entities').screenshot({ path: path.join(artifacts, 'report-entities.png') });
  });
});
