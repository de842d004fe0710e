// Walks every page of the app served by e2e/mock/server.mjs, in normal and high-contrast mode, at
// desktop and phone width: runs axe on each, checks for horizontal scroll, saves screenshots under
// e2e/mock/screenshots/. A developer aid, not part of the real browser test.
//
//   npm run build && node e2e/mock/server.mjs &  node e2e/mock/tour.mjs
import { chromium } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const BASE = process.env.E2E_BASE_URL || 'http://localhost:5180'
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots')
await mkdir(OUT, { recursive: true })

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})

let failures = 0

async function login(page, user) {
  await page.goto(`${BASE}/`)
  await page.locator('#kc-login').waitFor()
  await page.fill('#username', user)
  await page.fill('#password', 'demo')
  await page.click('#kc-login')
  await page.getByTestId('logout-button').waitFor()
}

async function check(page, name, { width }, fullPage = true) {
  await page.waitForTimeout(400)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth)
  const bad = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 200)).join(' | ')}`)
  if (bad.length || scroll > width) failures++
  console.log(`${bad.length || scroll > width ? '✘' : '✓'} ${name}: axe ${bad.length} violations, scrollWidth ${scroll}/${width}`)
  for (const b of bad) console.log('    ' + b)
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage })
}

const user = process.env.TOUR_USER || 'canbo.01'
for (const hc of [false, true]) {
  for (const vp of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
    const context = await browser.newContext({ viewport: vp, locale: 'vi-VN' })
    const page = await context.newPage()
    page.on('pageerror', (e) => console.log('    page error:', e.message))
    await login(page, user)
    if (hc) {
      await page.getByRole('button', { name: /Tương phản cao/ }).click()
    }
    const tag = `${hc ? 'hc' : 'std'}-${vp.width}`
    await check(page, `${tag}-home`, vp)
    await page.goto(`${BASE}/units`)
    await page.locator('.unit-tree').waitFor()
    await check(page, `${tag}-units`, vp)
    await page.getByTestId('unit-actions-3').click()
    await page.locator('#unit-actions-menu').waitFor()
    await check(page, `${tag}-units-menu`, vp, false)
    await page.getByRole('menuitem', { name: /Bí thư/ }).click()
    await page.getByRole('dialog').waitFor()
    await page.waitForSelector('.simple-table, .positions .muted')
    await check(page, `${tag}-units-positions`, vp)
    await page.keyboard.press('Escape')
    await page.goto(`${BASE}/members`)
    await page.getByTestId('member-row').first().waitFor()
    await check(page, `${tag}-members`, vp)
    await page.goto(`${BASE}/members/12`)
    await page.getByTestId('history-entry').first().waitFor()
    await check(page, `${tag}-dossier`, vp)
    await page.goto(`${BASE}/members/12/edit`)
    await page.getByTestId('field-residence').waitFor()
    await page.getByTestId('field-citizenId').fill('123')
    await page.getByTestId('field-birthDate').fill('31/02/2025')
    await page.getByTestId('save-button').click()
    await page.getByTestId('form-alert').waitFor()
    await check(page, `${tag}-form-errors`, vp)
    await page.goto(`${BASE}/members/new`)
    await page.getByTestId('field-fullName').waitFor()
    await check(page, `${tag}-form-new`, vp)
    await page.goto(`${BASE}/audit`)
    await page.getByTestId('audit-row').first().waitFor()
    await check(page, `${tag}-audit`, vp)
    await page.goto(`${BASE}/no/such/page`)
    await page.getByTestId('not-found-message').waitFor()
    await check(page, `${tag}-404`, vp)
    await context.close()
  }
}

await browser.close()
console.log(failures ? `${failures} page checks failed` : 'all page checks passed')
process.exit(failures ? 1 : 0)
