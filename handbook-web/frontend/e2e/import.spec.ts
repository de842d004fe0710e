import { test, expect } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { expectNoAxeViolations, OFFICER, openSignedIn } from './support'

// A sample written without POI (see api/src/test/resources/imports/make-samples.py): title rows above an
// unaccented header, a decomposed (NFD) name, a citizen ID typed as a number, and one impossible date.
const SAMPLE = fileURLToPath(new URL('../../../api/src/test/resources/imports/ds-dang-vien-mau.xlsx', import.meta.url))

test('officer previews a spreadsheet row by row, confirms it, and finds the new members', async ({ page }) => {
  await openSignedIn(page, '/imports', OFFICER)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhập hồ sơ từ Excel')

  await page.getByTestId('import-file').setInputFiles(SAMPLE)
  const cell = page.getByTestId('import-cell')
  const firstCell = await cell.locator('option').nth(1).getAttribute('value')
  await cell.selectOption(firstCell!)
  await page.getByTestId('import-upload').click()

  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('count-create')).toHaveText('2')
  await expect(page.getByTestId('count-rejected')).toHaveText('1')
  const rejected = page.getByTestId('import-rejected')
  await expect(rejected).toContainText('D7')
  await expect(rejected).toContainText('Ngày sinh')
  await expect(page.getByTestId('import-creates')).toContainText('Lê Thị Mẫu Nhập')
  await expectNoAxeViolations(page, 'import preview')

  await page.getByTestId('import-confirm').click()
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('import-done')).toContainText('2')

  await page.goto('/members?q=le%20thi%20mau%20nhap')
  await expect(page.getByTestId('member-row').filter({ hasText: 'Lê Thị Mẫu Nhập' })).toHaveCount(1)
})
