import { expect, type APIRequestContext, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

/** A demo account of the realm (README): username and password. */
export interface Account {
  user: string
  password: string
}

export const OFFICER: Account = {
  user: process.env.E2E_OFFICER_USER || 'canbo.tochuc',
  password: process.env.E2E_OFFICER_PASSWORD || 'demo',
}

/** Lower-case, without Vietnamese diacritics (đ → d), as a user typing without accents would. */
export function unaccent(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
}

/**
 * Opens a page of the app; if the app sends us to Keycloak, signs in there. Returns once the app
 * shows a signed-in header.
 */
export async function openSignedIn(page: Page, path: string, who: Account) {
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

export async function expectNoAxeViolations(page: Page, label: string) {
  // axe judges colours as they are drawn: let fades and other finite transitions end first (spinners never do).
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
          .every((a) => a.playState !== 'running'),
      null,
      { timeout: 5_000 },
    )
    .catch(() => undefined)
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  )
  expect(summary, `axe violations on ${label}`).toEqual([])
}


/** The demo realm's confidential client for scripts (direct grants): lets a test set up its data through the API. */
const SCRIPTS_CLIENT = { id: 'ward-scripts', secret: process.env.E2E_SCRIPTS_SECRET || 'demo-scripts-secret' }

/** An access token of a demo account, from Keycloak, for setting up a test's data through the API. */
export async function tokenOf(request: APIRequestContext, who: Account): Promise<string> {
  const config = await (await request.get('/api/config')).json()
  const res = await request.post(`${config.authUrl}/realms/${config.realm}/protocol/openid-connect/token`, {
    form: {
      grant_type: 'password',
      client_id: SCRIPTS_CLIENT.id,
      client_secret: SCRIPTS_CLIENT.secret,
      username: who.user,
      password: who.password,
    },
  })
  expect(res.ok(), await res.text()).toBeTruthy()
  return (await res.json()).access_token
}

/** An access token of the officer. */
export function officerToken(request: APIRequestContext): Promise<string> {
  return tokenOf(request, OFFICER)
}

/** A capitalised word of letters only (names are refused with digits) that makes a test's names unique. */
export function suffix(): string {
  const letters = 'abcdeghiklmnopqrstuvxy'
  let s = ''
  for (let i = 0; i < 6; i++) s += letters.charAt(Math.floor(Math.random() * letters.length))
  return s.charAt(0).toUpperCase() + s.slice(1)
}
