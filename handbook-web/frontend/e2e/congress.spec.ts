import { test, expect, type Page } from '@playwright/test'
import { OFFICER, expectNoAxeViolations, openSignedIn } from './support'

// The demo delegate: an official delegate of the demo congress, on its secretariat (README's demo accounts).
const DELEGATE = {
  user: process.env.E2E_DELEGATE_USER || 'daibieu.01',
  password: process.env.E2E_DELEGATE_PASSWORD || 'demo',
}
const DEMO_CONGRESS = /Đại hội đại biểu Đảng bộ phường .* lần thứ I, nhiệm kỳ 2025-2030/

/** A 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

async function noHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(360)
}

test('the organising board prepares a congress: creates it, draws the hall, adds delegates from dossiers and seats one', async ({ page }) => {
  await openSignedIn(page, '/congresses', OFFICER)
  await expect(page.getByTestId('congress-list')).toBeAttached()
  await page.getByTestId('congress-create').click()
  const name = `Đại hội Chi bộ thử nghiệm ${Date.now()}`
  await page.getByTestId('cf-name').fill(name)
  await page.getByTestId('cf-start').fill('10/12/2025')
  await page.getByTestId('cf-end').fill('11/12/2025')
  await page.getByTestId('cf-venue').fill('Hội trường khu phố 1')
  await expectNoAxeViolations(page, 'new congress form')
  await page.getByTestId('cf-save').click()
  await expect(page.getByTestId('congress-name')).toHaveText(name)

  // Two rows of seats: A (10 seats, the default) and B.
  await page.getByTestId('tab-seats').click()
  await page.getByTestId('seats-draw').click()
  await page.getByTestId('seat-row-add').click()
  await expect(page.getByTestId('seat-row-label').nth(1)).toHaveValue('B')
  await page.getByTestId('seat-row-seats').nth(1).fill('8')
  await page.getByTestId('seats-save').click()
  await expect(page.getByTestId('seats-count')).toContainText('2 hàng, 18 ghế')
  await expect(page.getByTestId('seat')).toHaveCount(18)

  // Two delegates picked from the dossiers by name.
  await page.getByTestId('tab-delegates').click()
  await page.getByTestId('delegates-add').click()
  await page.getByTestId('delegate-search').fill('nguyen')
  const picks = page.getByTestId('delegate-pick')
  await expect(picks.first()).toBeVisible()
  await picks.nth(0).check()
  await picks.nth(1).check()
  await page.getByTestId('delegates-save').click()
  await expect(page.getByTestId('delegate-row')).toHaveCount(2)
  await expect(page.getByTestId('delegate-counts')).toContainText('2 đại biểu chính thức')

  // The first unseated delegate is preselected: one click puts them on A1.
  await page.getByTestId('tab-seats').click()
  const chosen = await page.getByTestId('seat-delegate').locator('option:checked').textContent()
  await page.locator('[data-seat="A1"]').click()
  await expect(page.locator('[data-seat="A1"]')).toHaveClass(/taken/)
  await expect(page.locator('[data-seat="A1"]')).toHaveAttribute('aria-label', `Ghế A1: ${chosen!.trim()}`)
  await expect(page.getByTestId('seats-count')).toContainText('đã xếp 1 chỗ')
  // By keyboard: the next delegate is preselected; arrow to A2 and press Enter.
  await page.locator('[data-seat="A1"]').focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('[data-seat="A2"]')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-seat="A2"]')).toHaveClass(/taken/)
  await expect(page.getByTestId('seat-occupants')).toContainText('A2')
  await expectNoAxeViolations(page, 'seat map')

  // A photo from a file, stored only with the delegate's consent.
  await page.getByTestId('tab-delegates').click()
  const first = page.getByTestId('delegate-row').first()
  await first.getByTestId('delegate-edit').click()
  await first.getByTestId('delegate-photo').click()
  await page.getByTestId('photo-file').setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') })
  await page.getByTestId('photo-save').click()
  await expect(page.getByTestId('photo-form')).toContainText('Cần đánh dấu sự đồng ý')
  await page.getByTestId('photo-consent').check()
  await page.getByTestId('photo-save').click()
  await expect(first).toContainText('có ảnh')
})

test('a delegate checks in on a phone and the open attendance board counts it without reloading', async ({ page, browser }) => {
  // The officer opens the demo congress, opens check-in for its first session, and leaves the board open.
  await openSignedIn(page, '/congresses', OFFICER)
  await page.getByRole('link', { name: DEMO_CONGRESS }).click()
  await expect(page.getByTestId('congress-name')).toHaveText(DEMO_CONGRESS)
  const congressPath = new URL(page.url()).pathname
  await page.getByTestId('tab-sessions').click()
  const firstSession = page.getByTestId('session-row').first()
  const window_ = firstSession.getByTestId('session-window')
  if ((await window_.textContent())!.includes('Mở điểm danh')) await window_.click()
  await expect(firstSession).toContainText('Đang mở điểm danh')

  const board = await page.context().newPage()
  await openSignedIn(board, `${congressPath}/attendance`, OFFICER)
  await expect(board.getByTestId('board-connection')).toContainText('trực tiếp')
  const presentBefore = Number((await board.getByTestId('board-present').locator('.num').textContent())!.replace(/\D/g, ''))
  await expect(board.getByTestId('board-quorum')).toContainText('Chưa đủ')

  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  const delegate = await phone.newPage()
  await openSignedIn(delegate, congressPath, DELEGATE)
  const me = delegate.getByTestId('my-delegate')
  await expect(me).toBeVisible()
  await expect(delegate.getByTestId('my-seat')).toHaveText(/^[A-K]\d+$/)
  await expect(delegate.getByTestId('my-group')).toContainText('Tổ thảo luận số')
  await expect(delegate.getByTestId('console-kiosk')).toBeVisible()
  await expectNoAxeViolations(delegate, 'congress page of a delegate')
  await noHorizontalScroll(delegate)
  await delegate.getByTestId('self-checkin').click()
  await expect(delegate.getByTestId('self-checkin-done')).toContainText('Đã điểm danh')

  await expect(board.getByTestId('board-present').locator('.num')).toHaveText(String(presentBefore + 1))
  await expectNoAxeViolations(board, 'attendance board')
  await phone.close()

  // The printable hall plan: every seat of the 11 rows, with names.
  await openSignedIn(page, `${congressPath}/seats/print`, OFFICER)
  await expect(page.getByTestId('print-plan').locator('td')).toHaveCount(168)
  await expect(page.getByTestId('print-plan').locator('td.empty')).toHaveCount(8)
})
