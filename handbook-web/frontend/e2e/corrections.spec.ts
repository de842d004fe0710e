import { test, expect } from '@playwright/test'
import { OFFICER, expectNoAxeViolations, openSignedIn } from './support'

// A member of cell 1 (README's demo accounts) asks from their own dossier; the ward's officer handles it.
const MEMBER = {
  user: process.env.E2E_MEMBER_USER || 'dangvien.01',
  password: process.env.E2E_MEMBER_PASSWORD || 'demo',
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('a member asks to correct their dossier, the officer corrects it and the member reads the answer', async ({ page, browser }) => {
    const proposed = `Tổ 7, Khu phố 3 (${Date.now()})`
    await openSignedIn(page, '/', MEMBER)
    // The handbook's sections arrive after the page and push the links down: click once they are in place.
    await expect(page.getByTestId('to-read')).toBeVisible()
    await page.getByTestId('my-dossier-link').click()
    const mine = page.getByTestId('my-corrections')
    await expect(mine).toBeVisible()
    await mine.getByTestId('correction-ask').click()
    await page.getByTestId('correction-field').selectOption('residence')
    await expect(page.getByTestId('correction-current')).toContainText('Trong hồ sơ đang ghi')
    await page.getByTestId('correction-proposed').fill(proposed)
    await page.getByTestId('correction-reason').fill('Gia đình chuyển nhà, đã đăng ký thường trú mới.')
    await expectNoAxeViolations(page, 'correction request dialog')
    await page.getByTestId('correction-send').click()
    const item = mine.getByTestId('my-correction').filter({ hasText: proposed })
    await expect(item.getByTestId('correction-state')).toHaveText('Mới gửi')
    // axe judges colours: wait until the dialog has faded out completely.
    await expect(page.locator('.p-dialog, .p-dialog-mask')).toHaveCount(0)
    await expectNoAxeViolations(page, 'own dossier with a correction request')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

    const officerContext = await browser.newContext({ viewport: { width: 360, height: 740 } })
    const desk = await officerContext.newPage()
    await openSignedIn(desk, '/', OFFICER)
    await expect(desk.getByTestId('corrections-pending')).toBeVisible()
    await desk.getByTestId('corrections-link').click()
    const request = desk.getByTestId('queue-item').filter({ hasText: proposed })
    await expect(request).toBeVisible()
    await request.getByTestId('correction-start').click()
    await expect(request).toContainText('Đang xử lý')
    await expect(request.getByTestId('correction-edit')).toHaveAttribute('href', /\/members\/\d+\/edit$/)
    await expectNoAxeViolations(desk, 'correction queue')
    await request.getByTestId('correction-done').click()
    await request.getByTestId('correction-reply-input').fill('Đã cập nhật nơi ở theo đề nghị.')
    await request.getByTestId('correction-confirm').click()
    await expect(desk.getByTestId('queue-item').filter({ hasText: proposed })).toHaveCount(0)
    await desk.getByTestId('corrections-closed-tab').click()
    await expect(desk.getByTestId('queue-item').filter({ hasText: proposed })).toContainText('Đã sửa')
    await officerContext.close()

    await page.reload()
    await expect(item.getByTestId('correction-state')).toHaveText('Đã sửa')
    await expect(item.getByTestId('correction-reply')).toHaveText('Đã cập nhật nơi ở theo đề nghị.')
  })
})
