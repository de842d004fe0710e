import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import PrimeVue from 'primevue/config'
import { i18n, setLocale } from '../../src/i18n'
import { ApiError } from '../../src/api/http'
import type { CellFeeLedger, LedgerMember } from '../../src/api/fees'
import type { RatingStatistics } from '../../src/api/ratings'

vi.mock('../../src/api/fees', () => ({
  feesApi: {
    ledger: vi.fn(), downloadLedger: vi.fn(), arrears: vi.fn(), categories: vi.fn(), setCategory: vi.fn(),
    bases: vi.fn(), setBasis: vi.fn(), pay: vi.fn(), correct: vi.fn(), history: vi.fn(),
  },
}))
vi.mock('../../src/api/ratings', () => ({
  ratingsApi: { ofCell: vi.fn(), thresholds: vi.fn(), statistics: vi.fn(), propose: vi.fn(), approve: vi.fn(), giveBack: vi.fn() },
}))

import { feesApi } from '../../src/api/fees'
import { ratingsApi } from '../../src/api/ratings'
import { session } from '../../src/session'
import FeesView from '../../src/views/FeesView.vue'
import RatingsView from '../../src/views/RatingsView.vue'

const fees = vi.mocked(feesApi)
const ratings = vi.mocked(ratingsApi)

function member(id: number, fullName: string, paidMonths: number[], level: LedgerMember['level']): LedgerMember {
  const months = Array.from({ length: 12 }, (_, i) => {
    const m = i + 1
    const month = `2026-${String(m).padStart(2, '0')}`
    const owed = m <= 11
    const paid = paidMonths.includes(m)
    return { month, owed, due: owed ? 85000 : undefined, ...(paid ? { paymentId: id * 100 + m, paid: 85000, paidOn: `2026-${String(m).padStart(2, '0')}-05` } : {}) }
  })
  const unpaid = 11 - paidMonths.length
  return { memberId: id, fullName, months, due: 11 * 85000, paid: paidMonths.length * 85000, arrears: unpaid * 85000, unpaidMonths: unpaid, level, basisMissing: false }
}

const LEDGER: CellFeeLedger = {
  cellId: 3, cellName: 'Chi bộ Khu phố 1', year: 2026,
  members: [
    member(1, 'Nguyễn Thị Hoa', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 'NONE'),
    member(2, 'Trần Văn Bình', [1, 2, 3, 4, 5, 6, 7, 8, 9], 'WARNING'),
    member(3, 'Lê Văn Cường', [1, 2, 3, 4, 5, 6, 7, 8], 'FLAG'),
  ],
  due: 3 * 11 * 85000, paid: 28 * 85000, arrears: 5 * 85000, warnings: 1, flags: 1,
}

async function mountView(component: object) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { template: '<div />' } }] })
  await router.push('/')
  const wrapper = mount(component, { attachTo: document.body, global: { plugins: [router, i18n, [PrimeVue, { theme: 'none' }]] } })
  await flushPromises()
  await flushPromises()
  return wrapper
}

function inDialog(selector: string): DOMWrapper<HTMLElement> {
  const el = document.body.querySelector<HTMLElement>(selector)
  if (!el) throw new Error(`not found: ${selector}`)
  return new DOMWrapper(el)
}

beforeEach(() => {
  vi.clearAllMocks()
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-21T03:00:00Z'))
  setLocale('vi')
  session.me = { username: 'bithu', displayName: 'Bí thư', roles: ['secretary'], memberId: 12, wholeWard: false, unitIds: [3] }
  session.units = [
    { id: 1, kind: 'WARD', name: 'Đảng bộ phường', parentId: null, dissolvedOn: null, activeMembers: 10 },
    { id: 3, kind: 'CELL', name: 'Chi bộ Khu phố 1', parentId: 1, dissolvedOn: null, activeMembers: 3 },
    { id: 4, kind: 'CELL', name: 'Chi bộ Khu phố 2', parentId: 1, dissolvedOn: null, activeMembers: 3 },
  ]
  fees.ledger.mockResolvedValue(LEDGER)
  fees.categories.mockResolvedValue([])
  fees.arrears.mockResolvedValue([{ cellId: 3, cellName: 'Chi bộ Khu phố 1', members: 3, due: 2805000, paid: 2380000, arrears: 425000, warnings: 1, flags: 1 }])
  ratings.thresholds.mockResolvedValue({ excellentFrom: 90, goodFrom: 70, completedFrom: 50, maxScore: 100, maxExcellentPercentOfGoodOrBetter: 20 })
})

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
  session.me = null
  session.units = null
})

