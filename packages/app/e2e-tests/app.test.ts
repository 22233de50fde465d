import { test, expect } from '@playwright/test';
import { enterAsGuest, shots } from './helpers';

test('a guest opens a service tab and the scorecard', async ({ page }) => {
  await enterAsGuest(page);

  await page.goto('/catalog/default/component/payments-api/ai-approval');
  await expect(page.getByText('Payments API').first()).toBeVisible();
  await expect(page.getByText('AI Approval', { exact: true })).toBeVisible();
  await expect(page.getByText('Window').first()).toBeVisible();
  await page.screenshot({ path: `${shots}/entity-tab.png`, fullPage: true });

  // the first sync read 90 days back: a longer window says so
  await page.getByRole('button', { name: 'Window' }).click();
  await page.getByRole('option', { name: 'Last 180 days' }).click();
  await expect(
    page.getByText(/The history read so far starts on/),
  ).toBeVisible();

  await page.getByRole('link', { name: 'AI Approvals', exact: true }).click();
  await expect(page).toHaveURL(/\/ai-approval$/);
  // the app's page layout draws the header; the page adds no second one
  await expect(
    page.getByRole('heading', { name: 'Scorecard', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'AI change approvals' }),
  ).toHaveCount(0);
  await expect(page.getByText('Compliance by team')).toBeVisible();
  await page.screenshot({ path: `${shots}/scorecard.png`, fullPage: true });
});

test('a service without repository annotation shows how to add one', async ({
  page,
}) => {
  await enterAsGuest(page);
  await page.goto('/catalog/default/component/docs-site');
  await expect(page.getByText('Docs site').first()).toBeVisible();
  await expect(page.getByText('Overview', { exact: true })).toBeVisible();
  await expect(page.getByText('AI Approval', { exact: true })).toHaveCount(0);
});
