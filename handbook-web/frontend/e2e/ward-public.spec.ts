import { test, expect, type APIRequestContext } from '@playwright/test'
import { OFFICER, expectNoAxeViolations, officerToken, openSignedIn } from './support'

// A resident opens the ward's page without signing in, reads a public notice and asks to join a class; the
// officer accepts the request in the class screen and the resident is a learner of the class.

/** A public notice and a ward class opened to enrolment, made through the API so the test owns its data. */
async function publicData(request: APIRequestContext, stamp: number) {
  const headers = { Authorization: `Bearer ${await officerToken(request)}`, 'Accept-Language': 'vi' }
  const units = await request.get('/api/units', { headers })
  const ward = ((await units.json()) as { id: number; kind: string }[]).find((u) => u.kind === 'WARD')!
  const notice = await request.post('/api/notices', {
    headers,
    data: {
      title: `Lịch tiếp công dân tháng ${stamp}`,
      body: 'Đảng ủy phường tiếp công dân sáng thứ Năm hằng tuần.\nNgười dân mang theo căn cước công dân.',
      important: false,
      wardWide: true,
      cellIds: [],
      publicNotice: true,
    },
  })
  expect(notice.status(), await notice.text()).toBe(201)
  const created = await request.post('/api/classes', {
    headers,
    data: { unitId: ward.id, title: `Kỹ năng số cho người dân ${stamp}`, skills: ['VNeID', 'Dịch vụ công trực tuyến'], instructor: 'Nguyễn Minh Tâm', place: 'Nhà văn hóa khu phố 2' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const classId = (await created.json()).id as number
  const opened = await request.put(`/api/enrolment-requests/classes/${classId}`, { headers, data: { open: true } })
  expect(opened.status(), await opened.text()).toBe(200)
  return { noticeId: (await notice.json()).id as number, classId }
}

test('a resident reads a public notice and enrols in a class; the officer accepts the request', async ({ page, browser, request }) => {
  const stamp = Date.now() % 1_000_000
  const { noticeId, classId } = await publicData(request, stamp)
  const phoneNumber = `09${String(Date.now()).slice(-8)}`
  const name = 'Đoàn Thị Học'

  const residentContext = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const phone = await residentContext.newPage()
  await phone.goto('/public')
  await expect(phone.getByTestId('ward-public-name')).toBeVisible()
  await expect(phone.locator('#kc-login')).toHaveCount(0)
  const notice = phone.getByTestId(`ward-notice-${noticeId}`)
  await expect(notice).toContainText(`Lịch tiếp công dân tháng ${stamp}`)
  await notice.getByTestId('ward-notice-toggle').click()
  await expect(notice.getByTestId('ward-notice-body')).toContainText('căn cước công dân')

  await phone.getByTestId(`ward-class-${classId}`).getByTestId('ward-class-choose').click()
  await expect(phone.getByTestId('ward-enrol-class')).toHaveValue(String(classId))
  await phone.getByTestId('ward-enrol-name').fill(name)
  await phone.getByTestId('ward-enrol-phone').fill('0123')
  await phone.getByTestId('ward-enrol-neighbourhood').fill('Khu phố 2')
  await phone.getByTestId('ward-enrol-send').click()
  await expect(phone.locator('#ward-enrol-phone-error')).toContainText('Số điện thoại không đúng')
  await phone.getByTestId('ward-enrol-phone').fill(phoneNumber)
  await phone.getByTestId('ward-enrol-send').click()
  await expect(phone.getByTestId('ward-enrol-sent')).toBeVisible()
  await expectNoAxeViolations(phone, 'ward public page')
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await residentContext.close()

  // The officer runs the ward's classes: the request waits on the class page.
  await openSignedIn(page, `/classes/${classId}`, OFFICER)
  const panel = page.getByTestId('class-enrolment')
  await expect(panel.getByTestId('class-enrolment-state')).toContainText('đang hiện')
  const waiting = panel.locator('li').filter({ hasText: name })
  await expect(waiting).toBeVisible()
  await expectNoAxeViolations(page, 'class enrolment panel')
  await waiting.getByTestId('enrolment-accept').click()
  await expect(panel.locator('li').filter({ hasText: name })).toContainText('Đã nhận vào lớp')
  await expect(page.getByTestId('learner-table')).toContainText(name)
})
