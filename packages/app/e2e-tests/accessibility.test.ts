import { test, expect, Page } from '@playwright/test';
import { accessibilityViolations, openPaymentsTab } from './helpers';

async function expectAccessible(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

test('the service tab, the team tab and the scorecard meet WCAG 2.1 AA as axe checks it', async ({
  page,
}) => {
  await openPaymentsTab(page);
  await expectAccessible(page);

  await page.goto('/catalog/default/group/payments/ai-approval');
  await expect(
    page.getByText("Reviewer load of the team's members"),
  ).toBeVisible();
  await expect(page.getByText('Payments API').first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'AI Approvals', exact: true }).click();
  await expect(page.getByText('Compliance by team')).toBeVisible();
  // loaded: the table's rows and the reviewers' names are there
  await expect(page.getByText('Payments team').first()).toBeVisible();
  await expect(page.getByText('Carol Shaw').first()).toBeVisible();
  await expectAccessible(page);
});
