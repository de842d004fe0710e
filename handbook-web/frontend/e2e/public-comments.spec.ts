import { test, expect, type APIRequestContext } from '@playwright/test'
import { OFFICER, expectNoAxeViolations, openSignedIn, officerToken } from './support'

// Residents comment on a public draft without signing in; the secretariat (here the organising officer)
// approves the comment on the moderation page; the count of its field goes up on the public page.

const FIELD = 'Quốc phòng - An ninh'

/** A congress with one public draft of three paragraphs, made through the API so the test owns its data. */
async function congressWithPublicDraft(request: APIRequestContext): Promise<number> {
  const headers = { Authorization: `Bearer ${await officerToken(request)}`, 'Accept-Language': 'vi' }
  const today = new Date().toISOString().slice(0, 10)
  const created = await request.post('/api/congresses', {
    headers,
    data: { name: `Đại hội Đảng bộ phường lần thứ ${Date.now() % 100000}`, level: 'WARD', term: '2025-2030', startsOn: today, endsOn: today, venue: 'Hội trường phường' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const congressId = (await created.json()).id as number
  const draft = await request.post(`/api/congresses/${congressId}/documents`, {
    headers,
    data: {
      title: 'Dự thảo Báo cáo chính trị',
      kind: 'DRAFT',
      publicDraft: true,
      text: 'Phần thứ nhất: kết quả nhiệm kỳ.\n\nGiữ vững an ninh, trật tự trên địa bàn phường.\n\nĐẩy mạnh chuyển đổi số.',
    },
  })
  expect(draft.status(), await draft.text()).toBe(201)
  return congressId
}

test('a resident comments without signing in; once approved it counts in its field', async ({ page, browser, request }) => {
  const congressId = await congressWithPublicDraft(request)
  const text = `Đề nghị tăng cường tuần tra giữ gìn an ninh trật tự ban đêm ở khu phố ${Date.now()}.`

  // The resident, on a phone, never signed in.
  const residentContext = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const phone = await residentContext.newPage()
  await phone.goto(`/public/congresses/${congressId}`)
  await expect(phone.getByTestId('public-congress-name')).toContainText('Đại hội Đảng bộ phường')
  await expect(phone.locator('#kc-login')).toHaveCount(0)
  const row = phone.getByTestId('public-counts').getByRole('row', { name: new RegExp(FIELD) })
  await expect(row.getByTestId('count-value')).toHaveText('0')
  await phone.getByTestId('public-comment-paragraph').selectOption('2')
  await phone.getByTestId('public-comment-name').fill('Trần Thị Dân')
  await phone.getByTestId('public-comment-neighbourhood').fill('Khu phố 3')
  await phone.getByTestId('public-comment-text').fill(text)
  await phone.getByTestId('public-comment-send').click()
  await expect(phone.getByTestId('public-comment-sent')).toBeVisible()
  await expectNoAxeViolations(phone, 'public congress page')
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  // Waiting for the secretariat: not counted yet.
  await phone.getByTestId('public-refresh').click()
  await expect(row.getByTestId('count-value')).toHaveText('0')

  // The secretariat approves it, in the field the keywords suggested.
  await openSignedIn(page, `/congresses/${congressId}/comments`, OFFICER)
  const item = page.getByTestId('moderation-item').filter({ hasText: text })
  await expect(item).toBeVisible()
  await expect(item.getByRole('checkbox', { name: FIELD })).toBeChecked()
  await item.getByTestId('moderation-approve').click()
  await expect(page.getByTestId('moderation-item').filter({ hasText: text })).toHaveCount(0)
  const moderationRow = page.getByTestId('moderation-counts').getByRole('row', { name: new RegExp(FIELD) })
  await expect(moderationRow.getByTestId('count-value')).toHaveText('1')

  // Back on the resident's phone: the chart's figures now count it.
  await phone.getByTestId('public-refresh').click()
  await expect(row.getByTestId('count-value')).toHaveText('1')
  await residentContext.close()
})
