import { execSync } from 'node:child_process'
import { test, expect } from '@playwright/test'
import { openSignedIn, officerToken } from '../support'

// Runs after every other spec (e2e.sh's last stage): it kills the system's Keycloak, which stays down.
const MEMBER = {
  user: process.env.E2E_MEMBER_USER || 'dangvien.01',
  password: process.env.E2E_MEMBER_PASSWORD || 'demo',
}

test('with Keycloak killed, signed-in users carry on and the sign-in page says the service is down', async ({ page, browser, request }) => {
  const token = await officerToken(request)
  await openSignedIn(page, '/', MEMBER)
  await expect(page.getByTestId('my-dossier-link')).toBeVisible()

  const config = await (await request.get('/api/config')).json()
  const home = process.env.E2E_HOME
  expect(home, 'E2E_HOME: the system home e2e.sh started').toBeTruthy()
  // The bracket keeps pkill from matching the shell that runs it.
  execSync(`pkill -9 -f '${home}/[k]eycloak-' || true`)
  await expect
    .poll(async () => (await fetch(`${config.authUrl}/realms/${config.realm}`).then(() => 'up', () => 'down')), {
      timeout: 20_000,
    })
    .toBe('down')

  // A token issued before stays valid: the server checks it against its copy of Keycloak's keys.
  const me = await request.get('/api/me', { headers: { Authorization: `Bearer ${token}` } })
  expect(me.status()).toBe(200)
  const units = await request.get('/api/units', { headers: { Authorization: `Bearer ${token}` } })
  expect(units.status()).toBe(200)

  // The open page keeps working without a reload: the member opens their dossier.
  await page.getByTestId('my-dossier-link').click()
  await expect(page.getByTestId('dossier-name')).toBeVisible({ timeout: 30_000 })

  // Someone arriving now is told that signing in is down, not shown a blank page or a browser error.
  const visitor = await browser.newPage()
  await visitor.goto('/')
  await expect(visitor.getByRole('heading', { name: 'Dịch vụ đăng nhập đang không hoạt động' })).toBeVisible({ timeout: 30_000 })
  await visitor.close()
})