describe('FeesView', () => {
  it("opens on the secretary's cell and this month, with the warnings of the year", async () => {
    const wrapper = await mountView(FeesView)
    expect(fees.ledger).toHaveBeenCalledWith(3, 2026)
    expect(wrapper.get('[data-testid="fees-heading"]').text()).toBe('Chi bộ Khu phố 1 — tháng 11/2026')
    const rows = wrapper.findAll('[data-testid="fees-row"]')
    expect(rows).toHaveLength(3)
    expect(rows[0]!.text()).toContain('Đã nộp')
    expect(rows[1]!.text()).toContain('Chưa nộp')
    const behind = wrapper.get('[data-testid="fees-behind"]').text()
    expect(behind).toContain('Lê Văn Cường: Đề nghị xóa tên: 3 tháng chưa nộp')
    expect(behind).toContain('Trần Văn Bình: Cảnh báo: 2 tháng chưa nộp')
    expect(behind.indexOf('Lê Văn Cường')).toBeLessThan(behind.indexOf('Trần Văn Bình'))
    expect(wrapper.find('[data-testid="fees-rate-form"]').exists()).toBe(false)
    expect(fees.arrears).toHaveBeenCalledWith(2026)
    expect(wrapper.get('[data-testid="fees-arrears"]').text().replace(/\s/g, ' ')).toContain('425.000 ₫')
  })

  it('records a payment for the month shown, with the amount due offered', async () => {
    fees.pay.mockResolvedValue({} as never)
    const wrapper = await mountView(FeesView)
    await wrapper.findAll('[data-testid="fees-record"]')[0]!.trigger('click')
    await flushPromises()
    expect((inDialog('[data-testid="fee-amount"]').element as HTMLInputElement).value).toBe('85000')
    await inDialog('[data-testid="fee-amount"]').setValue('85.000')
    await inDialog('[data-testid="fees-dialog-form"]').trigger('submit')
    await flushPromises()
    expect(fees.pay).toHaveBeenCalledWith({ memberId: 2, month: '2026-11', amount: 85000, paidOn: '2026-11-21', note: undefined })
    expect(fees.ledger).toHaveBeenCalledTimes(2)
  })

  it('shows why the server refused, and a correction needs a reason', async () => {
    fees.pay.mockRejectedValue(new ApiError(409, { status: 409, title: 'Conflict', detail: 'Đảng viên đã nộp đảng phí tháng 2026-11' } as never))
    const wrapper = await mountView(FeesView)
    await wrapper.findAll('[data-testid="fees-record"]')[0]!.trigger('click')
    await flushPromises()
    await inDialog('[data-testid="fees-dialog-form"]').trigger('submit')
    await flushPromises()
    expect(inDialog('[data-testid="fees-alert"]').text()).toContain('đã nộp đảng phí')

    document.body.querySelector<HTMLElement>('.p-dialog-close-button')?.click()
    await flushPromises()
    await wrapper.findAll('[data-testid="fees-correct"]')[0]!.trigger('click')
    await flushPromises()
    await inDialog('[data-testid="fees-dialog-form"]').trigger('submit')
    await flushPromises()
    expect(fees.correct).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('Trường này là bắt buộc')
  })

  it('lets an officer add a category amount', async () => {
    session.me = { username: 'canbo', displayName: 'Cán bộ', roles: ['officer'], memberId: null, wholeWard: true, unitIds: [] }
    const wrapper = await mountView(FeesView)
    expect(wrapper.find('[data-testid="fees-rate-form"]').exists()).toBe(true)
  })
})

const STATS: RatingStatistics = {
  cellId: 3, cellName: 'Chi bộ Khu phố 1', year: 2025, members: 7, rated: 6, approved: 1,
  grades: [
    { grade: 'EXCELLENT', count: 2, approved: 1, percent: 33.3 },
    { grade: 'GOOD', count: 3, approved: 0, percent: 50 },
    { grade: 'COMPLETED', count: 1, approved: 0, percent: 16.7 },
    { grade: 'NOT_COMPLETED', count: 0, approved: 0, percent: 0 },
  ],
  excellentPercentOfGoodOrBetter: 40, limitPercent: 20, overExcellentLimit: true,
}

describe('RatingsView', () => {
  beforeEach(() => {
    ratings.statistics.mockResolvedValue(STATS)
    ratings.ofCell.mockResolvedValue([
      { memberId: 1, fullName: 'Nguyễn Thị Hoa', rating: { id: 11, memberId: 1, cellId: 3, year: 2025, score: 95, conditionsMet: true, grade: 'EXCELLENT', state: 'PROPOSED', proposedBy: 'bithu', proposedAt: '2026-01-05T00:00:00Z' } },
      { memberId: 2, fullName: 'Trần Văn Bình' },
    ])
  })

  it('shows the counts per grade and warns above the limit on excellent ratings', async () => {
    const wrapper = await mountView(RatingsView)
    expect(ratings.ofCell).toHaveBeenCalledWith(3, 2025)
    expect(wrapper.get('[data-testid="ratings-over-limit"]').text()).toContain('40,0%')
    expect(wrapper.get('[data-testid="ratings-over-limit"]').text()).toContain('vượt 20%')
    expect(wrapper.get('[data-testid="ratings-stats"]').text()).toContain('Hoàn thành xuất sắc nhiệm vụ')
    expect(wrapper.findAll('[data-testid="ratings-row"]')[1]!.text()).toContain('Chưa xếp loại')
    expect(wrapper.find('[data-testid="ratings-approve"]').exists()).toBe(false)
  })

  it('offers only the grades the score allows and sends the proposal', async () => {
    ratings.propose.mockResolvedValue({} as never)
    const wrapper = await mountView(RatingsView)
    await wrapper.findAll('[data-testid="ratings-enter"]')[1]!.trigger('click')
    await flushPromises()
    await inDialog('[data-testid="rating-score"]').setValue('92')
    await flushPromises()
    await inDialog('[data-testid="ratings-dialog-form"]').trigger('submit')
    await flushPromises()
    expect(ratings.propose).toHaveBeenCalledWith({ memberId: 2, year: 2025, score: 92, grade: 'GOOD', conditionsMet: false, note: undefined })
  })

  it("lets the committee approve, and shows the server's refusal", async () => {
    session.me = { username: 'canbo', displayName: 'Cán bộ', roles: ['officer'], memberId: null, wholeWard: true, unitIds: [] }
    ratings.approve.mockRejectedValue(new ApiError(409, { status: 409, title: 'Conflict', detail: 'Không thể duyệt: vượt 20%' } as never))
    const wrapper = await mountView(RatingsView)
    await wrapper.get('[data-testid="ratings-approve"]').trigger('click')
    await flushPromises()
    expect(ratings.approve).toHaveBeenCalledWith(11)
    expect(wrapper.get('[data-testid="ratings-notice"]').text()).toContain('Không thể duyệt')
  })
})
