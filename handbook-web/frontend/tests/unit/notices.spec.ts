import { describe, expect, it } from 'vitest'
import { emptyNoticeForm, noticePayload, paragraphs, readPercent, validateNoticeForm } from '../../src/lib/notices'
import { emptyCorrectionForm, isClosed, pendingFields, validateCorrectionForm } from '../../src/lib/corrections'

describe('notice helpers', () => {
  it('asks for a title, a text and somewhere to send it', () => {
    expect(validateNoticeForm(emptyNoticeForm())).toEqual({
      title: 'validation.required',
      body: 'validation.required',
      cellIds: 'notices.chooseAudience',
    })
    const ok = { ...emptyNoticeForm(), title: 'Thu đảng phí', body: 'Nộp trước ngày 25', cellIds: [3] }
    expect(validateNoticeForm(ok)).toEqual({})
    expect(validateNoticeForm({ ...ok, cellIds: [], wardWide: true })).toEqual({})
    expect(validateNoticeForm({ ...ok, title: 'x'.repeat(201) }).title).toBe('notices.tooLongTitle')
  })

  it('sends either the ward or the chosen cells, with the text trimmed and its lines kept', () => {
    const form = { title: ' Họp ', body: 'Dòng một\r\nDòng hai\n', important: true, wardWide: true, cellIds: [1, 2] }
    expect(noticePayload(form)).toEqual({ title: 'Họp', body: 'Dòng một\nDòng hai', important: true, wardWide: true, cellIds: [] })
    expect(noticePayload({ ...form, wardWide: false }).cellIds).toEqual([1, 2])
  })

  it('splits paragraphs at blank lines and keeps single line breaks', () => {
    expect(paragraphs('Kính gửi\n\nDòng một\nDòng hai\n \n\nHết')).toEqual(['Kính gửi', 'Dòng một\nDòng hai', 'Hết'])
  })

  it('rounds the share of readers and copes with no recipients', () => {
    expect(readPercent(1, 3)).toBe(33)
    expect(readPercent(2, 3)).toBe(67)
    expect(readPercent(0, 0)).toBe(0)
  })
})

describe('correction helpers', () => {
  it('needs a field and the correct value; the reason is optional but bounded', () => {
    expect(validateCorrectionForm(emptyCorrectionForm())).toEqual({ field: 'validation.required', proposedValue: 'validation.required' })
    expect(validateCorrectionForm({ field: 'residence', proposedValue: 'Tổ 5', reason: '' })).toEqual({})
    expect(validateCorrectionForm({ field: 'residence', proposedValue: 'x'.repeat(501), reason: 'y'.repeat(1001) })).toEqual({
      proposedValue: 'corrections.tooLong',
      reason: 'corrections.tooLong',
    })
  })

  it('knows which fields already wait for an answer and which states are final', () => {
    const lines = [
      { field: 'residence', state: 'OPEN' as const },
      { field: 'birthDate', state: 'IN_PROGRESS' as const },
      { field: 'religion', state: 'DONE' as const },
    ]
    expect([...pendingFields(lines)].sort()).toEqual(['birthDate', 'residence'])
    expect(isClosed('REJECTED')).toBe(true)
    expect(isClosed('IN_PROGRESS')).toBe(false)
  })
})

describe('a notice for the ward page', () => {
  it('is sent public only when the officer ticked it', () => {
    const form = { title: 'Tiếp dân', body: 'Sáng thứ Năm', important: false, wardWide: true, cellIds: [] }
    expect(noticePayload({ ...form, publicNotice: true }).publicNotice).toBe(true)
    expect('publicNotice' in noticePayload({ ...form, publicNotice: false })).toBe(false)
  })
})
