import { test, expect, type Page } from '@playwright/test'
import { expectNoAxeViolations, openSignedIn as signIn } from './support'

// The demo ward seeds fees and last year's ratings for the first cell (DemoFees), whose secretary this is.
const SECRETARY = {
  user: process.env.E2E_SECRETARY_USER || 'bithu.cb01',
  password: process.env.E2E_SECRETARY_PASSWORD || 'demo',
}
const openSignedIn = (page: Page, path: string) => signIn(page, path, SECRETARY)

test('a secretary sees the fee ledger with its warnings and records this month’s payment', async ({ page }) => {
  await openSignedIn(page, '/fees')
  const rows = page.getByTestId('fees-row')
  await expect(rows.first()).toBeVisible()
  await expect(page.getByTestId('fees-behind')).toBeVisible()
  await expectNoAxeViolations(page, 'fees')

  const unpaid = rows.filter({ has: page.getByTestId('fees-record') }).first()
  const name = (await unpaid.locator('th').first().innerText()).split('\n')[0]!.trim()
  await unpaid.getByTestId('fees-record').click()
  await expect(page.getByTestId('fee-amount')).toBeVisible()
  await expectNoAxeViolations(page, 'payment dialog')
  await page.getByTestId('fees-save').click()
  const row = page.getByTestId('fees-row').filter({ hasText: name }).first()
  await expect(row.getByTestId('fees-correct')).toBeVisible()
  await expect(row).toContainText('Đã nộp')
})

test('a secretary sees last year’s proposed ratings and their statistics', async ({ page }) => {
  await openSignedIn(page, '/ratings')
  await expect(page.getByTestId('ratings-row').first()).toBeVisible()
  await expect(page.getByTestId('ratings-stats')).toBeVisible()
  await expectNoAxeViolations(page, 'ratings')
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  for (const path of ['/fees', '/ratings']) {
    test(`${path} has no horizontal scroll at 360×740`, async ({ page }) => {
      await openSignedIn(page, path)
      await expect(page.getByTestId(path === '/fees' ? 'fees-row' : 'ratings-row').first()).toBeVisible()
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(scrollWidth).toBeLessThanOrEqual(360)
    })
  }
})
