import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import PrimeVue from 'primevue/config'
import { i18n, setLocale } from '../../src/i18n'
import type { MeetingSheet } from '../../src/api/meetings'

vi.mock('../../src/api/meetings', () => ({
  meetingsApi: {
    list: vi.fn(), mine: vi.fn(), get: vi.fn(), plan: vi.fn(), replan: vi.fn(), mark: vi.fn(), code: vi.fn(),
    checkIn: vi.fn(), close: vi.fn(), writeMinutes: vi.fn(), downloadMinutes: vi.fn(), attendance: vi.fn(),
    attendanceOfCells: vi.fn(), quorum: vi.fn(), setQuorum: vi.fn(), downloadMinutesPdf: vi.fn(), history: vi.fn(),
  },
}))
vi.mock('qrcode', () => ({ default: { toDataURL: vi.fn(async () => 'data:image/png;base64,AAAA') } }))

import { meetingsApi } from '../../src/api/meetings'
import MeetingView from '../../src/views/MeetingView.vue'
import MeetingCheckInView from '../../src/views/MeetingCheckInView.vue'
import MeetingHistoryView from '../../src/views/MeetingHistoryView.vue'
import QuorumSetting from '../../src/components/QuorumSetting.vue'
import { ApiError } from '../../src/api/http'

const api = vi.mocked(meetingsApi)

function sheet(overrides: Partial<MeetingSheet> = {}): MeetingSheet {
  return {
    meeting: {
      id: 7, cellId: 3, cellName: 'Chi bộ Khu phố 1', kind: 'THEMATIC', startsAt: '2026-11-21T19:30:00',
      endsAt: '2026-11-21T21:30:00', place: 'Nhà văn hóa', topic: 'Kỹ năng số', documents: ['Nghị quyết 01 https://x.vn/nq'],
      postedLate: false, state: 'PLANNED', plannedBy: 'bithu', plannedAt: '2026-11-01T01:00:00Z', hasMinutes: false,
    },
    managed: true,
    attendance: [
      { memberId: 1, fullName: 'Nguyễn Thị An', memberStatus: 'FULL', required: true, attendance: 'PRESENT', selfCheckIn: true },
      { memberId: 2, fullName: 'Trần Văn Bình', memberStatus: 'FULL', required: true, selfCheckIn: false },
      { memberId: 3, fullName: 'Lê Văn Cụ', memberStatus: 'EXEMPT', required: false, selfCheckIn: false },
    ],
    quorum: '2/3', required: 2, present: 1, excused: 0, unexcused: 0, unmarked: 1, needed: 2, quorumMet: false,
    ...overrides,
  }
}

async function mountAt(component: object, path: string, props: Record<string, unknown> = {}) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }],
  })
  await router.push(path)
  const wrapper = mount(component, { props, attachTo: document.body, global: { plugins: [router, i18n, [PrimeVue, { theme: 'none' }]] } })
  await flushPromises()
  return wrapper
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('vi')
})

