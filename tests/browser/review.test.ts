/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (DOM types for the code that page.evaluate runs in the page; src/ is built without them.)
// The review page in a real browser (Debian's Chromium through playwright-core): pages written
// by the compiled CLI for real documents, loaded from disk. No console error, no request
// beyond the page itself; every item one highlight holding its span's text, the layers of
// crossing items drawn exactly over the text; row ↔ highlight, filters, search, a narrow
// window, print. Screenshots are kept in test-artifacts/ (not committed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/index.js';
import { marksOf } from '../../src/emit/html.js';
import type { PolicyDocument } from '../../src/types.js';
import { type Browser, launchChromium } from '../helpers/browser.js';
import { CORPUS, read, SEEDS } from '../helpers/fixtures.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const ARTIFACTS = join(ROOT, 'test-artifacts');
const BIN = join(ROOT, 'bin/policy-extract.js');
const SEED3 = '003_ba5c26d6e984a451.txt';
const SEED1 = '001_689cad3dc45a0018.txt';
const CROSSING = '012-gwy-vocational-education-reform-plan-2019.html';

const out = mkdtempSync(join(tmpdir(), 'policy-extract-browser-'));
const docs: Record<string, PolicyDocument> = {
  [SEED3]: extractDocument(read(SEEDS, SEED3), { includeText: true }),
  [SEED1]: extractDocument(read(SEEDS, SEED1), { includeText: true }),
  [CROSSING]: extractDocument(read(CORPUS, CROSSING), { includeText: true }),
};
const pageUrl = (name: string): string => `file://${join(out, `${name}.html`)}`;

