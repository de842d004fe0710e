import { test, expect, type APIRequestContext, type Browser } from '@playwright/test'
import { OFFICER, expectNoAxeViolations, openSignedIn, suffix, tokenOf } from './support'

// Three demo accounts who are full members: each becomes an official delegate of a congress made for this test.
const DELEGATES = [
  { user: process.env.E2E_SECRETARY_USER || 'bithu.cb01', password: process.env.E2E_SECRETARY_PASSWORD || 'demo' },
  { user: process.env.E2E_MEMBER_USER || 'dangvien.01', password: process.env.E2E_MEMBER_PASSWORD || 'demo' },
  { user: process.env.E2E_DELEGATE_USER || 'daibieu.01', password: process.env.E2E_DELEGATE_PASSWORD || 'demo' },
]

/** A congress with the three as official delegates, checked in to its open session, and a big-screen token. */
async function prepareCongress(request: APIRequestContext) {
  const officer = { Authorization: `Bearer ${await tokenOf(request, OFFICER)}` }
  const memberIds: number[] = []
  for (const d of DELEGATES) {
    const me = await request.get('/api/me', { headers: { Authorization: `Bearer ${await tokenOf(request, d)}` } })
    expect(me.ok(), await me.text()).toBeTruthy()
    memberIds.push((await me.json()).memberId)
  }
  const today = new Date().toISOString().slice(0, 10)
  const post = async (path: string, data: unknown) => {
    const res = await request.post(path, { headers: officer, data })
    expect(res.ok(), `${path}: ${await res.text()}`).toBeTruthy()
    return res.json()
  }
  const congress = await post('/api/congresses', {
    name: `Đại hội biểu quyết ${suffix()}`, level: 'WARD', term: '2025-2030', startsOn: today, endsOn: today,
    venue: 'Hội trường phường',
  })
  const base = `/api/congresses/${congress.id}`
  const delegates = await post(`${base}/delegates`, { memberIds, kind: 'OFFICIAL', basis: 'ELECTED' })
  const session = await post(`${base}/sessions`, { name: 'Phiên chính thức', startsAt: new Date().toISOString() })
  await post(`${base}/sessions/${session.id}/check-in`, { open: true })
  for (const d of delegates) await post(`${base}/check-ins/desk`, { delegateId: d.id, method: 'DESK' })
  const screen = await post(`${base}/screens`, { label: 'Máy chiếu hội trường' })
  return { id: congress.id as number, screenToken: screen.token as string }
}

async function tablet(browser: Browser, congressId: number, who: (typeof DELEGATES)[number]) {
  const context = await browser.newContext({ viewport: { width: 800, height: 1100 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  const page = await context.newPage()
  await openSignedIn(page, `/congresses/${congressId}/tablet`, who)
  await expect(page.getByTestId('live-status')).toContainText('Trực tiếp')
  return { context, page }
}

test('the presidium opens a vote, three delegate tablets vote, the big screen shows the result', async ({ page, browser, request }) => {
  test.setTimeout(240_000)
  const congress = await prepareCongress(request)

  // The big screen, where nobody signs in.
  const hall = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'vi-VN' })
  const screen = await hall.newPage()
  await screen.goto(`/screen/${congress.screenToken}`)
  await expect(screen.getByTestId('big-screen')).toBeVisible()

  // The console prepares and opens the vote.
  await openSignedIn(page, `/congresses/${congress.id}/console`, OFFICER)
  await expect(page.getByTestId('live-status')).toContainText('Trực tiếp')
  const question = `Thông qua Nghị quyết Đại hội ${suffix()}`
  const votes = page.getByTestId('vote-console')
  await votes.getByLabel('Nội dung biểu quyết').fill(question)
  await votes.getByTestId('vote-prepare').click()
  await expect(votes).toContainText(question)
  await votes.getByRole('button', { name: 'Bắt đầu biểu quyết' }).click()
  await expect(votes.getByTestId('vote-open')).toContainText(question)
  await expect(screen.getByTestId('vote-screen')).toContainText(question)

  // Three tablets: two agree, one disagrees; each sees its own choice.
  const tablets = []
  for (const d of DELEGATES) tablets.push(await tablet(browser, congress.id, d))
  const choices = ['agree', 'agree', 'disagree']
  for (const [i, { page: t }] of tablets.entries()) {
    await expect(t.getByTestId('vote-tablet')).toContainText(question)
    await t.getByTestId(`vote-choose-${choices[i]}`).click()
    await expect(t.getByTestId('vote-mine')).toBeVisible()
  }
  const [first, , last] = tablets.map((t) => t.page)
  await expect(last!.getByTestId('vote-mine')).toContainText('Không tán thành')
  await expectNoAxeViolations(first!, 'delegate tablet with a vote')
  // While it is open the hall sees the question, never the tally.
  await expect(screen.getByTestId('vote-screen').getByTestId('vote-agree')).toHaveCount(0)

  // The presidium closes it: the big screen shows the result at once, without a reload.
  await votes.getByTestId('vote-close').click()
  const result = screen.getByTestId('vote-screen')
  await expect(result.getByTestId('vote-verdict')).toHaveText(/Được thông qua/, { timeout: 5_000 })
  await expect(result.getByTestId('vote-agree')).toContainText('2')
  await expect(result.getByTestId('vote-disagree')).toContainText('1')
  await expect(result.getByTestId('vote-base')).toContainText('3')
  await expectNoAxeViolations(screen, 'big screen with a vote result')
  await expect(first!.getByTestId('vote-tablet').getByTestId('vote-verdict')).toHaveText(/Được thông qua/)

  for (const t of tablets) await t.context.close()
  await hall.close()
})
