#!/usr/bin/env node
// Opens an HTML report in headless Debian Chromium, like a reader would (file URL, no network), and prints
// JSON on stdout: console errors and page errors, axe-core's WCAG 2.x level A/AA violations, the visible
// text, and a full-page screenshot next to the report.
//
// usage: node report-check.js REPORT.html [--chromium PATH]
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { chromium } = require('playwright-core');

const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

async function main() {
  const args = process.argv.slice(2);
  const report = args[0];
  const executablePath = args.includes('--chromium') ? args[args.indexOf('--chromium') + 1] : '/usr/bin/chromium';
  if (!report || !fs.existsSync(report)) throw new Error('usage: node report-check.js REPORT.html [--chromium PATH]');
  if (!fs.existsSync(executablePath)) throw new Error(`no browser at ${executablePath}: apt-get install -y chromium`);

  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    const consoleErrors = [];
    const requests = [];
    page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(`${message.type()}: ${message.text()}`); });
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
    page.on('request', (request) => { if (!request.url().startsWith('file:')) requests.push(request.url()); });
    await page.goto(pathToFileURL(path.resolve(report)).href, { waitUntil: 'load' });

    // axe is injected after loading, as a test tool; the report itself has no script.
    await page.addScriptTag({ content: fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const axe = await page.evaluate(async () => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return {
        version: window.axe.version,
        passes: result.passes.length,
        violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })),
      };
    });
    const visibleText = await page.evaluate(() => document.body.innerText);
    const screenshot = report.replace(/\.html$/, '') + '-chromium.png';
    await page.screenshot({ path: screenshot, fullPage: true });
    process.stdout.write(JSON.stringify({ consoleErrors, requests, axe, visibleText, screenshot }));
  } finally {
    await browser.close();
  }
}

main().catch((error) => { process.stderr.write(String(error && error.stack || error) + '\n'); process.exit(1); });
