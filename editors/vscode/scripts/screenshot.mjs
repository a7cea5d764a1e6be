// Photographs VS Code (code-server) with DocLint's findings: opens the article, waits for the squiggles and the score
// lens, opens the Problems panel, hovers a finding, and saves a PNG. Called by screenshot.sh.
//   node screenshot.mjs <folder with puppeteer-core installed> <code-server URL> <output.png>
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [modules, url, output] = process.argv.slice(2);
const puppeteer = createRequire(join(modules, 'package.json'))('puppeteer-core');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--window-size=1280,800'],
  defaultViewport: { width: 1280, height: 800 },
});
const step = message => console.error(`screenshot: ${message}`);
const page = await browser.newPage();
try {
  await page.goto(url, { waitUntil: 'networkidle2', timeout: 120_000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
  step('workbench loaded');

  // Quick Open the article, as a writer would.
  await page.keyboard.down('Control');
  await page.keyboard.press('p');
  await page.keyboard.up('Control');
  await page.waitForSelector('.quick-input-widget input', { visible: true, timeout: 30_000 });
  await page.keyboard.type('opinion.md');
  await page.waitForSelector('.quick-input-list .monaco-list-row', { visible: true, timeout: 30_000 });
  await new Promise(resolve => setTimeout(resolve, 500));
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-editor .view-lines', { visible: true, timeout: 30_000 });
  step('opened the article');

  await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error', { timeout: 120_000 });
  step('squiggles shown');
  await page.waitForSelector('.monaco-editor .codelens-decoration', { timeout: 60_000 });
  step('score lens shown');

  // The Problems panel (View: Toggle Problems).
  await page.keyboard.down('Control');
  await page.keyboard.down('Shift');
  await page.keyboard.press('m');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Control');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30_000 });
  step('problems panel shown');

  // Hover a finding in the editor, so its message and the rule's "why" show.
  const squiggle = await page.$('.monaco-editor .squiggly-warning');
  const box = await squiggle.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector('.monaco-hover:not(.hidden)', { visible: true, timeout: 30_000 });
  await new Promise(resolve => setTimeout(resolve, 1000));
  step('hover shown');

  await page.screenshot({ path: output, type: 'png' });
  step(`saved ${output}`);
} catch (error) {
  // What the page showed when a step timed out says why far better than the selector does.
  await page.screenshot({ path: output.replace(/\.png$/, '.failed.png'), type: 'png' });
  throw error;
} finally {
  await browser.close();
}
