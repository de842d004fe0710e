import { test, expect, type APIRequestContext, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { OFFICER, officerToken, suffix } from './support'

// Handbook accounts against the real Keycloak: the officer creates a login from the UI (the application
// calls Keycloak's Admin REST API), the member signs in with the temporary password and must set a new
// one, and a recorded death switches the login off in Keycloak.

/** A fresh cell with one full member, made through the API so the test owns its data. */
async function cellWithMember(request: APIRequestContext, token: string) {
  const headers = { Authorization: `Bearer ${token}`, 'Accept-Language': 'vi' }
  const units = await (await request.get('/api/units', { headers })).json()
  const ward = units.find((u: { kind: string; dissolvedOn?: string }) => u.kind === 'WARD' && !u.dissolvedOn)
  const cellRes = await request.post('/api/units', {
    headers,
    data: { kind: 'CELL', name: `Chi bộ Thử tài khoản ${suffix()}`, parentId: ward.id },
  })
  expect(cellRes.status(), await cellRes.text()).toBe(201)
  const cell = await cellRes.json()
  const year = 1975 + Math.floor(Math.random() * 20)
  const fullName = `Hoàng Thị Thư ${suffix()}`
  const citizenId = `0011${String(year % 100).padStart(2, '0')}${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`
  const memberRes = await request.post('/api/members', {
    headers,
    data: {
      fullName,
      sex: 'FEMALE',
      birthDate: `${year}-05-17`,
      citizenId,
      ethnicity: 'Kinh',
      religion: 'Không',
      residence: 'Tổ 5, Khu phố 1',
      admissionDate: `${year + 25}-03-02`,
      fullMembershipDate: `${year + 26}-03-02`,
      status: 'FULL',
      cellId: cell.id,
    },
  })
  expect(memberRes.status(), await memberRes.text()).toBe(201)
  const member = await memberRes.json()
  return { cellId: cell.id as number, memberId: member.id as number, fullName, headers }
}

async function openSignedIn(page: Page, path: string, who: { user: string; password: string }) {
  await page.goto(path)
  const loginButton = page.locator('#kc-login')
  const logout = page.getByTestId('logout-button')
  await expect(loginButton.or(logout).first()).toBeVisible({ timeout: 30_000 })
  if (await loginButton.isVisible()) {
    await page.locator('#username').fill(who.user)
    await page.locator('#password').fill(who.password)
    await loginButton.click()
  }
  await expect(logout).toBeVisible({ timeout: 30_000 })
}

test('an officer creates a handbook login; the member must set a new password; a death disables the login', async ({
  page,
  browser,
  request,
}) => {
  const token = await officerToken(request)
  const { cellId, memberId, fullName, headers } = await cellWithMember(request, token)

  // The officer creates the login from the UI and gets the first-login sheet.
  await openSignedIn(page, `/accounts?cellId=${cellId}`, OFFICER)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tài khoản sổ tay')
  const row = page.getByTestId('account-row').filter({ hasText: fullName })
  await expect(row.getByTestId('account-state')).toHaveText('Chưa có tài khoản')
  await row.getByTestId('create-account').click()

  const card = page.getByTestId('login-card').filter({ hasText: fullName })
  await expect(card).toBeVisible()
  const username = (await card.getByTestId('card-username').innerText()).trim()
  const temporary = (await card.getByTestId('card-password').innerText()).trim()
  expect(username).toMatch(/^hoang\.thi\.thu\.[a-z]+\d*$/)
  expect(temporary).toHaveLength(10)
  await expect(card).toContainText('đặt mật khẩu mới')
  await expect(row.getByTestId('account-state')).toHaveText('Đang hoạt động')
  await expect(row.getByTestId('account-username')).toHaveText(username)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])

  // A second login for the same member is refused with the reason.
  const again = await request.post('/api/accounts', { headers, data: { memberId } })
  expect(again.status()).toBe(409)
  expect((await again.json()).detail).toContain('đã có tài khoản')

  // The member signs in for the first time with the temporary password: Keycloak asks for a new one.
  const memberContext = await browser.newContext()
  const phone = await memberContext.newPage()
  await phone.setViewportSize({ width: 360, height: 740 })
  await phone.goto('/')
  await expect(phone.locator('#kc-login')).toBeVisible({ timeout: 30_000 })
  await phone.locator('#username').fill(username)
  await phone.locator('#password').fill(temporary)
  await phone.locator('#kc-login').click()
  const newPassword = `Moi-${suffix()}-2026`
  await expect(phone.locator('#password-new')).toBeVisible({ timeout: 30_000 })
  await phone.locator('#password-new').fill(newPassword)
  await phone.locator('#password-confirm').fill(newPassword)
  await phone.locator('form [type=submit]').first().click()
  await expect(phone.getByTestId('logout-button')).toBeVisible({ timeout: 30_000 })
  // The login carries the member id: the member reaches their own dossier.
  await phone.goto(`/members/${memberId}`)
  await expect(phone.getByTestId('dossier-name')).toHaveText(fullName)
  await memberContext.close()

  // A death is recorded: once committed, the login is switched off in Keycloak.
  const death = await request.post(`/api/members/${memberId}/events`, {
    headers,
    data: { kind: 'DEATH', date: new Date().toISOString().slice(0, 10), reason: 'Từ trần' },
  })
  expect(death.status(), await death.text()).toBe(201)
  await page.reload()
  await expect(
    page.getByTestId('account-row').filter({ hasText: fullName }).getByTestId('account-state'),
  ).toHaveText('Đã khóa')

  const laterContext = await browser.newContext()
  const later = await laterContext.newPage()
  await later.goto('/')
  await expect(later.locator('#kc-login')).toBeVisible({ timeout: 30_000 })
  await later.locator('#username').fill(username)
  await later.locator('#password').fill(newPassword)
  await later.locator('#kc-login').click()
  // Refused: Keycloak shows its login form again with an error, the app is never reached.
  await expect(later.locator('#kc-login')).toBeVisible({ timeout: 30_000 })
  await expect(later.locator('#input-error, .pf-v5-c-alert, .alert-error, .kc-feedback-text').first()).toBeVisible()
  await expect(later.getByTestId('logout-button')).toHaveCount(0)
  await laterContext.close()
})

