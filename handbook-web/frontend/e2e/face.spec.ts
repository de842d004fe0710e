import { chromium, expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import config from '../playwright.config'
import { officerToken, openSignedIn, OFFICER, suffix } from './support'

// Face check-in end to end: the package's sample photos as the delegates' photos, enrolment computed in the
// browser, then kiosks whose (fake) camera shows a delegate's face, or a face nobody enrolled.

const SAMPLES = fileURLToPath(new URL('../node_modules/@vladmandic/face-api/demo', import.meta.url))
/** One face each (sample1, sample5); sample3 shows two other people, neither enrolled. */
const PHOTO_A = join(SAMPLES, 'sample1.jpg')
const PHOTO_B = join(SAMPLES, 'sample5.jpg')
const PHOTO_C = join(SAMPLES, 'sample3.jpg')

async function officerHeaders(request: APIRequestContext) {
  return { Authorization: `Bearer ${await officerToken(request)}`, 'Accept-Language': 'vi' }
}

type Headers = Awaited<ReturnType<typeof officerHeaders>>

async function fullMember(request: APIRequestContext, headers: Headers, cellId: number, fullName: string) {
  const year = 1970 + Math.floor(Math.random() * 25)
  const citizenId = `0010${String(year % 100).padStart(2, '0')}${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`
  const res = await request.post('/api/members', {
    headers,
    data: {
      fullName, sex: 'MALE', birthDate: `${year}-03-11`, citizenId, ethnicity: 'Kinh', religion: 'Không',
      residence: 'Tổ 2, Khu phố 3', admissionDate: `${year + 24}-05-19`, fullMembershipDate: `${year + 25}-05-19`,
      status: 'FULL', cellId,
    },
  })
  expect(res.status(), await res.text()).toBe(201)
  return (await res.json()).id as number
}

/** A congress with two official delegates, check-in open, and a photo (with consent) for each. */
async function congressWithTwoDelegates(request: APIRequestContext, headers: Headers) {
  const units = await (await request.get('/api/units', { headers })).json()
  const ward = units.find((u: { kind: string; dissolvedOn?: string }) => u.kind === 'WARD' && !u.dissolvedOn)
  const cell = await request.post('/api/units', { headers, data: { kind: 'CELL', name: `Chi bộ Khuôn mặt ${suffix()}`, parentId: ward.id } })
  expect(cell.status(), await cell.text()).toBe(201)
  const cellId = (await cell.json()).id as number
  const nameA = `Nguyễn Văn Diện ${suffix()}`
  const nameB = `Trần Thị Mạo ${suffix()}`
  const members = [await fullMember(request, headers, cellId, nameA), await fullMember(request, headers, cellId, nameB)]
  const today = new Date().toISOString().slice(0, 10)
  const created = await request.post('/api/congresses', {
    headers,
    data: { name: `Đại hội Nhận diện ${suffix()}`, level: 'WARD', term: '2025-2030', startsOn: today, endsOn: today, venue: 'Hội trường phường' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const id = (await created.json()).id as number
  const added = await request.post(`/api/congresses/${id}/delegates`, {
    headers, data: { memberIds: members, kind: 'OFFICIAL', basis: 'ELECTED' },
  })
  expect(added.status(), await added.text()).toBe(201)
  const lines = (await added.json()) as { id: number; memberId: number }[]
  const [a, b] = members.map((m) => lines.find((l) => l.memberId === m)!.id)
  const session = await request.post(`/api/congresses/${id}/sessions`, {
    headers, data: { name: 'Phiên khai mạc', startsAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z') },
  })
  expect(session.status(), await session.text()).toBe(201)
  const open = await request.post(`/api/congresses/${id}/sessions/${(await session.json()).id}/check-in`, { headers, data: { open: true } })
  expect(open.status(), await open.text()).toBe(200)
  for (const [delegate, photo] of [[a, PHOTO_A], [b, PHOTO_B]] as const) {
    const put = await request.put(`/api/congresses/${id}/delegates/${delegate}/photo?consent=true`, {
      headers: { ...headers, 'Content-Type': 'image/jpeg' },
      data: readFileSync(photo),
    })
    expect(put.status(), await put.text()).toBe(204)
  }
  return { id, a, b, nameA, nameB }
}

/**
 * A fake camera file for Chromium: the photo cropped (4:3, around the faces) to 640×480 and re-encoded by a
 * canvas as plain baseline JPEG frames (no EXIF thumbnail, whose markers would split a frame), repeated.
 */
async function mjpeg(page: Page, photo: string, centre: [number, number], name: string): Promise<string> {
  const dataUrl = `data:image/jpeg;base64,${readFileSync(photo).toString('base64')}`
  const jpeg = await page.evaluate(
    async ({ dataUrl, centre }) => {
      const img = new Image()
      img.src = dataUrl
      await img.decode()
      const w = Math.min(img.naturalWidth, 1200)
      const h = (w * 3) / 4
      const x = Math.max(0, Math.min(img.naturalWidth - w, centre[0] - w / 2))
      const y = Math.max(0, Math.min(img.naturalHeight - h, centre[1] - h / 2))
      const canvas = document.createElement('canvas')
      canvas.width = 640
      canvas.height = 480
      canvas.getContext('2d')!.drawImage(img, x, y, w, h, 0, 0, 640, 480)
      return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!
    },
    { dataUrl, centre },
  )
  const frame = Buffer.from(jpeg, 'base64')
  const file = join(tmpdir(), `ward-face-${name}-${process.pid}.mjpeg`)
  writeFileSync(file, Buffer.concat(Array.from({ length: 10 }, () => frame)))
  return file
}

async function kioskBrowser(cameraFile: string): Promise<Browser> {
  const launch = config.use?.launchOptions ?? {}
  return chromium.launch({
    ...launch,
    args: [
      ...(launch.args ?? []),
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${cameraFile}`,
    ],
  })
}

async function kioskPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  await context.grantPermissions(['camera'])
  return context.newPage()
}

async function present(request: APIRequestContext, headers: Headers, congressId: number): Promise<number> {
  return (await (await request.get(`/api/congresses/${congressId}/attendance`, { headers })).json()).present
}

test('the secretariat enrols faces from the photos; a known face checks in, an unknown one is sent to the QR kiosk', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(180_000)
  // TF.js must run under the app's CSP as it is (no eval, no WebAssembly): any violation fails the test.
  const cspViolations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text())
  })
  const headers = await officerHeaders(request)
  const c = await congressWithTwoDelegates(request, headers)

  // Enrolment in the officer's browser: both photos have one face.
  await openSignedIn(page, `/congresses/${c.id}/faces`, OFFICER)
  await expect(page.getByTestId('face-enrol-summary')).toContainText('2 đại biểu có ảnh, 0 đã có mẫu')
  await page.getByTestId('face-enrol-start').click()
  await expect(page.getByTestId('face-enrol-status')).toContainText('Xong: đã lập mẫu cho 2/2 đại biểu', { timeout: 60_000 })
  await expect(page.getByTestId('face-no-face')).toHaveCount(0)
  const faces = await (await request.get(`/api/congresses/${c.id}/faces`, { headers })).json()
  expect(faces.map((f: { delegateId: number }) => f.delegateId).sort()).toEqual([c.a, c.b].sort())

  const cameraA = await mjpeg(page, PHOTO_A, [1532, 319], 'a')
  const cameraC = await mjpeg(page, PHOTO_C, [1400, 420], 'c')

  // A kiosk whose camera shows delegate A: greeted by name, checked in with method FACE.
  const kioskA = await kioskBrowser(cameraA)
  try {
    const kiosk = await kioskPage(kioskA, baseURL!)
    kiosk.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text())
    })
    await openSignedIn(kiosk, `/congresses/${c.id}/kiosk/face`, OFFICER)
    const greeting = kiosk.getByTestId('face-greeting')
    await expect(greeting)
      .toContainText(`Chào mừng đồng chí ${c.nameA}`, { timeout: 60_000 })
      .catch(async (e: unknown) => {
        const result = kiosk.getByTestId('face-result')
        const seen = `${await result.getAttribute('data-match')} at ${await result.getAttribute('data-distance')}`
        throw new Error(`not greeted; the last frame was ${seen}`, { cause: e })
      })
    await expect(greeting.getByRole('img', { name: `Ảnh của ${c.nameA}` })).toBeVisible()
  } finally {
    await kioskA.close()
  }
  expect(await present(request, headers, c.id)).toBe(1)
  const again = await request.post(`/api/congresses/${c.id}/check-ins/desk`, { headers, data: { delegateId: c.a, method: 'DESK' } })
  expect((await again.json()).method, 'recorded by the face kiosk').toBe('FACE')

  // A kiosk whose camera shows people nobody enrolled: the fall-back to the QR kiosk, and no check-in.
  const kioskC = await kioskBrowser(cameraC)
  try {
    const kiosk = await kioskPage(kioskC, baseURL!)
    await openSignedIn(kiosk, `/congresses/${c.id}/kiosk/face`, OFFICER)
    const unknown = kiosk.getByTestId('face-unknown')
    await expect(unknown).toContainText('Không nhận ra, vui lòng quét mã QR', { timeout: 60_000 })
    await expect(kiosk.getByTestId('face-to-qr')).toHaveAttribute('href', `/congresses/${c.id}/kiosk`)
    await expect(kiosk.getByTestId('face-greeting')).toHaveCount(0)
  } finally {
    await kioskC.close()
  }
  expect(await present(request, headers, c.id)).toBe(1)
  expect(cspViolations).toEqual([])
})