let browser: Browser;
/** Every console error, page error and request of the whole run. */
const problems: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  // The compiled CLI as users run it, two worker threads: one page per input and index.html.
  const r = spawnSync(process.execPath, [BIN, join(SEEDS, SEED3), join(SEEDS, SEED1), join(CORPUS, CROSSING), '--format', 'html', '--out-dir', out, '--jobs', '2', '--quiet'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  browser.context.on('request', (req) => requests.push(req.url()));
  browser.context.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  browser.context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

async function open(name: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(pageUrl(name));
  return page;
}

/** Items whose highlight is missing, doubled, or holds other text than its span's. */
async function wrongHighlights(page: Page, doc: PolicyDocument): Promise<string[]> {
  const items = marksOf(doc).map((m) => ({ id: m.id, want: doc.source.text!.slice(m.span[0], m.span[1]) }));
  return page.evaluate((list) => {
    const wrong: string[] = [];
    for (const { id, want } of list) {
      const found = document.querySelectorAll(`mark[data-id="${CSS.escape(id)}"]`);
      if (found.length !== 1) wrong.push(`${id}: ${found.length} highlights`);
      else if (found[0]!.textContent !== want) wrong.push(`${id}: holds ${JSON.stringify(found[0]!.textContent)}`);
    }
    return wrong;
  }, items);
}

/** Whether an element's first box lies inside the visible part of the text pane and of the window. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const r = el.getClientRects()[0]!;
    const pane = el.closest('.pane')!.getBoundingClientRect();
    const top = Math.max(0, pane.top);
    const bottom = Math.min(innerHeight, pane.bottom);
    return r.top >= top && r.bottom <= bottom && r.left >= 0 && r.right <= innerWidth;
  });
}

describe('the review page in Chromium', () => {
  it('loads from disk with no console error and no request beyond the page', async () => {
    const page = await open(SEED3);
    await page.waitForLoadState('load');
    expect(problems).toEqual([]);
    expect(requests).toEqual([pageUrl(SEED3)]);
    await page.close();
  });

  for (const name of [SEED3, SEED1, CROSSING]) {
    it(`${name}: every item has exactly one highlight, whose text is its span's`, async () => {
      const page = await open(name);
      expect(await wrongHighlights(page, docs[name]!)).toEqual([]);
      expect(await page.$eval('#source', (el) => el.textContent)).toBe(docs[name]!.source.text);
      await page.close();
    });
  }

  it('draws the layer of crossing items exactly over the text (corpus 012: i3 crosses i2)', async () => {
    const page = await open(CROSSING);
    const offsets = marksOf(docs[CROSSING]!).filter((m) => m.id === 'i3')[0]!.span;
    const drift = await page.evaluate(([start, end]) => {
      const over = document.querySelector('.layer.over mark[data-id="i3"]')!.getClientRects()[0]!;
      // The same characters in the first layer.
      const walk = document.createTreeWalker(document.getElementById('source')!, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let at = 0;
      for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
        if (at <= start && start < at + n.length) range.setStart(n, start - at);
        if (at < end && end <= at + n.length) range.setEnd(n, end - at);
        at += n.length;
      }
      const base = range.getClientRects()[0]!;
      return [Math.abs(over.left - base.left), Math.abs(over.top - base.top), Math.abs(over.height - base.height)];
    }, offsets);
    for (const d of drift) expect(d).toBeLessThan(0.5);
    await page.screenshot({ path: join(ARTIFACTS, 'review-012-crossing.png') });
    await page.close();
  });

  it('greys page furniture and the repeated copy of seed 001', async () => {
    const page = await open(SEED1);
    const colours = await page.evaluate(() => ({
      chrome: getComputedStyle(document.querySelector('#source .fu-chrome')!).color,
      repeat: getComputedStyle(document.querySelector('#source .fu-repeat')!).color,
      body: getComputedStyle(document.getElementById('source')!).color,
    }));
    expect(colours.chrome).toBe('rgb(139, 144, 151)');
    expect(colours.repeat).toBe('rgb(165, 170, 177)');
    expect(colours.body).toBe('rgb(31, 35, 40)');
    await page.close();
  });

  it('a click on a task row scrolls its highlight into view and flashes it; a click on a highlight selects its row', async () => {
    const page = await open(SEED3);
    expect(await inView(page, '#m-t50')).toBe(false);
    const row = page.locator('tr[data-row="t50"] td.id');
    await row.scrollIntoViewIfNeeded();
    await row.click();
    expect(await inView(page, '#m-t50')).toBe(true);
    expect(await page.getAttribute('#m-t50', 'class')).toContain('flash');
    expect(await page.getAttribute('tr[data-row="t50"]', 'aria-selected')).toBe('true');

    const unit = docs[SEED3]!.responsibleUnits.find((u) => u.taskId === 't50')!;
    await page.click(`#m-${unit.id}`);
    expect(await page.getAttribute(`tr[data-row="${unit.id}"]`, 'class')).toContain('selected');
    expect(await page.getAttribute('tr[data-row="t50"]', 'aria-selected')).toBeNull();
    expect(await page.locator(`tr[data-row="${unit.id}"]`).isVisible()).toBe(true);
    await page.close();
  });

  it('filters by kind: unticked indicators lose their colour and their table', async () => {
    const page = await open(SEED3);
    const colour = () => page.$eval('mark.k-indicator', (el) => getComputedStyle(el).backgroundColor);
    expect(await colour()).toBe('rgba(219, 39, 119, 0.28)');
    await page.uncheck('input[data-kind="indicator"]');
    expect(await colour()).toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('details[data-kind-block="indicator"]').isVisible()).toBe(false);
    expect(await page.locator('details[data-kind-block="task"]').isVisible()).toBe(true);
    await page.check('input[data-kind="indicator"]');
    expect(await colour()).toBe('rgba(219, 39, 119, 0.28)');
    await page.close();
  });

  it('search keeps the rows that hold the words, marks them in the text, and Enter goes to the first', async () => {
    const page = await open(SEED3);
    const query = '社区社会组织';
    const text = docs[SEED3]!.source.text!;
    const occurrences = text.split(query).length - 1;
    await page.fill('#search', query);
    const rows = await page.$$eval('tr[data-row]', (trs) => trs.map((tr) => ({ hidden: (tr as HTMLElement).hidden, text: tr.textContent!.replace(/\s+/g, '') })));
    const shown = rows.filter((r) => !r.hidden);
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThan(rows.length / 4);
    expect(shown.every((r) => r.text.includes(query))).toBe(true);
    expect(rows.filter((r) => r.hidden).some((r) => r.text.includes(query))).toBe(false);
    expect(await page.textContent('#hits')).toBe(`${shown.length} rows · ${occurrences} in the text`);
    expect(await page.evaluate(() => CSS.highlights.get('search')?.size)).toBe(occurrences);
    await page.press('#search', 'Enter');
    const first = await page.evaluate((q) => {
      const pane = document.querySelector('.text-pane')!.getBoundingClientRect();
      const hits = [...(CSS.highlights.get('search') as unknown as Set<Range>)];
      const r = hits[0]!.getBoundingClientRect();
      return { inPane: r.top >= pane.top && r.bottom <= pane.bottom, text: hits[0]!.toString() === q };
    }, query);
    expect(first).toEqual({ inPane: true, text: true });
    await page.fill('#search', '');
    expect(await page.$$eval('tr[data-row][hidden]', (x) => x.length)).toBe(0);
    await page.close();
  });

  it('works in a narrow window: no sideways scrolling, a row still leads to its highlight', async () => {
    const page = await open(SEED3, { width: 400, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    const row = page.locator('tr[data-row="t30"] td.id');
    await row.scrollIntoViewIfNeeded();
    await row.click();
    expect(await inView(page, '#m-t30')).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'review-003-narrow.png') });
    await page.close();
  });

  it('prints the text and the tables without the toolbar', async () => {
    const page = await open(SEED3);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.$eval('.text-pane', (el) => getComputedStyle(el).overflowY)).toBe('visible');
    await page.close();
  });

  it('at 1280×800: the screenshot of seed 003 with task t30 (row 5 of its table) selected', async () => {
    const page = await open(SEED3);
    const row = page.locator('tr[data-row="t30"] td.id');
    await row.scrollIntoViewIfNeeded();
    await row.click();
    await page.waitForTimeout(1500); // the flash fades
    expect(await inView(page, '#m-t30')).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'review-003.png') });
    expect(existsSync(join(ARTIFACTS, 'review-003.png'))).toBe(true);
    await page.close();
  });

  it('index.html lists the three pages with their counts, and its links open them', async () => {
    const page = await browser.context.newPage();
    await page.goto(`file://${join(out, 'index.html')}`);
    const rows = await page.$$eval('tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows.map((r) => r.slice(2, 4))).toEqual([SEED3, SEED1, CROSSING].map((n) => [String(docs[n]!.sections.length), String(docs[n]!.tasks.length)]));
    await page.click(`a[href="${encodeURIComponent(`${SEED1}.html`)}"]`);
    expect(page.url()).toBe(pageUrl(SEED1));
    expect(await page.title()).toBe(docs[SEED1]!.meta.title);
    await page.close();
    expect(problems).toEqual([]);
    expect(requests.every((u) => u.startsWith(`file://${out}/`))).toBe(true);
  });
});
