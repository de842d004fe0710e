import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import PrimeVue from 'primevue/config'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '../../src/i18n'
import { session } from '../../src/session'
import type { Statistics, Unit } from '../../src/api/types'
import StatisticsView from '../../src/views/StatisticsView.vue'

// jsdom has no canvas: replace chart.js by a stand-in that records what it was asked to draw.
const charts = vi.hoisted(() => [] as { type: string; labels: string[] }[])
vi.mock('chart.js', () => {
  class Chart {
    static register() {}
    constructor(_el: unknown, config: { type: string; data: { labels: string[] } }) {
      charts.push({ type: config.type, labels: config.data.labels })
    }
    destroy() {}
  }
  const part = {}
  return {
    Chart,
    ArcElement: part,
    BarController: part,
    BarElement: part,
    CategoryScale: part,
    DoughnutController: part,
    Legend: part,
    LinearScale: part,
    Tooltip: part,
  }
})

const UNITS: Unit[] = [
  { id: 1, kind: 'WARD', name: 'Đảng bộ phường Sông Xanh', parentId: null, dissolvedOn: null, activeMembers: 1256 },
  { id: 2, kind: 'CELL', name: 'Chi bộ khu phố 1', parentId: 1, dissolvedOn: null, activeMembers: 40 },
]

const STATS: Statistics = {
  unitId: 1,
  unitName: 'Đảng bộ phường Sông Xanh',
  date: '2026-11-21',
  from: '2026-01-01',
  to: '2026-11-21',
  total: 1256,
  breakdowns: [
    { key: 'status', rows: [{ key: 'FULL', count: 1080 }, { key: 'PROBATIONARY', count: 70 }, { key: 'EXEMPT', count: 106 }] },
    { key: 'sex', rows: [{ key: 'MALE', count: 660 }, { key: 'FEMALE', count: 596 }] },
    { key: 'ageBand', rows: [{ key: 'UP_TO_30', count: 40 }, { key: '31_40', count: 1216 }] },
    { key: 'partyAgeBand', rows: [{ key: 'UNDER_10', count: 256 }, { key: '10_19', count: 1000 }] },
    { key: 'ethnicity', rows: [{ key: 'Kinh', count: 1200 }, { key: 'UNKNOWN', count: 56 }] },
    { key: 'religion', rows: [{ key: 'Không', count: 1256 }] },
    { key: 'generalEducation', rows: [{ key: '12/12', count: 1256 }] },
    { key: 'politicalTheory', rows: [{ key: 'NONE', count: 56 }, { key: 'ELEMENTARY', count: 1200 }] },
    { key: 'occupation', rows: [{ key: 'Hưu trí', count: 1256 }] },
  ],
  movements: { admitted: 12, readmitted: 0, transferredIn: 3, died: 4, removed: 1, expelled: 0, transferredOut: 2 },
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

let statsResponse: () => Response
const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
  const url = String(input)
  if (url.startsWith('/api/units')) return json(UNITS)
  if (url.startsWith('/api/statistics')) return statsResponse()
  return json({}, 404)
})

async function mountView() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { render: () => null } }] })
  await router.push('/')
  const wrapper = mount(StatisticsView, { global: { plugins: [PrimeVue, i18n, router] } })
  await flushPromises()
  await flushPromises()
  return wrapper
}

function statisticsCalls(): URL[] {
  return fetchMock.mock.calls
    .map((c) => String(c[0]))
    .filter((u) => u.startsWith('/api/statistics'))
    .map((u) => new URL(u, 'http://localhost'))
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-21T03:00:00Z'))
  vi.stubGlobal('fetch', fetchMock)
  fetchMock.mockClear()
  charts.length = 0
  i18n.global.locale.value = 'vi'
  session.units = null
  session.me = { username: 'officer', displayName: 'Cán bộ', roles: ['officer'], memberId: null, wholeWard: true, unitIds: [] }
  statsResponse = () => json(STATS)
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  session.me = null
  session.units = null
})