describe('the meeting screen', () => {
  it('shows the live quorum, lists exempt members apart and asks a reason before an excused absence is saved', async () => {
    api.get.mockResolvedValue(sheet())
    const w = await mountAt(MeetingView, '/meetings/7', { id: 7 })
    expect(w.get('[data-testid="quorum-verdict"]').text()).toContain('Chưa đủ')
    expect(w.get('[data-testid="quorum-line"]').text()).toContain('Có mặt 1/2')
    expect(w.findAll('[data-testid="attendance-row"]')).toHaveLength(2)
    expect(w.get('[data-testid="exempt-list"]').text()).toContain('Lê Văn Cụ')
    expect(w.text()).toContain('tự điểm danh bằng mã QR')
    expect(w.get('a[href="https://x.vn/nq"]').text()).toBe('Nghị quyết 01')

    const second = w.findAll('[data-testid="attendance-row"]')[1]!
    await second.get('[data-testid="att-EXCUSED"]').trigger('change')
    expect(api.mark).not.toHaveBeenCalled()
    await second.get('[data-testid="att-reason"]').setValue('Ốm')
    api.mark.mockResolvedValue(sheet({ present: 1, excused: 1, unmarked: 0 }))
    await second.get('[data-testid="att-reason-save"]').trigger('click')
    await flushPromises()
    expect(api.mark).toHaveBeenCalledWith(7, 2, 'EXCUSED', 'Ốm')

    api.mark.mockResolvedValue(sheet({ present: 2, unmarked: 0, quorumMet: true }))
    await w.findAll('[data-testid="attendance-row"]')[1]!.get('[data-testid="att-PRESENT"]').trigger('change')
    await flushPromises()
    expect(api.mark).toHaveBeenLastCalledWith(7, 2, 'PRESENT', undefined)
    expect(w.get('[data-testid="quorum-verdict"]').text()).toContain('Đủ số lượng')
  })

  it('shows the QR code with the check-in address and its text', async () => {
    api.get.mockResolvedValue(sheet())
    api.code.mockResolvedValue({ code: 'DBM1.7.sig', opensAt: '2026-11-21T19:00:00', closesAt: '2026-11-21T21:30:00' })
    const w = await mountAt(MeetingView, '/meetings/7', { id: 7 })
    await w.get('[data-testid="qr-show"]').trigger('click')
    await flushPromises()
    expect(w.get('[data-testid="qr-image"]').attributes('alt')).toBeTruthy()
    expect(w.get('[data-testid="qr-payload"]').text()).toBe('DBM1.7.sig')
    expect(w.text()).toContain('19:00 21/11/2026')
  })

  it('gives a member their own attendance and no list', async () => {
    api.get.mockResolvedValue(sheet({ managed: false, attendance: [], myAttendance: 'PRESENT' }))
    const w = await mountAt(MeetingView, '/meetings/7', { id: 7 })
    expect(w.get('[data-testid="my-attendance"]').text()).toContain('Có mặt')
    expect(w.find('[data-testid="attendance-list"]').exists()).toBe(false)
    expect(w.find('[data-testid="qr-show"]').exists()).toBe(false)
    expect(w.find('[data-testid="minutes-read"]').exists()).toBe(false)
  })

  it('lets a member read the minutes of a closed meeting and download them as PDF, not edit them', async () => {
    const closed = sheet({ managed: false, attendance: [], myAttendance: 'UNEXCUSED' })
    closed.meeting = { ...closed.meeting, state: 'CLOSED', hasMinutes: true }
    closed.minutes = { content: 'Quán triệt nghị quyết', resolutions: 'Giao nhiệm vụ', votesFor: 5, votesAgainst: 0, votesAbstain: 1, chair: 'Nguyễn Văn Chủ', secretary: 'Trần Thị Ngọc' }
    api.get.mockResolvedValue(closed)
    const w = await mountAt(MeetingView, '/meetings/7', { id: 7 })
    const read = w.get('[data-testid="minutes-read"]')
    expect(read.text()).toContain('Quán triệt nghị quyết')
    expect(read.text()).toContain('tán thành 5, không tán thành 0, không biểu quyết 1')
    expect(w.find('[data-testid="minutes-form"]').exists()).toBe(false)
    expect(w.find('[data-testid="meeting-replan"]').exists()).toBe(false)
    await read.get('[data-testid="minutes-pdf"]').trigger('click')
    expect(api.downloadMinutesPdf).toHaveBeenCalledWith(7, 'bien-ban-sinh-hoat-2026-11-21-7.pdf')
  })

  it('changes a planned meeting with the same form, filled with what was planned', async () => {
    api.get.mockResolvedValue(sheet())
    const w = await mountAt(MeetingView, '/meetings/7', { id: 7 })
    await w.get('[data-testid="meeting-replan"]').trigger('click')
    expect((w.get('[data-testid="plan-topic"]').element as HTMLInputElement).value).toBe('Kỹ năng số')
    expect((w.get('[data-testid="plan-date"]').element as HTMLInputElement).value).toBe('21/11/2026')
    await w.get('[data-testid="plan-topic"]').setValue('Chuyển đổi số')
    const changed = sheet()
    changed.meeting = { ...changed.meeting, topic: 'Chuyển đổi số' }
    api.replan.mockResolvedValue(changed)
    await w.get('[data-testid="meeting-plan-form"]').trigger('submit')
    await flushPromises()
    expect(api.replan).toHaveBeenCalledWith(7, expect.objectContaining({ topic: 'Chuyển đổi số', startsAt: '2026-11-21T19:30', endsAt: '2026-11-21T21:30' }))
    expect(w.get('[data-testid="meeting-topic"]').text()).toBe('Chuyển đổi số')
    expect(w.find('[data-testid="meeting-plan-form"]').exists()).toBe(false)
  })
})

