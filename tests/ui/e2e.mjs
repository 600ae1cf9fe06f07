#!/usr/bin/env node
// End-to-end browser test of the TraceGuard web UI against a running `traceguard serve`.
//
//   BASE_URL=http://127.0.0.1:8080/ API_KEY=... SBOM_FILE=examples/sboms/traceguard-host.cdx.json \
//     [SCREENSHOT_DIR=/tmp/shots] [CHROMIUM=/usr/bin/chromium] [PARSER_PLUGIN=cyclonedx] node tests/ui/e2e.mjs
//
// Drives Debian's Chromium with playwright-core, finds elements only by data-testid, prints each
// step, exits 0 when every step passed, 1 when one failed, 2 on bad usage.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const env = process.env;
const missing = ['BASE_URL', 'API_KEY', 'SBOM_FILE'].filter(k => !env[k]);
if (missing.length) {
  console.error(`usage: BASE_URL=http://host:port/ API_KEY=key SBOM_FILE=path node e2e.mjs\nmissing: ${missing.join(', ')}`);
  process.exit(2);
}
const BASE_URL = env.BASE_URL.replace(/\/*$/, '/');
const SBOM_FILE = resolve(env.SBOM_FILE);
if (!existsSync(SBOM_FILE) || !statSync(SBOM_FILE).isFile()) {
  console.error(`SBOM_FILE ${SBOM_FILE} is not a readable file`);
  process.exit(2);
}
const SHOTS = env.SCREENSHOT_DIR || '';
const TIMEOUT = Number(env.E2E_TIMEOUT_MS) || 20000;
const CHROMIUM = env.CHROMIUM || '/usr/bin/chromium';
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

const tid = id => `[data-testid="${id}"]`;
let stepNo = 0, passed = 0, current = '';
const pageErrors = [];

async function step(name, fn) {
  current = `${++stepNo}. ${name}`;
  const t0 = Date.now();
  console.log(`[e2e] ${current}`);
  const out = await fn();
  console.log(`[e2e]    ok (${Date.now() - t0} ms)`);
  passed++;
  return out;
}
function check(cond, message) {
  if (!cond) throw new Error(message);
}
async function shot(page, name) {
  if (!SHOTS || !page) return;
  const file = join(SHOTS, name);
  await page.screenshot({ path: file, fullPage: true }).then(() => console.log(`[e2e]    screenshot ${file}`),
    e => console.log(`[e2e]    screenshot failed: ${e.message}`));
}
// The visible API error banner, if any, so a failure says what the server answered.
async function banner(page) {
  const el = page.locator(tid('error'));
  return (await el.isVisible().catch(() => false)) ? (await el.innerText()).trim() : '';
}
async function goto(page, nav, hash) {
  await page.click(tid(nav));
  await page.waitForFunction(h => location.hash.startsWith(h), hash);
}
async function gasNumbers(page) {
  await goto(page, 'nav-gas', '#/gas');
  const total = page.locator(tid('gas-total'));
  await total.waitFor({ state: 'visible' });
  const value = Number(await total.getAttribute('data-value'));
  check(Number.isFinite(value), `gas-total has no numeric data-value (${await total.getAttribute('data-value')})`);
  const bars = await page.locator(tid('gas-bar-plugin')).evaluateAll(els =>
    els.map(e => ({ plugin: e.dataset.plugin, kind: e.dataset.kind, value: Number(e.dataset.value) })));
  const remaining = await page.locator(tid('budget-remaining')).getAttribute('data-value');
  return { total: value, bars, remaining: Number(remaining) };
}

let browser, page;
const watchdog = setTimeout(() => { console.error('[e2e] FAIL: overall time limit (180 s) reached'); process.exit(1); }, 180000);
watchdog.unref();
try {
  await step(`launch ${CHROMIUM}`, async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', e => { pageErrors.push(e.message); console.log(`[e2e]    page error: ${e.message}`); });
    page.on('console', m => { if (m.type() === 'error') console.log(`[e2e]    console: ${m.text()}`); });
  });

  await step(`open ${BASE_URL}: the sign-in form is shown`, async () => {
    const res = await page.goto(BASE_URL);
    check(res && res.ok(), `GET ${BASE_URL} answered ${res && res.status()}`);
    await page.locator(tid('login-key')).waitFor({ state: 'visible' });
    check(!(await page.locator(tid('nav-gas')).isVisible()), 'navigation is visible before signing in');
  });

  await step('a wrong API key is rejected at sign-in', async () => {
    await page.fill(tid('login-key'), `${env.API_KEY}-wrong-e2e`);
    await page.click(tid('login-submit'));
    await page.locator(tid('error')).waitFor({ state: 'visible' });
    const text = await banner(page);
    check(/not accepted|401/i.test(text), `the error does not say the key was rejected: "${text}"`);
    check(await page.locator(tid('login-key')).isVisible(), 'the sign-in form went away after a wrong key');
    check(!(await page.locator(tid('nav-gas')).isVisible()), 'navigation is visible after a wrong key');
    check(!(await page.evaluate(() => sessionStorage.getItem('traceguard.key'))), 'a wrong key was stored');
    console.log(`[e2e]    error shown: ${text}`);
  });

  await step('sign in with API_KEY', async () => {
    await page.fill(tid('login-key'), env.API_KEY);
    await page.click(tid('login-submit'));
    await Promise.race([page.locator(tid('nav-sboms')).waitFor({ state: 'visible' }), page.locator(tid('error')).waitFor({ state: 'visible' })]);
    check(!(await page.locator(tid('error')).isVisible()), `signing in with API_KEY failed: ${await banner(page)}`);
    console.log(`[e2e]    ${await page.locator(tid('tenant')).innerText()}`);
  });

  const before = await step('read the gas total from the dashboard', async () => {
    const g = await gasNumbers(page);
    console.log(`[e2e]    gas total ${g.total}, budget remaining ${g.remaining}, plugins: ${g.bars.map(b => `${b.plugin}=${b.value}`).join(' ') || 'none'}`);
    return g;
  });

  const up = await step(`upload ${basename(SBOM_FILE)}`, async () => {
    await goto(page, 'nav-upload', '#/upload');
    await page.setInputFiles(tid('upload-file'), SBOM_FILE);
    await page.click(tid('upload-submit'));
    const result = page.locator(`${tid('upload-result')}[data-state="ok"]`);
    await Promise.race([result.waitFor({ state: 'visible' }), page.locator(tid('error')).waitFor({ state: 'visible' })]);
    check(await result.isVisible(), `the upload failed: ${await banner(page)}`);
    const d = await result.evaluate(e => ({ ...e.dataset }));
    const r = { id: d.sbomId, format: d.format, components: Number(d.components), gasUsed: Number(d.gasUsed) };
    check(/^[0-9a-f]{64}$/.test(r.id), `upload result has no 64-hex SBOM id: ${r.id}`);
    check(Number.isInteger(r.components) && r.components >= 0, `upload result has no component count: ${d.components}`);
    check(r.gasUsed > 0, `upload reported gas_used ${d.gasUsed}, expected > 0`);
    console.log(`[e2e]    sbom ${r.id}, ${r.components} components, gas used ${r.gasUsed}, format ${r.format}${d.duplicate === 'true' ? ' (duplicate)' : ''}`);
    return r;
  });

  await step('open the new SBOM: its component rows appear', async () => {
    await page.click(tid('upload-open'));
    await page.locator(`${tid('sbom-detail')}[data-id="${up.id}"]`).waitFor({ state: 'visible' });
    const totalEl = page.locator(tid('component-total'));
    await totalEl.waitFor({ state: 'visible' });
    const total = Number(await totalEl.getAttribute('data-total'));
    const pageSize = Number(await totalEl.getAttribute('data-page-size'));
    check(total === up.components, `the SBOM page says ${total} components, the upload said ${up.components}`);
    const want = Math.min(up.components, pageSize);
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length === n, [tid('component-row'), want])
      .catch(async () => { throw new Error(`expected ${want} component rows, found ${await page.locator(tid('component-row')).count()}`); });
    console.log(`[e2e]    ${want} component rows shown (total ${total}, page size ${pageSize})`);
    await shot(page, 'e2e-sbom.png');
  });

  await step('the SBOM list has the new SBOM', async () => {
    await goto(page, 'nav-sboms', '#/sboms');
    await page.locator(`${tid('sbom-row')}[data-id="${up.id}"]`).waitFor({ state: 'visible' });
  });

  await step('the gas dashboard shows the upload', async () => {
    const after = await gasNumbers(page);
    const delta = after.total - before.total;
    console.log(`[e2e]    gas total ${before.total} -> ${after.total} (+${delta}; the upload used ${up.gasUsed})`);
    check(after.total > before.total, `gas total did not increase: ${before.total} -> ${after.total}`);
    check(delta >= up.gasUsed, `gas total rose by ${delta}, less than the upload's gas_used ${up.gasUsed}`);
    const name = env.PARSER_PLUGIN || up.format;
    const bar = after.bars.find(b => b.plugin === name);
    check(bar, `no bar for parser plugin "${name}" in the per-plugin chart (bars: ${after.bars.map(b => b.plugin).join(', ') || 'none'})`);
    check(bar.kind === 'sbom-parser', `plugin "${name}" has kind "${bar.kind}", expected sbom-parser`);
    const old = before.bars.find(b => b.plugin === name);
    check(bar.value > (old ? old.value : 0), `the "${name}" bar did not grow: ${old ? old.value : 0} -> ${bar.value}`);
    check(await page.locator(tid('gas-bar-day')).count() > 0, 'the per-day chart has no bars');
    check(after.remaining <= before.remaining || !Number.isFinite(before.remaining), `budget remaining rose: ${before.remaining} -> ${after.remaining}`);
    console.log(`[e2e]    bar ${name} (${bar.kind}) ${old ? old.value : 0} -> ${bar.value}; budget remaining ${after.remaining}`);
    await shot(page, 'e2e-final.png');
  });

  await step("the billing card shows this month's invoice", async () => {
    await goto(page, 'nav-gas', '#/gas');
    await page.locator(`${tid('billing-total')}, ${tid('billing-error')}`).first().waitFor({ state: 'visible' });
    const card = page.locator(tid('billing'));
    const text = (await card.innerText()).trim();
    check(await page.locator(tid('billing-total')).count() === 1, `the billing card shows no invoice: ${text}`);
    const raw = await page.locator(tid('billing-total')).getAttribute('data-value');
    const total = Number(raw);
    check(/^\d+$/.test(raw || '') && Number.isInteger(total) && total >= 0, `billing-total has no integer data-value ≥ 0 (${raw})`);
    if (env.EXPECT_PLAN) {
      check(text.includes(env.EXPECT_PLAN), `the billing card does not name plan "${env.EXPECT_PLAN}": ${text}`);
      check(total > 0, `the month's total is ${total} under plan "${env.EXPECT_PLAN}", expected > 0`);
    }
    check(await page.locator(`svg${tid('billing-burndown')}`).count() === 1, 'the billing card has no burn-down chart');
    const downloads = await page.locator('[data-testid^="invoice-download-"]').count();
    check(downloads === 4, `expected 4 invoice download buttons, found ${downloads}`);
    console.log(`[e2e]    total ${total} micro-units; ${text.split('\n').map(l => l.trim()).filter(Boolean).slice(1, 4).join(' | ')}`);
    await shot(page, 'e2e-billing.png');
  });

  await step('the HTML invoice renders with its charts', async () => {
    const url = new URL('v1/invoices/current?format=html', BASE_URL).href;
    const res = await page.evaluate(async ([u, key]) => {
      const r = await fetch(u, { headers: { Authorization: `Bearer ${key}` } });
      return { status: r.status, type: r.headers.get('Content-Type') || '', html: await r.text() };
    }, [url, env.API_KEY]);
    check(res.status === 200, `GET ${url} answered ${res.status}: ${res.html.slice(0, 300)}`);
    check(res.type.startsWith('text/html'), `the HTML invoice has Content-Type "${res.type}"`);
    check(!/<script/i.test(res.html), 'the HTML invoice contains <script');
    const doc = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    doc.setDefaultTimeout(TIMEOUT);
    try {
      await doc.setContent(res.html);
      await shot(doc, 'e2e-invoice.png');
      const count = sel => doc.locator(sel).count();
      const gas = await count('svg#chart-gas-per-day rect'), cost = await count('svg#chart-cost-per-day rect');
      check(gas > 0 && gas === cost && gas >= 28 && gas <= 31, `expected one bar per day of the month in both per-day charts, found gas ${gas}, cost ${cost}`);
      check(await count('svg#chart-burn-down polyline') > 0, 'the HTML invoice has no burn-down line');
      check(await count('svg#chart-plugins') === 1, 'the HTML invoice has no per-plugin chart');
      check(await count('script') === 0, 'the HTML invoice has a <script> element');
      const title = await doc.title();
      check(title.trim() !== '', 'the HTML invoice has no title');
      console.log(`[e2e]    "${title}": ${gas} days, ${res.html.length} bytes`);
    } finally {
      await doc.close();
    }
  });

  // An SBOM that standard validation keeps with diagnostics: the Diagnostics tab lists them with
  // their rules, and a rule links to that rule's diagnostics alone.
  if (env.DIAG_SBOM_FILE) await step('diagnostics name their rules; a rule filters the list', async () => {
    await goto(page, 'nav-upload', '#/upload');
    await page.setInputFiles(tid('upload-file'), resolve(env.DIAG_SBOM_FILE));
    await page.click(tid('upload-submit'));
    const result = page.locator(`${tid('upload-result')}[data-state="ok"]`);
    await Promise.race([result.waitFor({ state: 'visible' }), page.locator(tid('error')).waitFor({ state: 'visible' })]);
    check(await result.isVisible(), `the upload failed: ${await banner(page)}`);
    await page.click(tid('upload-open'));
    await page.click(tid('tab-diagnostics'));
    await page.locator(tid('diagnostic-row')).first().waitFor({ state: 'visible' });
    const all = Number(await page.locator(tid('diagnostic-total')).getAttribute('data-total'));
    const rules = await page.locator(tid('diagnostic-rule')).allInnerTexts();
    check(rules.length > 0 && rules.every(r => /^[a-z0-9-]+\/[a-z0-9-]+$/.test(r.trim())), `rules shown: ${rules.join(', ')}`);
    const rule = rules[0].trim();
    await page.locator(tid('diagnostic-rule')).first().click();
    await page.locator(tid('diag-rule-filter')).waitFor({ state: 'visible' });
    await page.waitForFunction(sel => document.querySelector(sel) && document.querySelector(sel).dataset.total !== undefined, tid('diagnostic-total'));
    const shown = (await page.locator(tid('diagnostic-rule')).allInnerTexts()).map(r => r.trim());
    const filtered = Number(await page.locator(tid('diagnostic-total')).getAttribute('data-total'));
    check(shown.length > 0 && shown.every(r => r === rule), `filtered by ${rule}, shown: ${shown.join(', ')}`);
    check(filtered > 0 && filtered <= all, `filtered total ${filtered} of ${all}`);
    console.log(`[e2e]    ${all} diagnostics; rule ${rule}: ${filtered}`);
    await shot(page, 'e2e-diagnostics.png');
  });

  await step('sign out returns to the sign-in form', async () => {
    await page.click(tid('signout'));
    await page.locator(tid('login-key')).waitFor({ state: 'visible' });
    check(!(await page.evaluate(() => sessionStorage.getItem('traceguard.key'))), 'the key is still stored after signing out');
  });

  check(pageErrors.length === 0, `uncaught errors in the page: ${pageErrors.join(' | ')}`);
  console.log(`[e2e] PASS: all ${passed} steps`);
  console.log(`e2e: ${passed} passed, 0 failed`);
  await browser.close();
  process.exit(0);
} catch (e) {
  console.error(`[e2e] FAIL at step ${current}: ${e.message.split('\n')[0]}`);
  const b = page && (await banner(page).catch(() => ''));
  if (b) console.error(`[e2e]    the page shows the error: ${b}`);
  if (page) console.error(`[e2e]    page URL: ${page.url()}`);
  await shot(page, 'e2e-failure.png');
  console.log(`e2e: ${passed} passed, 1 failed`);
  await browser?.close().catch(() => {});
  process.exit(1);
}