describe('StatisticsView', () => {
  it('asks for the ward today with the period from 1 January, and shows the total and every table', async () => {
    const wrapper = await mountView()

    const [first] = statisticsCalls()
    expect(first).toBeDefined()
    expect(Object.fromEntries(first!.searchParams)).toEqual({
      unitId: '1',
      date: '2026-11-21',
      from: '2026-01-01',
      to: '2026-11-21',
    })

    expect(wrapper.get('[data-testid="stats-total"]').text()).toContain('1.256')
    for (const b of STATS.breakdowns) {
      expect(wrapper.find(`[data-testid="stats-table-${b.key}"]`).exists(), b.key).toBe(true)
    }
    const status = wrapper.get('[data-testid="stats-table-status"]')
    expect(status.get('caption').text()).toBe('Tình trạng đảng viên')
    const firstRow = status.findAll('tbody tr')[0]!
    expect(firstRow.text()).toBe('Chính thức1.08086,0%')
    expect(wrapper.get('[data-testid="stats-table-sex"]').text()).toContain('Nữ')
    expect(wrapper.get('[data-testid="stats-table-ageBand"]').text()).toContain('31–40')
    expect(wrapper.get('[data-testid="stats-table-partyAgeBand"]').text()).toContain('Dưới 10 năm')
    expect(wrapper.get('[data-testid="stats-table-ethnicity"]').text()).toContain('Kinh')
    expect(wrapper.get('[data-testid="stats-table-ethnicity"]').text()).toContain('Không rõ')
    expect(wrapper.get('[data-testid="stats-table-politicalTheory"]').text()).toContain('Sơ cấp')
    expect(wrapper.get('[data-testid="stats-movements"]').text()).toContain('Kết nạp mới')

    // Charts for status, sex, age and political theory, each labelled for screen readers.
    expect(charts.map((c) => c.type).sort()).toEqual(['bar', 'bar', 'doughnut', 'doughnut'])
    const canvases = wrapper.findAll('canvas[role="img"]')
    expect(canvases).toHaveLength(4)
    for (const c of canvases) expect(c.attributes('aria-label')).toBeTruthy()
  })

  it('sends the chosen dates in ISO when "Xem" is pressed', async () => {
    const wrapper = await mountView()
    fetchMock.mockClear()
    await wrapper.get('[data-testid="stats-date"]').setValue('30/06/2026')
    await wrapper.get('[data-testid="stats-from"]').setValue('1/4/2026')
    await wrapper.get('[data-testid="stats-to"]').setValue('30/06/2026')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const last = statisticsCalls().pop()
    expect(Object.fromEntries(last!.searchParams)).toEqual({
      unitId: '1',
      date: '2026-06-30',
      from: '2026-04-01',
      to: '2026-06-30',
    })
  })

  it('does not ask with an impossible date', async () => {
    const wrapper = await mountView()
    fetchMock.mockClear()
    await wrapper.get('[data-testid="stats-date"]').setValue('31/02/2026')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(statisticsCalls()).toHaveLength(0)
    expect(wrapper.text()).toContain('Ngày không hợp lệ')
  })

  it('defaults a secretary to the first of their units', async () => {
    session.me = { username: 'sec', displayName: 'Bí thư', roles: ['secretary'], memberId: 5, wholeWard: false, unitIds: [2] }
    await mountView()
    expect(statisticsCalls()[0]!.searchParams.get('unitId')).toBe('2')
  })

  it('shows the forbidden message on 403', async () => {
    statsResponse = () =>
      new Response(JSON.stringify({ status: 403, title: 'Forbidden' }), {
        status: 403,
        headers: { 'Content-Type': 'application/problem+json' },
      })
    const wrapper = await mountView()
    expect(wrapper.get('[data-testid="forbidden-message"]').text()).toBe(
      'Bạn không có quyền xem thống kê của tổ chức đảng này',
    )
    expect(wrapper.find('[data-testid="stats-total"]').exists()).toBe(false)
  })

  it('is forbidden without a managing role, without asking the server', async () => {
    session.me = { username: 'm', displayName: 'Đảng viên', roles: ['member'], memberId: 7, wholeWard: false, unitIds: [] }
    const wrapper = await mountView()
    expect(wrapper.find('[data-testid="forbidden-message"]').exists()).toBe(true)
    expect(statisticsCalls()).toHaveLength(0)
  })
})
