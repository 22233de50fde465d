import { expect, Page } from '@playwright/test';
import type { Result } from 'axe-core';

/** Where screenshots go, relative to the repo root; git-ignored. */
export const shots = 'e2e-screenshots';

/** Signs in with the guest provider and waits for the sidebar. */
export async function enterAsGuest(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  await expect(
    page.getByRole('link', { name: 'AI Approvals', exact: true }),
  ).toBeVisible();
}

/** The first sync may run before the catalog has read the examples. */
export async function openWhenSynced(page: Page, path: string, text: string) {
  for (let attempt = 0; attempt < 12; attempt++) {
    await page.goto(path);
    try {
      await expect(page.getByText(text).first()).toBeVisible({
        timeout: 10_000,
      });
      return;
    } catch {
      // not synced yet: the task runs again within seconds
    }
  }
  await expect(page.getByText(text).first()).toBeVisible();
}

/**
 * Signs in and opens the demo's Payments API tab once the first sync has
 * stored its changes.
 */
export async function openPaymentsTab(page: Page) {
  await enterAsGuest(page);
  await openWhenSynced(
    page,
    '/catalog/default/component/payments-api/ai-approval',
    'Hotfix currency rounding',
  );
}

/**
 * The WCAG 2.0 and 2.1 A and AA violations axe-core finds on the whole page
 * (the plugin's content and the app around it), one line each: rule,
 * impact, element and what fails.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations: Result[] = await page.evaluate(async () => {
    const axe = (window as any).axe;
    const results = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
    });
    return results.violations;
  });
  return violations.flatMap(v =>
    v.nodes.map(
      n =>
        `${v.id} (${v.impact}): ${n.target.join(' ')} - ${
          n.failureSummary?.split('\n')[1] ?? ''
        }`,
    ),
  );
}
