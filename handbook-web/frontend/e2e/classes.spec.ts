import { test, expect, type Page } from '@playwright/test'
import { expectNoAxeViolations, openSignedIn } from './support'

// Cell 1's secretary (README's demo accounts).
const SECRETARY = {
  user: process.env.E2E_SECRETARY_USER || 'bithu.cb01',
  password: process.env.E2E_SECRETARY_PASSWORD || 'demo',
}

/** Today on the ward's wall clock, as the form takes it (dd/MM/yyyy). */
function wardToday(): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(new Date())
  const get = (type: string) => parts.find((p) => p.type === type)!.value
  return `${get('day')}/${get('month')}/${get('year')}`
}

async function noHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(360)
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('a secretary opens a digital-skills class, enrols a resident, marks attendance and sees completion', async ({ page }) => {
    await openSignedIn(page, '/classes', SECRETARY)
    await expect(page.getByTestId('class-list')).toBeAttached()
    await expect(page.getByTestId('class-card').first()).toBeVisible()
    await expectNoAxeViolations(page, 'classes page')
    await noHorizontalScroll(page)

    const title = `Kỹ năng số cho người cao tuổi ${Date.now()}`
    await page.getByTestId('classes-open').click()
    await page.getByTestId('class-title').fill(title)
    await page.getByTestId('class-skills').fill('Gọi video cho con cháu\nCài đặt VNeID')
    await page.getByTestId('class-instructor').fill('Phạm Quốc Việt')
    await expectNoAxeViolations(page, 'class form')
    await page.getByTestId('class-save').click()
    await expect(page.getByTestId('class-heading')).toHaveText(title)

    await page.getByTestId('session-add').click()
    await page.getByTestId('session-date').fill(wardToday())
    await page.getByTestId('session-topic').fill('Làm quen với điện thoại')
    await page.getByTestId('session-save').click()
    await expect(page.getByTestId('session-list')).toContainText('Làm quen với điện thoại')

    await page.getByTestId('learner-add').click()
    await page.getByTestId('resident-name').fill('Trịnh Thị Gấm')
    await page.getByTestId('resident-phone').fill('0123')
    await page.getByTestId('resident-neighbourhood').fill('Khu phố 3')
    await page.getByTestId('resident-save').click()
    await expect(page.locator('#resident-phone-error')).toContainText('Số điện thoại không đúng')
    await page.getByTestId('resident-phone').fill('0977 123 456')
    await page.getByTestId('resident-save').click()
    await expect(page.getByTestId('attendance-row').filter({ hasText: 'Trịnh Thị Gấm' })).toBeVisible()
    // The same phone written another way: refused with the reason.
    await page.getByTestId('resident-name').fill('Trịnh Thị Gấm')
    await page.getByTestId('resident-phone').fill('+84 977 123 456')
    await page.getByTestId('resident-save').click()
    await expect(page.getByRole('alert').filter({ hasText: 'đã có trong danh sách' }).first()).toBeVisible()

    const row = page.getByTestId('attendance-row').filter({ hasText: 'Trịnh Thị Gấm' })
    await row.locator('label.seg-PRESENT').click()
    await expect(row.getByTestId('learner-completed')).toHaveText('Hoàn thành')
    await expect(page.getByTestId('attendance-counts')).toContainText('Có mặt 1')
    await expectNoAxeViolations(page, 'class page')
    await noHorizontalScroll(page)

    await page.getByTestId('class-print-link').click()
    await expect(page.getByTestId('completion-row')).toHaveCount(1)
    await expect(page.getByTestId('completion-sheet')).toContainText('Trịnh Thị Gấm')
    await noHorizontalScroll(page)
  })
})
