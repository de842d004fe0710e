import { test, expect } from '@playwright/test'
import { expectNoAxeViolations, openSignedIn, unaccent } from './support'

const SECRETARY = {
  user: process.env.E2E_SECRETARY_USER || 'bithu.cb01',
  password: process.env.E2E_SECRETARY_PASSWORD || 'demo',
}
const MEMBER = {
  user: process.env.E2E_MEMBER_USER || 'dangvien.01',
  password: process.env.E2E_MEMBER_PASSWORD || 'demo',
}
const OTHER_MEMBER_ID = Number(process.env.E2E_OTHER_MEMBER_ID || 1)

test('secretary finds a member without diacritics, edits the residence and sees it in the history', async ({ page }) => {
  await openSignedIn(page, '/members', SECRETARY)

  const rows = page.getByTestId('member-row')
  await expect(rows.first()).toBeVisible()
  const fullName = (await rows.first().getByTestId('member-name').innerText()).trim()
  expect(fullName.length).toBeGreaterThan(0)

  // An unaccented part of the name: everything after the family name (or the name itself).
  const words = fullName.split(/\s+/)
  const part = unaccent(words.length > 1 ? words.slice(1).join(' ') : fullName)

  const search = page.getByTestId('search-input')
  const searched = page.waitForResponse(
    (r) => r.url().includes('/api/members?') && new URL(r.url()).searchParams.get('q') === part && r.ok(),
  )
  await search.fill(part)
  await searched
  await expect(page).toHaveURL(/[?&]q=/)
  const match = page.getByTestId('member-row').filter({ hasText: fullName }).first()
  await expect(match).toBeVisible()

  await expectNoAxeViolations(page, 'member list')

  await match.getByTestId('member-name').click()
  await expect(page).toHaveURL(/\/members\/\d+$/)
  await expect(page.getByTestId('dossier-name')).toHaveText(fullName)
  await expect(page.getByTestId('history')).toBeVisible()
  await expectNoAxeViolations(page, 'dossier')

  await page.getByTestId('edit-button').click()
  await expect(page).toHaveURL(/\/members\/\d+\/edit$/)
  const residence = page.getByTestId('field-residence')
  await expect(residence).toBeVisible()
  const newResidence = `Số ${Date.now() % 100000} đường Thử Nghiệm, phường Bến Thành`
  await residence.fill(newResidence)
  await page.getByTestId('save-button').click()

  await expect(page).toHaveURL(/\/members\/\d+$/)
  await expect(page.getByTestId('value-residence')).toHaveText(newResidence)
  await expect(page.getByTestId('history-entry').filter({ hasText: newResidence }).first()).toBeVisible()
})

test('a plain member is refused another member’s dossier', async ({ page }) => {
  await openSignedIn(page, '/', MEMBER)

  // /api/me as the app sees it: the home page links to the member's own dossier.
  const own = page.getByTestId('my-dossier-link')
  await expect(own).toBeVisible()
  // The page is laid out in one go: when the links show, the handbook's sections above them are already
  // there (arriving later they pushed the links down under the member's finger).
  expect(await page.getByTestId('my-meetings').count()).toBe(1)
  const before = await own.boundingBox()
  await page.waitForLoadState('networkidle')
  expect((await own.boundingBox())?.y).toBe(before?.y)
  const ownId = Number((await own.getAttribute('href'))?.split('/').pop())
  const otherId = ownId === OTHER_MEMBER_ID ? OTHER_MEMBER_ID + 1 : OTHER_MEMBER_ID

  await page.goto(`/members/${otherId}`)
  await expect(page.getByTestId('forbidden-message')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('dossier-name')).toHaveCount(0)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('the member list has no horizontal scroll at 360×740', async ({ page }) => {
    await openSignedIn(page, '/members', SECRETARY)
    await expect(page.getByTestId('member-row').first()).toBeVisible()
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth).toBeLessThanOrEqual(360)
  })
})
