import { readFile } from 'node:fs/promises';
import { test, expect } from '@playwright/test';
import {
  enterAsGuest,
  openPaymentsTab,
  openWhenSynced,
  shots,
} from './helpers';

/*
 * The demo portal's data goes through the real pipeline: demo git
 * repositories created on first start, read by the git source, judged by
 * the domain core, stored, and served by the backend.
 */
test('a service tab shows unapproved AI changes with evidence, and an exemption moves one', async ({
  page,
}) => {
  await openPaymentsTab(page);

  const table = page
    .getByRole('table')
    .filter({ hasText: 'Hotfix currency rounding' });
  await expect(page.getByText('AI-assisted changes').first()).toBeVisible();
  await expect(table).toBeVisible();
  // evidence of the direct push, and the reason in words
  await expect(page.getByText(/Pushed straight to main/).first()).toBeVisible();
  await expect(page.getByText(/Claude/).first()).toBeVisible();
  // its author, named by the catalog User the commit's e-mail belongs to
  const row = table.getByRole('row').filter({
    hasText: 'Hotfix currency rounding',
  });
  await expect(row.getByRole('link', { name: 'Bob Builder' })).toHaveAttribute(
    'href',
    '/catalog/default/user/bob',
  );
  await page.screenshot({
    path: `${shots}/entity-changes.png`,
    fullPage: true,
  });

  const exempt = page.getByRole('button', {
    name: 'Exempt change Hotfix currency rounding',
  });
  const remove = page.getByRole('button', {
    name: 'Remove exemption of change Hotfix currency rounding',
  });
  // a retried run starts from the exempted state of the first try
  if (await remove.isVisible()) {
    await remove.click();
  }
  await exempt.click();
  await page
    .getByLabel('Reason')
    .fill('Incident fix, reviewed in the postmortem');
  await page.getByRole('button', { name: 'Exempt', exact: true }).click();
  await expect(
    page.getByText('Incident fix, reviewed in the postmortem').first(),
  ).toBeVisible();
  await expect(exempt).toHaveCount(0);
  await expect(remove).toBeVisible();
  // who exempted it: the signed-in User, linked to their catalog page
  await expect(
    row.getByText(/^Exempted by .* on /).getByRole('link'),
  ).toHaveAttribute('href', /\/catalog\/[^/]+\/user\/guest$/);
  await page.screenshot({
    path: `${shots}/entity-exempted.png`,
    fullPage: true,
  });
});

test('the scorecard sorts by compliance, shows reviewer load and exports CSV', async ({
  page,
}) => {
  await enterAsGuest(page);
  await page.getByRole('link', { name: 'AI Approvals', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Scorecard', exact: true }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'By service' }).click();
  await expect(
    page.getByText(/Payments API|payments-api/).first(),
  ).toBeVisible();
  await expect(
    page.getByText(
      /^Since Monday \d+ \w+ \d{4} \(\d+ whole weeks and this week so far\)$/,
    ),
  ).toBeVisible();
  const sorted = page.waitForResponse(r =>
    r.url().includes('orderBy=compliance'),
  );
  await page.getByRole('columnheader', { name: 'Compliance' }).first().click();
  await sorted;
  await page.screenshot({
    path: `${shots}/scorecard-by-service.png`,
    fullPage: true,
  });

  await expect(page.getByText('Reviewer load').first()).toBeVisible();
  await expect(
    page.getByText(/Carol Shaw|carol@example.com/).first(),
  ).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^ai-approval-scorecard-since-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  await page.screenshot({
    path: `${shots}/scorecard-reviewers.png`,
    fullPage: true,
  });
});

test('the simulated GitHub service lists its open AI pull requests waiting for a senior', async ({
  page,
}) => {
  await enterAsGuest(page);
  const heading = page.getByRole('heading', {
    name: 'Waiting for a senior sign-off',
  });
  await openWhenSynced(
    page,
    '/catalog/default/component/checkout-web/ai-approval',
    'open AI-assisted pull request',
  );
  await expect(heading).toBeVisible();
  // generated open pull requests: at least one waits on a senior
  await expect(
    page.getByText('Waiting for a senior', { exact: true }).first(),
  ).toBeVisible();
  await expect(page.getByText(/ready since /).first()).toBeVisible();
  await expect(page.getByText(/\(senior\)/).first()).toBeVisible();
  await page.screenshot({
    path: `${shots}/entity-waiting-for-senior.png`,
    fullPage: true,
  });
});

test('one service counts the same window on its tab, its card, its scorecard row and the CSV', async ({
  page,
}) => {
  const summaryAnswer = page.waitForResponse(
    r => r.url().includes('/payments-api/summary') && r.ok(),
  );
  await openPaymentsTab(page);
  const summary = await (await summaryAnswer).json();
  const coverage = page.getByTestId('window-coverage');
  await expect(coverage).toHaveText(
    /^Since Monday \d+ \w{3} \d{4} \(\d+ whole weeks and this week so far\)$/,
  );
  const words = await coverage.textContent();
  await expect(
    page.getByRole('button', { name: 'Window Last 90 days' }),
  ).toBeVisible();

  // the overview card: the default window, in the same words
  await page.goto('/catalog/default/component/payments-api');
  await expect(page.getByTestId('window-coverage').first()).toHaveText(words!);

  // the scorecard row of the service, and its CSV row
  await page.getByRole('link', { name: 'AI Approvals', exact: true }).click();
  await page.getByRole('button', { name: 'By service' }).click();
  const rowAnswer = page.waitForResponse(
    r => r.url().includes('/scorecard') && r.url().includes('filter=payments'),
  );
  await page.getByRole('searchbox', { name: 'Filter' }).fill('payments-api');
  const card = await (await rowAnswer).json();
  const row = card.items.find(
    (i: any) => i.ref === 'component:default/payments-api',
  );
  expect(card.since).toBe(summary.since);
  expect(card.windowDays).toBe(summary.windowDays);
  const counts = (c: any) => [
    c.totalChanges,
    c.aiChanges,
    c.approved,
    c.exempt,
    c.unapproved,
  ];
  expect(counts(row)).toEqual(counts(summary));
  await expect(page.getByText(words!).first()).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await download;
  const csv = (await readFile((await file.path())!, 'utf8')).split('\r\n');
  expect(csv[0]).toBe(
    'Service,Entity ref,Compliance,AI-assisted,Unapproved,AI share,Waiting,Since',
  );
  const line = csv.find(l => l.includes(',component:default/payments-api,'));
  expect(line?.split(',').slice(3)).toEqual([
    String(summary.aiChanges),
    String(summary.unapproved),
    expect.any(String),
    String(summary.open.waiting),
    summary.since,
  ]);
});
