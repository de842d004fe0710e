import { test, expect, chromium, type APIRequestContext } from '@playwright/test'
import QRCode from 'qrcode'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expectNoAxeViolations, OFFICER, openSignedIn, unaccent, officerToken, suffix } from './support'

// The door kiosk: a card's QR code held before a (fake) camera checks the delegate in and greets them; the same
// card again shows that it was already used; a delegate without a card is found by name.

/** A congress of two official delegates from a fresh cell, the first on seat A7, check-in open. */
async function congressAtTheDoor(request: APIRequestContext) {
  const headers = { Authorization: `Bearer ${await officerToken(request)}`, 'Accept-Language': 'vi' }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const ok = async (res: Awaited<ReturnType<APIRequestContext['post']>>, status = 200): Promise<any> => {
    expect(res.status(), await res.text()).toBe(status)
    return res.json()
  }
  const units = await (await request.get('/api/units', { headers })).json()
  const ward = units.find((u: { kind: string; dissolvedOn?: string }) => u.kind === 'WARD' && !u.dissolvedOn)
  const s = suffix()
  const cell = await ok(await request.post('/api/units', { headers, data: { kind: 'CELL', name: `Chi bộ Cửa ${s}`, parentId: ward.id } }), 201)
  const names = [`Đặng Thị Cửa ${s}`, `Lương Văn Tìm ${s}`] as const
  const memberIds: number[] = []
  for (const [i, fullName] of names.entries()) {
    const year = 1970 + i
    const m = await ok(
      await request.post('/api/members', {
        headers,
        data: {
          fullName,
          sex: i === 0 ? 'FEMALE' : 'MALE',
          birthDate: `${year}-03-09`,
          citizenId: `001${i === 0 ? 1 : 0}${String(year % 100).padStart(2, '0')}${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
          ethnicity: 'Kinh',
          religion: 'Không',
          residence: 'Tổ 2, Khu phố 3',
          admissionDate: `${year + 25}-03-02`,
          fullMembershipDate: `${year + 26}-03-02`,
          status: 'FULL',
          cellId: cell.id,
        },
      }),
      201,
    )
    memberIds.push(m.id)
  }
  const today = new Date().toISOString().slice(0, 10)
  const congress = await ok(
    await request.post('/api/congresses', {
      headers,
      data: { name: `Đại hội Cửa ${s}`, level: 'WARD', term: '2025-2030', startsOn: today, endsOn: today, venue: 'Hội trường phường' },
    }),
    201,
  )
  const base = `/api/congresses/${congress.id}`
  const delegates = await ok(await request.post(`${base}/delegates`, { headers, data: { memberIds, kind: 'OFFICIAL', basis: 'ELECTED' } }), 201)
  const first = delegates.find((d: { memberId: number }) => d.memberId === memberIds[0])
  await ok(await request.put(`${base}/seats`, { headers, data: { rows: [{ label: 'A', seats: 10 }] } }))
  await ok(await request.put(`${base}/delegates/${first.id}/placement`, { headers, data: { seatRow: 'A', seatNumber: 7 } }))
  // a tiny PNG is enough: the kiosk shows whatever photo was stored with consent
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
  const photo = await request.put(`${base}/delegates/${first.id}/photo?consent=true`, {
    headers: { ...headers, 'Content-Type': 'image/png' },
    data: png,
  })
  expect(photo.status(), await photo.text()).toBe(204)
  const session = await ok(await request.post(`${base}/sessions`, { headers, data: { name: 'Phiên khai mạc', startsAt: new Date().toISOString() } }), 201)
  await ok(await request.post(`${base}/sessions/${session.id}/check-in`, { headers, data: { open: true } }))
  const card = await ok(await request.get(`${base}/delegates/${first.id}/card-code`, { headers }))
  return { id: congress.id as number, names, token: card.token as string }
}

/**
 * A Y4M video (what Chromium's fake camera plays, looping) of the QR code black on white: grey only, so the
 * chroma planes are flat.
 */
function qrVideo(text: string): string {
  const width = 640
  const height = 480
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules
  const n = modules.size
  const scale = Math.floor(360 / (n + 8))
  const side = (n + 8) * scale
  const left = Math.floor((width - side) / 2)
  const top = Math.floor((height - side) / 2)
  const y = Buffer.alloc(width * height, 0x50)
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      const r = Math.floor(row / scale) - 4
      const c = Math.floor(col / scale) - 4
      const dark = r >= 0 && c >= 0 && r < n && c < n && modules.get(r, c)
      y[(top + row) * width + left + col] = dark ? 16 : 235
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128)
  const frames: Buffer[] = [Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`)]
  for (let i = 0; i < 5; i++) frames.push(Buffer.from('FRAME\n'), y, chroma)
  const file = join(mkdtempSync(join(tmpdir(), 'kiosk-')), 'card.y4m')
  writeFileSync(file, Buffer.concat(frames))
  return file
}

test('the kiosk checks a delegate in from the card before its camera, knows a second pass, and finds one by name', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(60_000)
  const c = await congressAtTheDoor(request)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${qrVideo(c.token)}`,
    ],
  })
  try {
    const context = await browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1024, height: 768 } })
    const page = await context.newPage()
    await openSignedIn(page, `/congresses/${c.id}/kiosk`, OFFICER)

    const result = page.getByTestId('kiosk-result')
    await expect(result).toHaveAttribute('data-state', 'welcome')
    await expect(page.getByTestId('kiosk-name')).toHaveText(c.names[0])
    await expect(page.getByTestId('kiosk-seat')).toContainText('A7')
    await expect(result).toContainText('Chào mừng đồng chí')
    await expect(page.getByTestId('kiosk-photo')).toBeVisible()
    await expect(page.getByTestId('kiosk-count')).toContainText('1/2')
    // held before the camera, the card is sent once: the greeting stays
    await page.waitForTimeout(1500)
    await expect(result).toHaveAttribute('data-state', 'welcome')
    await expect(page.getByTestId('kiosk-face-link')).toHaveAttribute('href', `/congresses/${c.id}/kiosk/face`)
    await expectNoAxeViolations(page, 'kiosk')

    // the same card on a second pass (or a copy of it): amber, with the time of the first check-in
    await page.reload()
    await expect(result).toHaveAttribute('data-state', 'already')
    await expect(result).toContainText('Đã điểm danh lúc')
    await expect(page.getByTestId('kiosk-name')).toHaveText(c.names[0])

    // no card: the desk search, typed without diacritics
    await page.getByTestId('kiosk-search').fill(unaccent(c.names[1]))
    await page.getByTestId('kiosk-search-button').click()
    await page.getByTestId('kiosk-found').getByRole('button', { name: `Điểm danh ${c.names[1]}` }).click()
    await expect(page.getByTestId('kiosk-name')).toHaveText(c.names[1])
    await expect(result).toHaveAttribute('data-state', 'welcome')
    await expect(page.getByTestId('kiosk-count')).toContainText('2/2')
    await context.close()
  } finally {
    await browser.close()
  }
})
