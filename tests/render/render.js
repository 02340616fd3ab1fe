#!/usr/bin/env node
// Renders every card sample (*.json in a directory) with Microsoft's adaptivecards renderer in headless
// Debian Chromium. Fails when the renderer reports a parse or validation event, when a card renders
// nothing or overflows, or when one of the card's texts is not visible. Writes a PNG per card and prints a
// JSON report on stdout (human notes go to stderr).
//
// usage: node render.js SAMPLES_DIR [--out SCREENSHOT_DIR] [--chromium PATH]
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { chromium } = require('playwright-core');

// Flags that work for Debian's chromium on our machines (see shared/clients/README.md).
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function parseArgs(argv) {
  const options = { samples: null, out: path.join(__dirname, 'test-output'), chromium: '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') options.out = argv[++i];
    else if (argv[i] === '--chromium') options.chromium = argv[++i];
    else if (!options.samples) options.samples = argv[i];
    else throw new Error(`unexpected argument: ${argv[i]}`);
  }
  if (!options.samples) throw new Error('usage: node render.js SAMPLES_DIR [--out SCREENSHOT_DIR] [--chromium PATH]');
  return options;
}

// Teams' charts (Chart.*) are Teams-only elements this renderer does not know. A card gives a chart fallback
// "drop" and the same figures as text beside it (RoundChart), so here, as in any client without charts, the
// chart is dropped: its one "unknown element" event is expected and its title is not expected to show. A chart
// without that fallback still fails.
const isDroppedChart = (node) => typeof node.type === 'string' && node.type.startsWith('Chart.') && node.fallback === 'drop';

function droppedChartTypes(node, types = new Set()) {
  if (Array.isArray(node)) node.forEach((child) => droppedChartTypes(child, types));
  else if (node && typeof node === 'object') {
    if (isDroppedChart(node)) types.add(node.type);
    Object.values(node).forEach((child) => droppedChartTypes(child, types));
  }
  return types;
}

const isExpectedEvent = (event, dropped) =>
  event.phase === 'parse' && event.event === 'UnknownElementType' && dropped.has((/"([^"]+)"/.exec(event.message) || [])[1]);

// The texts a person must be able to read: the same rules as the C# tests' CardTree.Texts.
function expectedTexts(node, texts = []) {
  if (node && typeof node === 'object' && !Array.isArray(node) && isDroppedChart(node)) {
    return texts;
  }
  if (Array.isArray(node)) {
    node.forEach((child) => expectedTexts(child, texts));
  } else if (node && typeof node === 'object') {
    for (const key of ['text', 'title', 'label']) {
      if (typeof node[key] === 'string' && node[key].trim() && node.type !== 'AdaptiveCard') texts.push(node[key]);
    }
    for (const fact of node.facts || []) texts.push(fact.title, fact.value);
    for (const [key, child] of Object.entries(node)) {
      // Action data is free-form, and a fallback is only shown to clients that lack the primary action.
      if (key !== 'data' && key !== 'fallback') expectedTexts(child, texts);
    }
  }
  return texts;
}

const normalise = (text) => text.replace(/\s+/g, ' ').trim();

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const files = fs.readdirSync(options.samples).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`no *.json card samples in ${options.samples}`);
  if (!fs.existsSync(options.chromium)) throw new Error(`no browser at ${options.chromium}: apt-get install -y chromium`);
  fs.mkdirSync(options.out, { recursive: true });
  const hostConfig = JSON.parse(fs.readFileSync(path.join(__dirname, 'host-config.json'), 'utf8'));

  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'card-render-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.chromium,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 560, height: 800 },
    deviceScaleFactor: 1,
  });
  const report = { renderer: require('adaptivecards/package.json').version, samples: [] };
  try {
    // Everything is local: refuse any other request, so a test never depends on the network.
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    const page = context.pages()[0] || (await context.newPage());
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') pageErrors.push(`${message.type()}: ${message.text()}`);
    });
    await page.goto(pathToFileURL(path.join(__dirname, 'page.html')).href);
    await page.waitForFunction(() => typeof window.AdaptiveCards === 'object' && typeof window.renderSample === 'function');

    for (const file of files) {
      const name = path.basename(file, '.json');
      const card = JSON.parse(fs.readFileSync(path.join(options.samples, file), 'utf8'));
      pageErrors.length = 0;
      const result = await page.evaluate(([json, config]) => window.renderSample(json, config), [card, hostConfig]);
      const visible = normalise(result.text);
      const missing = [...new Set(expectedTexts(card).map(normalise))].filter((text) => !visible.includes(text));
      const screenshot = path.join(options.out, `${name}.png`);
      if (result.rendered) await page.locator('#host').screenshot({ path: screenshot });
      const problems = [
        ...result.events.filter((e) => !isExpectedEvent(e, droppedChartTypes(card))).map((e) => `${e.phase} ${e.event}: ${e.message}`),
        ...pageErrors,
        ...(result.rendered ? [] : ['the renderer returned no element']),
        ...(result.overflow ? ['the card is wider than its host'] : []),
        ...missing.map((text) => `not visible: ${text}`),
      ];
      report.samples.push({ name, ok: problems.length === 0, problems, visibleText: visible, screenshot });
      process.stderr.write(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}${problems.map((p) => `\n     ${p}`).join('')}\n`);
    }
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }

  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  const failed = report.samples.filter((s) => !s.ok).length;
  process.stderr.write(`${report.samples.length - failed} rendered, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => { process.stderr.write(`render.js: ${error.message}\n`); process.exitCode = 2; },
);
