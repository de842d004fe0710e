import { test, expect, type Page } from '@playwright/test'
import { expectNoAxeViolations, openSignedIn } from './support'

// Cell 1's secretary and one of its members (README's demo accounts), each on their own phone.
const SECRETARY = {
  user: process.env.E2E_SECRETARY_USER || 'bithu.cb01',
  password: process.env.E2E_SECRETARY_PASSWORD || 'demo',
}
const MEMBER = {
  user: process.env.E2E_MEMBER_USER || 'dangvien.01',
  password: process.env.E2E_MEMBER_PASSWORD || 'demo',
  name: process.env.E2E_MEMBER_NAME || 'Nguyễn Thị Đào',
}

async function noHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(360)
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('a secretary sends a notice to the cell, a member reads it, the secretary sees the receipt', async ({ page, browser }) => {
    await openSignedIn(page, '/notices/new', SECRETARY)
    await expect(page.getByTestId('notice-form')).toBeVisible()
    const title = `Họp chi bộ bất thường ${Date.now()}`
    await page.getByTestId('notice-title-input').fill(title)
    await page.getByTestId('notice-body-input').fill('Kính gửi các đồng chí,\n\nChi bộ họp lúc 19 giờ 30 thứ Sáu.\nĐề nghị tham dự đầy đủ.')
    await page.getByTestId('notice-important').check()
    const boxes = page.getByTestId('notice-cells').locator('input[type="checkbox"]')
    await expect(boxes.first()).toBeVisible()
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check()
    await expectNoAxeViolations(page, 'notice compose')
    await noHorizontalScroll(page)
    await page.getByTestId('notice-send').click()

    await expect(page.getByTestId('notice-title')).toHaveText(title)
    await expect(page.getByTestId('receipts-count')).toContainText('Đã đọc 0/')
    const noticeUrl = page.url()

    // The member, on their own phone: the home page lists it as unread; opening it is the receipt.
    const memberContext = await browser.newContext({ viewport: { width: 360, height: 740 } })
    const phone = await memberContext.newPage()
    await openSignedIn(phone, '/', MEMBER)
    const unread = phone.getByTestId('unread-notices')
    await expect(unread.getByRole('link', { name: title })).toBeVisible()
    await expectNoAxeViolations(phone, 'handbook home with unread notices')
    await noHorizontalScroll(phone)
    await unread.getByRole('link', { name: title }).click()
    await expect(phone.getByTestId('notice-title')).toHaveText(title)
    await expect(phone.getByTestId('notice-body')).toContainText('Đề nghị tham dự đầy đủ.')
    await expect(phone.getByTestId('notice-read-at')).toBeVisible()
    await expect(phone.getByTestId('receipts')).toHaveCount(0)
    await expectNoAxeViolations(phone, 'notice reading')
    await noHorizontalScroll(phone)
    await phone.goto('/notices')
    await expect(phone.getByTestId('my-notice').filter({ hasText: title })).not.toHaveClass(/is-unread/)
    await memberContext.close()

    // Back on the secretary's phone: the receipt is there, with the member's name.
    await page.goto(noticeUrl)
    await expect(page.getByTestId('receipts-count')).toContainText('Đã đọc 1/')
    await expect(page.getByTestId('receipts-read')).toContainText(MEMBER.name)
    await expect(page.getByTestId('receipts-unread')).not.toContainText(MEMBER.name)
    await expectNoAxeViolations(page, 'notice receipts')
    await noHorizontalScroll(page)
    await page.goto('/notices')
    await expect(page.getByTestId('sent-notice').filter({ hasText: title })).toContainText('Đã đọc 1/')
  })
})
