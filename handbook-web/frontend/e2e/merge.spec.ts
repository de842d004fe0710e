import { test, expect, type APIRequestContext } from '@playwright/test'
import { OFFICER, expectNoAxeViolations, officerToken, openSignedIn, suffix } from './support'

// Merging units from the officer's screen: two cells, each with a member who is its secretary, previewed (the
// two secretaries are a conflict), settled by choosing who stays, applied; the old cells are then dissolved.

async function cellWithSecretary(request: APIRequestContext, headers: Record<string, string>, wardId: number, name: string) {
  const cell = await (await request.post('/api/units', { headers, data: { kind: 'CELL', name, parentId: wardId } })).json()
  const year = 1965 + Math.floor(Math.random() * 30)
  const res = await request.post('/api/members', {
    headers,
    data: {
      fullName: `Bí Thư ${name.split(' ').slice(-2).join(' ')}`,
      sex: 'MALE',
      birthDate: `${year}-04-11`,
      citizenId: `0010${String(year % 100).padStart(2, '0')}${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
      ethnicity: 'Kinh',
      religion: 'Không',
      admissionDate: `${year + 25}-03-02`,
      fullMembershipDate: `${year + 26}-03-02`,
      status: 'FULL',
      cellId: cell.id,
    },
  })
  expect(res.status(), await res.text()).toBe(201)
  const member = await res.json()
  const from = new Date(Date.now() - 90 * 86400_000).toISOString().slice(0, 10)
  const appointed = await request.post(`/api/units/${cell.id}/positions`, {
    headers,
    data: { memberId: member.id, role: 'SECRETARY', from },
  })
  expect(appointed.status(), await appointed.text()).toBe(201)
  return { cellId: cell.id as number, secretaryId: member.id as number, secretaryName: member.fullName as string }
}

test('an officer previews a merge of two cells, settles who stays secretary, and applies it', async ({ page, request }) => {
  const headers = { Authorization: `Bearer ${await officerToken(request)}`, 'Accept-Language': 'vi' }
  const units = await (await request.get('/api/units', { headers })).json()
  const ward = units.find((u: { kind: string; dissolvedOn?: string }) => u.kind === 'WARD' && !u.dissolvedOn)
  const s = suffix()
  const a = await cellWithSecretary(request, headers, ward.id, `Chi bộ Tây ${s}`)
  const b = await cellWithSecretary(request, headers, ward.id, `Chi bộ Đông ${s}`)

  await openSignedIn(page, '/units', OFFICER)
  await page.getByTestId('merge-link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hợp nhất chi bộ, đảng bộ bộ phận')
  await page.getByTestId(`merge-unit-${a.cellId}`).check()
  await page.getByTestId(`merge-unit-${b.cellId}`).check()
  await page.getByTestId('merge-new-name').fill(`Chi bộ Đông Tây ${s}`)
  const today = new Date().toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' })
  await page.getByTestId('merge-date').fill(today)
  await page.getByTestId('merge-decision').fill('12-QĐ/ĐU')
  await page.getByTestId('merge-preview').click()

  const forecast = page.getByTestId('merge-forecast')
  await expect(forecast).toBeVisible()
  await expect(page.getByTestId('merge-counts')).toContainText('Sẽ chuyển 2 đảng viên')
  await expect(page.getByTestId('merge-conflict')).toContainText('Có 2 bí thư cho một đơn vị')
  await expect(page.getByTestId('merge-apply')).toBeDisabled()
  await expectNoAxeViolations(page, 'merge preview')

  // Choosing who stays refreshes the preview: no conflict left.
  await page.getByTestId(`merge-keep-secretary-${b.secretaryId}`).check()
  await expect(page.getByTestId('merge-conflict')).toHaveCount(0)
  await expect(page.getByTestId('merge-apply')).toBeEnabled()
  await page.getByTestId('merge-apply').click()
  await expect(page.getByTestId('merge-done')).toContainText('Đã chuyển 2 đảng viên')

  const old = await (await request.get(`/api/units/${a.cellId}`, { headers })).json()
  expect(old.dissolvedOn).toBeTruthy()
  const successor = old.successorId
  const positions = await (await request.get(`/api/units/${successor}/positions`, { headers })).json()
  expect(positions.map((p: { memberId: number }) => p.memberId)).toEqual([b.secretaryId])
  // The new cell's member list: both secretaries' dossiers moved into it.
  await page.getByTestId('merge-successor-link').click()
  await expect(page.getByTestId('member-name')).toHaveCount(2)
  await expect(page.getByTestId('member-name').filter({ hasText: b.secretaryName })).toBeVisible()
  await expect(page.getByTestId('member-name').filter({ hasText: a.secretaryName })).toBeVisible()
})
