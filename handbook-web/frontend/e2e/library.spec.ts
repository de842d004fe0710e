import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, openSignedIn, OFFICER } from './support'

const MEMBER = {
  user: process.env.E2E_MEMBER_USER || 'dangvien.01',
  password: process.env.E2E_MEMBER_PASSWORD || 'demo',
}
// The demo library's PDF (DemoLibrary.java), made with PDFBox when the demo ward is seeded.
const PDF_TITLE = 'Tài liệu sinh hoạt chuyên đề: An toàn thông tin trên điện thoại'
const PDF_LINE = 'Chỉ cài ứng dụng từ kho ứng dụng chính thức'

/** A one-page PDF written by hand (Helvetica, ASCII text): enough for the server's PDFBox to read. */
function handMadePdf(text: string): Buffer {
  const content = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(pdf.length)
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const off of offsets) pdf += `${String(off).padStart(10, '0')} 00000 n \n`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

async function expectNoHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(360)
}

test.describe('document library', () => {
  test('a member finds a document without diacritics, opens it, goes offline and opens it again', async ({ page, context }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await openSignedIn(page, '/', MEMBER)
    await expect(page.getByTestId('to-read')).toBeVisible()
    // The service worker keeps the app shell once installed; wait for it so that a reload works offline.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true))

    await page.getByTestId('library-link').click()
    await page.getByTestId('library-search').fill('an toan thong tin dien thoai')
    const list = page.getByTestId('library-list')
    await expect(list.getByRole('link', { name: PDF_TITLE })).toBeVisible()
    await expect(list.getByRole('link')).toHaveCount(1)
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page, 'library at 360 px')

    await list.getByRole('link', { name: PDF_TITLE }).click()
    await expect(page.getByTestId('document-text')).toContainText(PDF_LINE)
    await expect(page.getByTestId('saved-on-device')).toBeVisible()
    await expect(page.getByTestId('open-pdf')).toBeVisible()
    await expectNoHorizontalScroll(page)
    await expectNoAxeViolations(page, 'document at 360 px')

    await context.setOffline(true)
    try {
      // Inside the loaded app: back to the library (the saved documents) and into the document again.
      await page.getByTestId('library-back').click()
      await expect(page.getByTestId('offline-notice')).toBeVisible()
      await list.getByRole('link', { name: PDF_TITLE }).click()
      await expect(page.getByTestId('offline-notice')).toBeVisible()
      await expect(page.getByTestId('document-text')).toContainText(PDF_LINE)
      await expect(page.getByTestId('open-pdf')).toBeVisible()

      // And after a reload with no network: the shell from the service worker, the document from this device.
      await page.reload()
      await expect(page.getByTestId('document-text')).toContainText(PDF_LINE, { timeout: 30_000 })
      await expect(page.getByTestId('offline-notice')).toBeVisible()
    } finally {
      await context.setOffline(false)
    }
  })

  test('an officer uploads a PDF, a member finds it and signing out clears what the phone kept', async ({ page, browser }) => {
    const word = `Kiemthu${Date.now().toString(36)}`
    await openSignedIn(page, '/library', OFFICER)
    await page.getByTestId('library-add').click()
    const form = page.getByTestId('library-form')
    await form.getByLabel('Tên tài liệu').fill(`Quy chế thử nghiệm ${word}`)
    await form.getByLabel('Số, ký hiệu').fill('09-QC/ĐU')
    await form.getByLabel('Loại tài liệu').selectOption('REGULATION')
    await form.getByLabel('Tệp PDF (tối đa 20 MB)').setInputFiles({
      name: 'quy-che.pdf',
      mimeType: 'application/pdf',
      buffer: handMadePdf(`Quy che lam viec cua chi bo ${word}`),
    })
    await form.getByRole('button', { name: 'Đăng tài liệu' }).click()
    await expect(page.getByTestId('document-text')).toContainText(`Quy che lam viec cua chi bo ${word}`)

    const member = await browser.newContext({ viewport: { width: 360, height: 740 } })
    const phone = await member.newPage()
    await openSignedIn(phone, '/library', MEMBER)
    await phone.getByTestId('library-search').fill(`quy che ${word.toLowerCase()}`)
    await phone.getByTestId('library-list').getByRole('link', { name: `Quy chế thử nghiệm ${word}` }).click()
    await expect(phone.getByTestId('saved-on-device')).toBeVisible()
    expect(await phone.evaluate(() => caches.keys())).toContain('handbook-library-v1')

    await phone.getByTestId('logout-button').click()
    await phone.waitForURL((url) => !url.pathname.startsWith('/library'))
    await phone.goto('/manifest.json')
    expect(await phone.evaluate(() => caches.keys())).not.toContain('handbook-library-v1')
    await member.close()
  })
})
