/** Rules of the notice screens that do not need a server: the compose form and the receipt summary. */

export const MAX_TITLE = 200
export const MAX_BODY = 20_000

export interface NoticeForm {
  title: string
  body: string
  important: boolean
  wardWide: boolean
  cellIds: number[]
  /** Also on the ward's public page (officers only). */
  publicNotice?: boolean
}

export type NoticeField = 'title' | 'body' | 'cellIds'
export const NOTICE_FIELDS: readonly NoticeField[] = ['title', 'body', 'cellIds']

export function emptyNoticeForm(): NoticeForm {
  return { title: '', body: '', important: false, wardWide: false, cellIds: [] }
}

/** i18n keys of what is wrong, by field; the server checks the same and more. */
export function validateNoticeForm(f: NoticeForm): Partial<Record<NoticeField, string>> {
  const e: Partial<Record<NoticeField, string>> = {}
  const title = f.title.trim()
  if (!title) e.title = 'validation.required'
  else if (title.length > MAX_TITLE) e.title = 'notices.tooLongTitle'
  const body = f.body.trim()
  if (!body) e.body = 'validation.required'
  else if (body.length > MAX_BODY) e.body = 'notices.tooLongBody'
  if (!f.wardWide && f.cellIds.length === 0) e.cellIds = 'notices.chooseAudience'
  return e
}

/** What the server is sent: the ward, or the chosen cells, never both. */
export function noticePayload(f: NoticeForm) {
  return {
    title: f.title.trim(),
    body: f.body.replace(/\r\n/g, '\n').trim(),
    important: f.important,
    wardWide: f.wardWide,
    cellIds: f.wardWide ? [] : [...f.cellIds],
    ...(f.publicNotice ? { publicNotice: true } : {}),
  }
}

/** Share of recipients who have read, as a whole percentage (0 when nobody received it). */
export function readPercent(read: number, total: number): number {
  if (total <= 0) return 0
  return Math.round((read * 100) / total)
}

/** The paragraphs of a plain-text body: blank lines separate them, single line breaks stay inside. */
export function paragraphs(body: string): string[] {
  return body
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
}
