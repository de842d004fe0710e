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
    attendanceOfCells: vi.fn(), quorum: vi.fn(),
  },
}))
vi.mock('qrcode', () => ({ default: { toDataURL: vi.fn(async () => 'data:image/png;base64,AAAA') } }))

import { meetingsApi } from '../../src/api/meetings'
import MeetingView from '../../src/views/MeetingView.vue'
import MeetingCheckInView from '../../src/views/MeetingCheckInView.vue'
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
