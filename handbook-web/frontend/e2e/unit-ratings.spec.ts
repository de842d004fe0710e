import { test, expect } from '@playwright/test'
import { OFFICER, expectNoAxeViolations, openSignedIn } from './support'

// Cell 1's secretary (README's demo accounts) assesses the cell for this year on a phone; the officer decides.
const SECRETARY = {
  user: process.env.E2E_SECRETARY_USER || 'bithu.cb01',
  password: process.env.E2E_SECRETARY_PASSWORD || 'demo',
}

test('a secretary assesses the cell against the 4-good criteria on a phone; the officer decides', async ({ page, browser }) => {
  const phoneContext = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const phone = await phoneContext.newPage()
  await openSignedIn(phone, '/unit-ratings', SECRETARY)
  await expect(phone.getByTestId('unit-rating-criteria')).toContainText('Chất lượng sinh hoạt tốt')
  const row = phone.getByTestId('unit-rating-row').first()
  await expect(phone.getByTestId('unit-rating-row')).toHaveCount(1)
  const unitName = (await row.locator('th').innerText()).trim()
  await row.getByTestId('unit-rating-assess').click()
  const form = phone.getByTestId('unit-rating-form')
  for (const [i, p] of [25, 22, 20, 20].entries()) await form.getByTestId(`unit-rating-score-${i + 1}`).fill(String(p))
  await expect(form.getByTestId('unit-rating-total')).toContainText('87/100')
  await expectNoAxeViolations(phone, 'self-assessment form')
  await form.getByTestId('unit-rating-submit').click()
  await expect(row).toContainText('Chờ cấp ủy')
  await expect(row).toContainText('Hoàn thành tốt nhiệm vụ')
  await expectNoAxeViolations(phone, 'unit ratings page')
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await phoneContext.close()

  await openSignedIn(page, '/unit-ratings', OFFICER)
  const officerRow = page.getByTestId('unit-rating-row').filter({ has: page.getByRole('rowheader', { name: unitName, exact: true }) })
  await officerRow.getByTestId('unit-rating-decide').click()
  const decision = page.getByTestId('unit-rating-decision-form')
  await expect(decision).toContainText('87/100')
  await decision.getByTestId('unit-rating-decide-save').click()
  await expect(officerRow).toContainText('Đã quyết định')
  await expect(page.getByTestId('unit-rating-history')).toBeVisible()
  await expectNoAxeViolations(page, 'unit ratings page (officer)')
})
