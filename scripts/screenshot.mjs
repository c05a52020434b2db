// Writes docs/images/review-003.png, the README's picture of the review page: seed 003's page
// as the CLI writes it, at 1280×800 in Debian's Chromium, with task t30 (row 5 of its task
// table) clicked. Run `npm run screenshot` after a change to the page.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const target = join(root, 'docs/images/review-003.png');
const work = mkdtempSync(join(tmpdir(), 'policy-extract-screenshot-'));
const page = join(work, 'review.html');
writeFileSync(page, execFileSync(process.execPath, ['bin/policy-extract.js', 'fixtures/seeds/003_ba5c26d6e984a451.txt', '--format', 'html'], { cwd: root }));
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args,
  viewport: { width: 1280, height: 800 },
});
try {
  const tab = await context.newPage();
  await tab.goto(`file://${page}`);
  const row = tab.locator('tr[data-row="t30"] td.id');
  await row.scrollIntoViewIfNeeded();
  await row.click();
  await tab.waitForTimeout(1500); // the flash fades
  mkdirSync(join(root, 'docs/images'), { recursive: true });
  await tab.screenshot({ path: target });
  console.log(`wrote ${target}`);
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
