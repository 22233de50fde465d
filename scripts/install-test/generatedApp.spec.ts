import { expect, Page, test } from '@playwright/test';

/*
 * The app create-app generated, with the packed plugins installed as the
 * README says: the service's tab shows its repository's changes, and the
 * scorecard opens from the sidebar.
 */

/** Opens a page; the generated app asks for the guest sign-in on each load. */
async function open(page: Page, path: string) {
  await page.goto(path);
  const enter = page.getByRole('button', { name: 'Enter' });
  const sidebar = page.getByRole('link', { name: 'AI Approvals', exact: true });
  await expect(enter.or(sidebar).first()).toBeVisible();
  if (await enter.isVisible()) {
    await enter.click();
  }
  await expect(sidebar).toBeVisible();
}

test('the installed plugins show the linked repository in a new app', async ({
  page,
}) => {
  // the first sync may run before the catalog has read the entity
  const change = page.getByText('Add retry budget to card payments').first();
  await expect(async () => {
    await open(page, '/catalog/default/component/payments/ai-approval');
    await expect(change).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 180_000 });
  await expect(page.getByText(/direct push/i).first()).toBeVisible();
  await page.screenshot({
    path: 'e2e-screenshots/install-entity-tab.png',
    fullPage: true,
  });

  await page.getByRole('link', { name: 'AI Approvals', exact: true }).click();
  await expect(page).toHaveURL(/\/ai-approval$/);
  // the fixture's catalog has no Group for the owner: list services
  await page.getByRole('button', { name: 'By service' }).click();
  await expect(
    page.getByRole('link', { name: 'payments' }).first(),
  ).toBeVisible();
  await page.screenshot({
    path: 'e2e-screenshots/install-scorecard.png',
    fullPage: true,
  });
});
