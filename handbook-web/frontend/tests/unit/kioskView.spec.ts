import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import PrimeVue from 'primevue/config'
import { i18n, setLocale } from '../../src/i18n'
import type { CheckInReply, KioskBoard } from '../../src/api/kiosk'

vi.mock('../../src/api/kiosk', () => ({
  kioskApi: {
    congress: vi.fn(), board: vi.fn(), byCard: vi.fn(), byDesk: vi.fn(), search: vi.fn(), delegates: vi.fn(),
    photo: vi.fn(), cards: vi.fn(),
  },
}))
vi.mock('jsqr', () => ({ default: vi.fn(() => null) }))

import { kioskApi } from '../../src/api/kiosk'
import { ApiError } from '../../src/api/http'
import KioskView from '../../src/views/congress/KioskView.vue'

const api = vi.mocked(kioskApi)

function board(open = true): KioskBoard {
  return { congressId: 5, sessionId: 9, sessionName: 'Phiên khai mạc', checkInOpen: open, convened: 120, present: 80, quorumNeeded: 80, quorumReached: true }
}

function reply(overrides: Partial<CheckInReply> = {}): CheckInReply {
  return {
    delegateId: 31, fullName: 'Trần Thị Bích', kind: 'OFFICIAL', delegation: 'Chi bộ Khu phố 2', seat: 'C14', groupName: 'Tổ 3',
    hasPhoto: false, sessionId: 9, sessionName: 'Phiên khai mạc', checkedInAt: '2026-11-22T01:05:00Z', method: 'DESK',
    alreadyCheckedIn: false, ...overrides,
  }
}

async function kioskAfterSearch() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  await router.push('/congresses/5/kiosk')
  const w = mount(KioskView, { props: { id: 5 }, attachTo: document.body, global: { plugins: [router, i18n, [PrimeVue, { theme: 'none' }]] } })
  await flushPromises()
  api.search.mockResolvedValue([{ id: 31, kind: 'OFFICIAL', fullName: 'Trần Thị Bích', seat: 'C14', status: 'CONVENED', hasPhoto: false }])
  await w.get('[data-testid="kiosk-search"]').setValue('tran thi bich')
  await w.get('form').trigger('submit')
  await flushPromises()
  return w
}

async function checkIn(w: Awaited<ReturnType<typeof kioskAfterSearch>>) {
  await w.get('[data-testid="kiosk-found"] button').trigger('click')
  await flushPromises()
  return w.get('[data-testid="kiosk-result"]')
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('vi')
  api.congress.mockResolvedValue({ congress: { id: 5, name: 'Đại hội Đảng bộ phường' }, groups: [] })
  api.board.mockResolvedValue(board())
})

describe('the door kiosk', () => {
  it('says when the device has no camera, and shows the session and the count', async () => {
    const w = await kioskAfterSearch()
    expect(w.get('[data-testid="kiosk-camera-error"]').text()).toContain('tìm đại biểu theo tên')
    expect(w.get('[data-testid="kiosk-board"]').text()).toContain('Phiên khai mạc')
    expect(w.get('[data-testid="kiosk-count"]').text()).toContain('80/120')
    expect(w.get('[data-testid="kiosk-face-link"]').attributes('href')).toBe('/congresses/5/kiosk/face')
    w.unmount()
  })

  it('greets a first check-in in green and a second in amber with the time', async () => {
    const w = await kioskAfterSearch()
    api.byDesk.mockResolvedValue(reply())
    let result = await checkIn(w)
    expect(api.byDesk).toHaveBeenCalledWith(5, 31)
    expect(result.attributes('data-state')).toBe('welcome')
    expect(result.text()).toContain('Chào mừng đồng chí')
    expect(result.text()).toContain('C14')
    expect(result.text()).toContain('Tổ 3')

    api.search.mockResolvedValue([{ id: 31, kind: 'OFFICIAL', fullName: 'Trần Thị Bích', status: 'CONVENED', hasPhoto: false }])
    await w.get('[data-testid="kiosk-search"]').setValue('bich')
    await w.get('form').trigger('submit')
    await flushPromises()
    api.byDesk.mockResolvedValue(reply({ alreadyCheckedIn: true }))
    result = await checkIn(w)
    expect(result.attributes('data-state')).toBe('already')
    expect(result.text()).toContain('Đã điểm danh lúc 08:05')
    w.unmount()
  })

  it("shows a refusal in red with the server's reason, and a closed check-in apart", async () => {
    const w = await kioskAfterSearch()
    api.byDesk.mockRejectedValue(new ApiError(409, { status: 409, title: 'Xung đột', detail: 'Trần Thị Bích không còn trong danh sách triệu tập.' }))
    let result = await checkIn(w)
    expect(result.attributes('data-state')).toBe('refused')
    expect(result.text()).toContain('không còn trong danh sách triệu tập')

    api.search.mockResolvedValue([{ id: 31, kind: 'OFFICIAL', fullName: 'Trần Thị Bích', status: 'CONVENED', hasPhoto: false }])
    await w.get('[data-testid="kiosk-search"]').setValue('bich')
    await w.get('form').trigger('submit')
    await flushPromises()
    api.board.mockResolvedValue(board(false))
    api.byDesk.mockRejectedValue(new ApiError(409, { status: 409, title: 'Xung đột', detail: 'Chưa mở điểm danh cho phiên họp nào.' }))
    result = await checkIn(w)
    expect(result.attributes('data-state')).toBe('closed')
    expect(result.text()).toContain('Chưa mở điểm danh')
    w.unmount()
  })
})
