import { test, expect, type APIRequestContext } from '@playwright/test'
import { OFFICER, expectNoAxeViolations, officerToken, openSignedIn, suffix } from './support'

// Merging units from the officer's screen: two cells, each with a member who is its secretary, previewed (the
// two secretaries are a conflict), settled by choosing who stays, applied; the old cells are then dissolved.

async function addMember(request: APIRequestContext, headers: Record<string, string>, cellId: number, fullName: string) {
  const year = 1965 + Math.floor(Math.random() * 30)
  const res = await request.post('/api/members', {
    headers,
    data: {
      fullName,
      sex: 'MALE',
      birthDate: `${year}-04-11`,
      citizenId: `0010${String(year % 100).padStart(2, '0')}${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
      ethnicity: 'Kinh',
      religion: 'Không',
      admissionDate: `${year + 25}-03-02`,
      fullMembershipDate: `${year + 26}-03-02`,
      status: 'FULL',
      cellId,
    },
  })
  expect(res.status(), await res.text()).toBe(201)
  return (await res.json()) as { id: number; fullName: string }
}

async function cellWithSecretary(request: APIRequestContext, headers: Record<string, string>, wardId: number, name: string) {
  const cell = await (await request.post('/api/units', { headers, data: { kind: 'CELL', name, parentId: wardId } })).json()
  const member = await addMember(request, headers, cell.id, `Bí Thư ${name.split(' ').slice(-2).join(' ')}`)
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

// Splitting a cell from the unit tree: the secretary and a second member are placed in two new cells (the form
// refuses to preview while someone is not placed), the split is applied, and the tree shows the old cell
// dissolved and continued by both.
test('an officer splits a cell in two from the unit tree', async ({ page, request }) => {
  const headers = { Authorization: `Bearer ${await officerToken(request)}`, 'Accept-Language': 'vi' }
  const units = await (await request.get('/api/units', { headers })).json()
  const ward = units.find((u: { kind: string; dissolvedOn?: string }) => u.kind === 'WARD' && !u.dissolvedOn)
  const s = suffix()
  const cell = await cellWithSecretary(request, headers, ward.id, `Chi bộ Chia ${s}`)
  const secondId = (await addMember(request, headers, cell.cellId, `Thành Viên Chia ${s}`)).id

  await openSignedIn(page, '/units', OFFICER)
  await page.getByTestId('split-link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chia tách chi bộ, đảng bộ bộ phận')
  await page.getByTestId('split-unit').selectOption(String(cell.cellId))
  await expect(page.getByTestId(`split-place-${secondId}`)).toBeVisible()
  await page.getByTestId('split-part-name-0').fill(`Chi bộ Chia Bắc ${s}`)
  await page.getByTestId('split-part-name-1').fill(`Chi bộ Chia Nam ${s}`)
  await page.getByTestId(`split-place-${cell.secretaryId}`).selectOption('0')
  const today = new Date().toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' })
  await page.getByTestId('split-date').fill(today)
  await page.getByTestId('split-decision').fill('14-QĐ/ĐU')
  await page.getByTestId('split-preview').click()
  await expect(page.getByTestId('split-placed-count')).toContainText('Đã xếp 1/2')
  await expect(page.getByTestId('split-forecast')).toHaveCount(0)

  await page.getByTestId('split-all-to').selectOption('1')
  await page.getByTestId('split-all-apply').click()
  await page.getByTestId('split-preview').click()
  const forecast = page.getByTestId('split-forecast')
  await expect(forecast).toBeVisible()
  await expect(page.getByTestId('split-row-0')).toContainText('Bí thư')
  await expect(page.getByTestId('split-conflict')).toHaveCount(0)
  await expectNoAxeViolations(page, 'split preview')
  await page.getByTestId('split-apply').click()
  await expect(page.getByTestId('split-done')).toContainText('Đã chuyển 2 đảng viên')
  await expect(page.getByTestId('split-part-link-1')).toHaveText(`Chi bộ Chia Nam ${s}`)

  const old = await (await request.get(`/api/units/${cell.cellId}`, { headers })).json()
  expect(old.dissolvedOn).toBeTruthy()
  expect(old.successorIds).toHaveLength(2)
  await page.goto('/units')
  await page.getByRole('button', { name: 'Mở rộng tất cả' }).click()
  await expect(page.getByTestId(`unit-${cell.cellId}`).getByTestId('unit-successors'))
    .toHaveText(`chuyển sang Chi bộ Chia Bắc ${s}, Chi bộ Chia Nam ${s}`)
})
