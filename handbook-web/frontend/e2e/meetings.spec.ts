import { test, expect, type Browser, type Page } from '@playwright/test'
import { expectNoAxeViolations, openSignedIn } from './support'

// Cell 1's secretary and one of its members (README's demo accounts).
const SECRETARY = {
  user: process.env.E2E_SECRETARY_USER || 'bithu.cb01',
  password: process.env.E2E_SECRETARY_PASSWORD || 'demo',
}
const MEMBER = {
  user: process.env.E2E_MEMBER_USER || 'dangvien.01',
  password: process.env.E2E_MEMBER_PASSWORD || 'demo',
}

/** The ward's wall clock (the form and the server speak Vietnamese local time). */
function wardNow(): { date: string; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date())
  const get = (type: string) => parts.find((p) => p.type === type)!.value
  return { date: `${get('day')}/${get('month')}/${get('year')}`, minutes: Number(get('hour')) * 60 + Number(get('minute')) }
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

async function memberChecksIn(browser: Browser, code: string) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const page = await context.newPage()
  await openSignedIn(page, `/meetings/check-in?qr=${encodeURIComponent(code)}`, MEMBER)
  await expect(page.getByTestId('check-in-done')).toBeVisible()
  await expectNoAxeViolations(page, 'member check-in')
  // The same code again: once per member, with the reason in words.
  await page.getByTestId('check-in-done').getByRole('link').click()
  await expect(page.getByTestId('my-attendance')).toContainText('Có mặt')
  await context.close()
}

async function noHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(360)
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('a secretary plans a meeting, a member checks in with its QR code, the secretary marks the rest and sees the quorum', async ({ page, browser }) => {
    page.on('dialog', (d) => void d.accept())
    await openSignedIn(page, '/meetings', SECRETARY)
    await expect(page.getByTestId('meeting-list')).toBeAttached()
    await expectNoAxeViolations(page, 'meetings page')
    await noHorizontalScroll(page)

    const now = wardNow()
    const start = Math.max(0, now.minutes - 5)
    const end = Math.min(23 * 60 + 59, start + 120)
    const topic = `Chuyên đề kỹ năng số ${Date.now()}`
    await page.getByTestId('meetings-plan').click()
    await page.locator('label[for="kind-thematic"]').click()
    await page.getByTestId('plan-date').fill(now.date)
    await page.getByTestId('plan-start').fill(hhmm(start))
    await page.getByTestId('plan-end').fill(hhmm(end))
    await page.getByTestId('plan-place').fill('Nhà văn hóa khu phố 1')
    await page.getByTestId('plan-topic').fill(topic)
    await expectNoAxeViolations(page, 'plan form')
    await page.getByTestId('plan-save').click()

    await expect(page.getByTestId('meeting-topic')).toHaveText(topic)
    await expect(page.getByTestId('quorum-verdict')).toContainText('Chưa đủ')
    const rows = page.getByTestId('attendance-row')
    await expect(rows.first()).toBeVisible()

    await page.getByTestId('qr-show').click()
    await expect(page.getByTestId('qr-image')).toBeVisible()
    const code = (await page.getByTestId('qr-payload').textContent())!.trim()
    await memberChecksIn(browser, code)
    await page.reload()
    await expect(page.getByTestId('attendance-row').filter({ hasText: 'mã QR' })).toHaveCount(1)

    // The first member not yet present: excused with a reason, then present after all.
    const first = rows.filter({ hasNotText: 'mã QR' }).first()
    await first.locator('label.seg-EXCUSED').click()
    await first.getByTestId('att-reason').fill('Đi công tác')
    await first.getByTestId('att-reason-save').click()
    await expect(first).toContainText('Đi công tác')

    const count = await rows.count()
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i)
      const present = row.locator('label.seg-PRESENT')
      if (!(await present.getAttribute('class'))!.includes('on')) {
        await present.click()
        await expect(present).toHaveClass(/\bon\b/)
      }
    }
    await expect(page.getByTestId('quorum-verdict')).toContainText('Đủ số lượng')
    await expect(page.getByTestId('quorum-line')).toContainText(`Có mặt ${count}/${count}`)
    await expectNoAxeViolations(page, 'attendance')
    await noHorizontalScroll(page)

    await page.getByTestId('meeting-close').click()
    await expect(page.getByTestId('meeting-quorum')).toContainText('Đã ghi nhận khi kết thúc')

    await page.getByTestId('minutes-content').fill('Quán triệt chuyên đề học tập kỹ năng số.')
    await page.getByTestId('minutes-chair').fill('Nguyễn Văn Chủ')
    await page.getByTestId('minutes-secretary').fill('Trần Thị Ký')
    await page.getByTestId('minutes-save').click()
    const download = page.waitForEvent('download')
    await page.getByTestId('minutes-docx').click()
    expect((await download).suggestedFilename()).toMatch(/\.docx$/)
  })
})
