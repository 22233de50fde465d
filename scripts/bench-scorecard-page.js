#!/usr/bin/env node
/*
 * Page-speed check of the org scorecard with 10,000 services, in the real
 * Chromium. The portal must be running (./scripts/start.sh). The backend's
 * scorecard answers are replaced by generated rows for 10,000 services (with
 * server-side paging, sorting and filtering, as the backend does), so this
 * measures the page, not the database: scripts/bench-api-latency.js measures
 * the backend's aggregates over the same size.
 *
 * Usage: node scripts/bench-scorecard-page.js [--services 10000] [--runs 5]
 */
const { chromium } = require('@playwright/test');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SERVICES = arg('services', 10000);
const RUNS = arg('runs', 5);
const BASE = process.env.PLAYWRIGHT_URL ?? 'http://localhost:3000';

/** The window fields of an answer, as the backend gives them (windowRange). */
function WINDOW(days) {
  const now = new Date();
  const start = new Date(now.getTime() - days * 86_400_000);
  start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  const since = start.toISOString().slice(0, 10);
  return { windowDays: days, since, until: now.toISOString() };
}

function generateRows(n) {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => {
    const total = 20 + Math.floor(rand() * 200);
    const ai = Math.floor(total * rand() * 0.6);
    const approved = Math.floor(ai * rand());
    const exempt = Math.floor((ai - approved) * rand() * 0.2);
    return {
      ref: `component:default/service-${String(i).padStart(5, '0')}`,
      entityCount: 1,
      totalChanges: total,
      aiChanges: ai,
      approved,
      exempt,
      unapproved: ai - approved - exempt,
      compliance: ai ? (approved + exempt) / ai : null,
      aiShare: total ? ai / total : null,
      trend: Array.from({ length: 13 }, () => (rand() < 0.1 ? null : rand())),
    };
  });
}

function answer(rows, url) {
  const q = new URL(url).searchParams;
  const filter = (q.get('filter') ?? '').toLowerCase();
  const orderBy = q.get('orderBy') ?? 'ref';
  const dir = q.get('order') === 'desc' ? -1 : 1;
  const selected = rows
    .filter(r => r.ref.includes(filter))
    .sort((a, b) => {
      const x = a[orderBy] ?? -Infinity;
      const y = b[orderBy] ?? -Infinity;
      return (x < y ? -1 : x > y ? 1 : 0) * dir;
    });
  const offset = Number(q.get('offset') ?? 0);
  const limit = Number(q.get('limit') ?? 20);
  return {
    groupBy: q.get('groupBy') ?? 'owner',
    ...WINDOW(Number(q.get('days') ?? 90)),
    totalCount: selected.length,
    items: selected.slice(offset, offset + limit),
  };
}

const median = v => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

async function main() {
  const rows = generateRows(SERVICES);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  await page.route('**/api/ai-approval/scorecard**', route =>
    route.fulfill({ json: answer(rows, route.request().url()) }),
  );
  await page.goto(BASE);
  await page.getByRole('button', { name: 'Enter' }).click();
  await page.getByRole('link', { name: 'AI Approvals', exact: true }).waitFor();

  const loads = [];
  const sorts = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = Date.now();
    await page.goto(`${BASE}/ai-approval`);
    await page.getByText('service-00000').first().waitFor({ timeout: 60_000 });
    loads.push(Date.now() - t0);
    await page.getByRole('button', { name: 'By service' }).click();
    await page.getByText('service-00000').first().waitFor();
    const t1 = Date.now();
    const sortRequest = page.waitForRequest(r =>
      r.url().includes('orderBy=compliance'),
    );
    await page
      .getByRole('columnheader', { name: 'Compliance' })
      .first()
      .click();
    await sortRequest;
    await page.locator('tbody tr').first().waitFor();
    sorts.push(Date.now() - t1);
  }
  await browser.close();
  console.log(`scorecard page, ${SERVICES} services, ${RUNS} runs`);
  console.log(
    `navigation to usable table: median ${median(loads)} ms, max ${Math.max(
      ...loads,
    )} ms`,
  );
  console.log(
    `sort by compliance until rows shown: median ${median(
      sorts,
    )} ms, max ${Math.max(...sorts)} ms`,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