describe('my meeting history', () => {
  it('lists the meetings I attended or missed, with the absence warning and the minutes I may read', async () => {
    const base = sheet().meeting
    api.history.mockResolvedValue({
      year: 2026, present: 3, excused: 0, unexcused: 2, absenceLevel: 'WARNING',
      meetings: [
        { meeting: { ...base, id: 9, state: 'CLOSED', hasMinutes: true }, attendance: 'UNEXCUSED', selfCheckIn: false, minutesReadable: true },
        { meeting: { ...base, id: 8, cellName: 'Chi bộ cũ' }, attendance: 'EXCUSED', reason: 'Ốm', selfCheckIn: false, minutesReadable: false },
      ],
    })
    const w = await mountAt(MeetingHistoryView, '/meetings/history')
    expect(w.findAll('[data-testid="history-item"]')).toHaveLength(2)
    expect(w.get('[data-testid="history-warning"]').text()).toContain('2 lần')
    expect(w.text()).toContain('Vắng có lý do: Ốm')
    expect(w.text()).toContain('Chi bộ cũ')
    expect(w.findAll('a.minutes-link')).toHaveLength(1)
  })
})

describe('the ward quorum setting', () => {
  it('shows the server\'s refusal beside the field', async () => {
    api.quorum.mockResolvedValue({ quorum: '2/3' })
    const w = await mountAt(QuorumSetting, '/meetings')
    expect((w.get('[data-testid="quorum-setting-value"]').element as HTMLInputElement).value).toBe('2/3')
    api.setQuorum.mockRejectedValue(new ApiError(400, { title: 'Bad', status: 400, errors: [{ field: 'quorum', message: 'Tỷ lệ phải lớn hơn một nửa' }] } as never))
    await w.get('[data-testid="quorum-setting-value"]').setValue('1/2')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.text()).toContain('Tỷ lệ phải lớn hơn một nửa')
    api.setQuorum.mockResolvedValue({ quorum: '3/4' })
    await w.get('[data-testid="quorum-setting-value"]').setValue('3/4')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.get('[data-testid="quorum-setting-saved"]').text()).toContain('3/4')
  })
})

describe('the check-in page', () => {
  it('checks in at once with the scanned code', async () => {
    api.checkIn.mockResolvedValue(sheet({ managed: false, attendance: [], myAttendance: 'PRESENT' }))
    const w = await mountAt(MeetingCheckInView, '/meetings/check-in?qr=DBM1.7.sig')
    expect(api.checkIn).toHaveBeenCalledWith('DBM1.7.sig')
    expect(w.get('[data-testid="check-in-done"]').text()).toContain('Kỹ năng số')
  })

  it('says why a check-in is refused', async () => {
    api.checkIn.mockRejectedValue(new ApiError(409, { title: 'Conflict', status: 409, detail: 'Buổi sinh hoạt đã hết giờ' } as never))
    const w = await mountAt(MeetingCheckInView, '/meetings/check-in?qr=DBM1.7.sig')
    expect(w.get('[data-testid="check-in-failed"]').text()).toContain('hết giờ')
  })
})
