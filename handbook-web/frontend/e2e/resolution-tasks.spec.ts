import { test, expect } from '@playwright/test'
import { OFFICER, expectNoAxeViolations, officerToken, openSignedIn, suffix } from './support'

// The secretary of cell 1 (README's demo accounts) reports progress on a task of their cell from a 360 px phone,
// with a photo as evidence, and sees it in the task's history; the officer's dashboard moves the task from
// "at risk" to "on time".
const SECRETARY = {
  user: process.env.E2E_SECRETARY_USER || 'bithu.cb01',
  password: process.env.E2E_SECRETARY_PASSWORD || 'demo',
}
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('a secretary reports a task with a photo and the officer sees the dashboard change', async ({ page, browser, request }) => {
    const headers = { Authorization: `Bearer ${await officerToken(request)}`, 'Accept-Language': 'vi' }
    // Member 1 is bithu.cb01, the secretary of cell 1.
    const secretary = await (await request.get('/api/members/1', { headers })).json()
    const s = suffix()
    const created = await request.post('/api/resolutions', {
      headers,
      data: { kind: 'ANNUAL_PLAN', code: `05-KH/ĐU`, title: `Kế hoạch thử nghiệm ${s}`, issuedOn: isoDay(-30), issuer: 'Ban Thường vụ Đảng ủy phường' },
    })
    expect(created.status(), await created.text()).toBe(201)
    const resolution = await created.json()
    const title = `Hướng dẫn người dân dùng dịch vụ công trực tuyến ${s}`
    // 3 of 10 days gone: 30 % expected, 7 days left, nothing reported yet → at risk.
    const task = await request.post(`/api/resolutions/${resolution.id}/tasks`, {
      headers,
      data: { title, unitId: secretary.cellId, startsOn: isoDay(-3), deadline: isoDay(7), indicator: 'Số hộ được hướng dẫn', targetValue: 10, targetUnit: 'hộ' },
    })
    expect(task.status(), await task.text()).toBe(201)

    const officerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const desk = await officerContext.newPage()
    await openSignedIn(desk, `/resolutions/${resolution.id}`, OFFICER)
    await expect(desk.getByTestId('count-AT_RISK').getByTestId('count-value')).toHaveText('1')
    await expect(desk.getByTestId('count-ON_TIME').getByTestId('count-value')).toHaveText('0')
    await expectNoAxeViolations(desk, 'resolution dashboard')

    await openSignedIn(page, '/resolution-tasks/mine', SECRETARY)
    const item = page.getByTestId('my-task').filter({ hasText: title })
    await expect(item.getByTestId('task-status')).toHaveText('Có nguy cơ chậm')
    await expectNoAxeViolations(page, 'my tasks on a phone')
    await item.getByRole('link', { name: title }).click()
    await expect(page.getByTestId('task-title')).toHaveText(title)
    await page.getByTestId('report-value').fill('6')
    await page.getByTestId('report-note').fill('Đã hướng dẫn 6 hộ cài đặt và nộp hồ sơ trực tuyến.')
    await page.getByTestId('report-file').setInputFiles({ name: 'huong-dan.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') })
    await expectNoAxeViolations(page, 'progress report form on a phone')
    await page.getByTestId('report-send').click()

    const entry = page.getByTestId('history-entry').first()
    await expect(entry.getByTestId('history-percent')).toHaveText('60%')
    await expect(entry).toContainText('Đã hướng dẫn 6 hộ')
    await expect(entry.getByTestId('evidence-file')).toContainText('huong-dan.png')
    await expect(page.getByTestId('task-percent')).toContainText('60%')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await expectNoAxeViolations(page, 'task history on a phone')

    await desk.reload()
    await expect(desk.getByTestId('count-AT_RISK').getByTestId('count-value')).toHaveText('0')
    await expect(desk.getByTestId('count-ON_TIME').getByTestId('count-value')).toHaveText('1')
    await expect(desk.getByTestId('resolution-task').filter({ hasText: title }).getByTestId('task-progress')).toContainText('60%')
    await officerContext.close()
  })
})