test('a whole cell gets its missing logins in one go, members not eligible are skipped', async ({ page, request }) => {
  const token = await officerToken(request)
  const { cellId, memberId, fullName, headers } = await cellWithMember(request, token)
  // A second member, exempt from activity: no handbook for them (Quy định 339-QĐ/TW).
  const other = await cellWithMemberIn(request, headers, cellId)
  const exempt = await request.post(`/api/members/${other.memberId}/events`, {
    headers,
    data: { kind: 'EXEMPTION', date: new Date().toISOString().slice(0, 10) },
  })
  expect(exempt.status(), await exempt.text()).toBe(201)

  await openSignedIn(page, `/accounts?cellId=${cellId}`, OFFICER)
  await page.getByTestId('create-for-cell').click()
  await expect(page.getByTestId('login-card')).toHaveCount(1)
  await expect(page.getByTestId('login-card')).toContainText(fullName)
  await expect(page.getByTestId('batch-report')).toContainText(other.fullName)
  // The page and its sheet fit a phone.
  await page.setViewportSize({ width: 360, height: 740 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  // Printed, the sheet is the cards only.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('account-row').first()).toBeHidden()
  await expect(page.getByTestId('print-sheet')).toBeHidden()
  await expect(page.getByTestId('login-card')).toBeVisible()
  await page.emulateMedia({ media: 'screen' })

  const rows = await (await request.get(`/api/accounts?cellId=${cellId}`, { headers })).json()
  expect(rows.find((r: { memberId: number }) => r.memberId === memberId).account.state).toBe('ACTIVE')
  expect(rows.find((r: { memberId: number }) => r.memberId === other.memberId).account).toBeUndefined()

  // The officer switches the login off (in Keycloak) and on again.
  const row = page.getByTestId('account-row').filter({ hasText: fullName })
  await row.getByTestId('disable-account').click()
  await page.getByRole('dialog').getByRole('textbox').fill('Mất điện thoại')
  await page.getByTestId('disable-save').click()
  await expect(row.getByTestId('account-state')).toHaveText('Đã khóa')
  await row.getByTestId('enable-account').click()
  await expect(row.getByTestId('account-state')).toHaveText('Đang hoạt động')
})

test('an officer creates a login from the member\'s dossier and sees the card to print', async ({ page, request }) => {
  const token = await officerToken(request)
  const { memberId, fullName } = await cellWithMember(request, token)
  await openSignedIn(page, `/members/${memberId}`, OFFICER)
  const panel = page.getByTestId('dossier-account')
  await expect(panel.getByTestId('dossier-account-state')).toHaveText('Chưa có tài khoản')
  await panel.getByTestId('dossier-create-account').click()
  await expect(panel.getByTestId('login-card')).toContainText(fullName)
  await expect(panel.getByTestId('card-password')).toHaveText(/^[A-Za-z2-9]{10}$/)
  await expect(panel.getByTestId('dossier-account-state')).toHaveText('Đang hoạt động')
  await expect(panel.getByTestId('dossier-create-account')).toHaveCount(0)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])
})

async function cellWithMemberIn(request: APIRequestContext, headers: Record<string, string>, cellId: number) {
  const year = 1970 + Math.floor(Math.random() * 20)
  const fullName = `Lê Văn Sáu ${suffix()}`
  const res = await request.post('/api/members', {
    headers,
    data: {
      fullName,
      sex: 'MALE',
      birthDate: `${year}-08-02`,
      citizenId: `0010${String(year % 100).padStart(2, '0')}${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
      ethnicity: 'Kinh',
      religion: 'Không',
      residence: 'Tổ 6, Khu phố 1',
      admissionDate: `${year + 25}-03-02`,
      fullMembershipDate: `${year + 26}-03-02`,
      status: 'FULL',
      cellId,
    },
  })
  expect(res.status(), await res.text()).toBe(201)
  return { memberId: (await res.json()).id as number, fullName }
}
