import { test, expect } from '@playwright/test'
import { OFFICER, expectNoAxeViolations, openSignedIn, suffix } from './support'

// The demo delegate: an official delegate of the demo congress (README's demo accounts).
const DELEGATE = {
  user: process.env.E2E_DELEGATE_USER || 'daibieu.01',
  password: process.env.E2E_DELEGATE_PASSWORD || 'demo',
}
const DEMO_CONGRESS = /Đại hội đại biểu Đảng bộ phường .* lần thứ I, nhiệm kỳ 2025-2030/

test('the presidium moves the agenda and gives the floor; the big screen shows the item, the speaker and the timer', async ({ page, browser }) => {
  test.setTimeout(180_000)
  await openSignedIn(page, '/congresses', OFFICER)
  await page.getByRole('link', { name: DEMO_CONGRESS }).click()
  await expect(page.getByTestId('congress-name')).toBeVisible()
  const congressPath = new URL(page.url()).pathname
  await page.getByTestId('console-liveConsole').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bàn điều hành Đoàn Chủ tịch')
  await expect(page.getByTestId('live-status')).toContainText('Trực tiếp')

  // The agenda: two items typed in the console; the second one is started.
  const opening = `Khai mạc ${suffix()}`
  const discussion = `Thảo luận văn kiện ${suffix()}`
  for (const [title, minutes] of [[opening, '2'], [discussion, '3']] as const) {
    await page.getByLabel('Tên mục').fill(title)
    await page.getByLabel('Thời gian mỗi người phát biểu (phút)').fill(minutes)
    await page.getByRole('button', { name: 'Thêm vào chương trình' }).click()
    await expect(page.getByTestId('agenda-items')).toContainText(title)
  }
  await page.getByRole('button', { name: `Bắt đầu mục ${discussion}` }).click()
  await expect(page.getByTestId('agenda-items').locator('li.current')).toContainText(discussion)

  // A big-screen address for the projector, opened where nobody signs in.
  await page.getByLabel('Tên màn hình').fill('Máy chiếu chính')
  await page.getByTestId('screen-create').click()
  const screenUrl = await page.getByTestId('screen-link').getAttribute('href')
  expect(screenUrl).toMatch(/\/screen\/[A-Za-z0-9_-]{43}$/)
  const hall = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'vi-VN' })
  const screen = await hall.newPage()
  await screen.goto(new URL(screenUrl!).pathname)
  await expect(screen.getByTestId('screen-item')).toHaveText(discussion)
  await expect(screen.locator('#kc-login')).toHaveCount(0)

  // A delegate asks for the floor on a phone.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  const tablet = await phone.newPage()
  await openSignedIn(tablet, `${congressPath}/tablet`, DELEGATE)
  await expect(tablet.getByTestId('tablet-item')).toHaveText(discussion)
  await tablet.getByLabel('Nội dung phát biểu').fill('Chuyển đổi số trong sinh hoạt chi bộ')
  await tablet.getByRole('button', { name: 'Gửi đăng ký' }).click()
  await expect(tablet.getByTestId('tablet-mine')).toContainText('Chờ Đoàn Chủ tịch xem xét')
  await expectNoAxeViolations(tablet, 'delegate tablet')
  expect(await tablet.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

  // The console sees the request live, accepts it and gives the floor.
  const requests = page.getByTestId('console-requests')
  await expect(requests).toContainText('Chuyển đổi số trong sinh hoạt chi bộ')
  await requests.getByRole('button', { name: 'Xếp lượt' }).first().click()
  const queue = page.getByTestId('console-queue')
  await expect(queue).toContainText('Chuyển đổi số trong sinh hoạt chi bộ')
  await expect(screen.locator('.queue')).toContainText('Chuyển đổi số trong sinh hoạt chi bộ')
  await expect(tablet.getByTestId('tablet-mine')).toContainText('Đã được xếp lượt')
  await queue.getByRole('button', { name: /^Mời đồng chí .* phát biểu$/ }).first().click()
  await expect(page.getByTestId('console-speaker').getByTestId('speaker-timer')).toBeVisible()
  await expectNoAxeViolations(page, 'presidium console')

  // The hall sees the speaker and a running timer against the item's three minutes.
  const speakerName = (await page.getByTestId('console-speaker').locator('.speaker-name').textContent())!.trim()
  await expect(screen.getByTestId('screen-speaker')).toHaveText(speakerName)
  const timer = screen.getByTestId('speaker-timer')
  await expect(timer).toContainText('/ 3:00')
  await expect(timer.locator('.used')).toHaveText(/^0:0[2-9]$/, { timeout: 10_000 })
  await expectNoAxeViolations(screen, 'big screen')
  await expect(tablet.getByTestId('speaker-timer')).toBeVisible()

  // The presidium ends the turn: the screen no longer shows a speaker.
  await page.getByTestId('speaker-stop').click()
  await expect(screen.getByTestId('screen-speaker')).toHaveCount(0)
  await hall.close()
  await phone.close()
})
