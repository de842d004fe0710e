import { test, expect } from '@playwright/test'
import { OFFICER, openSignedIn } from './support'

// The server sends a Content-Security-Policy without inline or foreign scripts: the whole app, sign-in
// through Keycloak included, must run under it without a single violation.
test('the app signs in and runs its pages under the content security policy', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)
    })
  })

  const home = await page.request.get('/')
  const csp = home.headers()['content-security-policy'] ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).toContain("frame-ancestors 'none'")
  expect(home.headers()['x-content-type-options']).toBe('nosniff')

  // From the home page: keycloak-js first checks the session in a hidden frame (Keycloak, then our own page).
  await openSignedIn(page, '/', OFFICER)
  await page.goto('/members')
  await expect(page.getByTestId('member-row').first()).toBeVisible()
  await page.getByTestId('member-row').first().getByTestId('member-name').click()
  await expect(page.getByTestId('dossier-name')).toBeVisible()
  for (const path of ['/units', '/statistics', '/fees', '/audit']) {
    await page.goto(path)
    await expect(page.getByTestId('logout-button')).toBeVisible()
    await page.waitForLoadState('networkidle')
  }
  expect(violations).toEqual([])
})
