import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import PrimeVue from 'primevue/config'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '../../src/i18n'
import type { CredentialReport } from '../../src/api/credentials'
import CredentialReportView from '../../src/views/congress/CredentialReportView.vue'

// jsdom has no canvas: chart.js is replaced by a stand-in that records what it was asked to draw.
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

const share = (key: string, label: string, count: number, percent: number) => ({ key, label, count, percent })

const REPORT: CredentialReport = {
  congressId: 7,
  congressName: 'Đại hội đại biểu Đảng bộ phường lần thứ I',
  term: '2025-2030',
  openingDate: '2025-10-15',
  sessionId: 3,
  sessionName: 'Phiên trù bị',
  sessions: [
    { id: 3, ordinal: 1, name: 'Phiên trù bị', checkInOpen: true },
    { id: 4, ordinal: 2, name: 'Phiên chính thức', checkInOpen: false },
  ],
  convened: 6,
  present: 4,
  presentPercent: 66.7,
  absent: 2,
  absentWithReason: 1,
  absentWithReasonPercent: 16.7,
  absentWithoutReason: 1,
  absentWithoutReasonPercent: 16.7,
  quorumReached: true,
  quorumNeeded: 4,
  absences: [
    { delegateId: 1, fullName: 'Trần Văn Dũng', reason: 'Ốm, nằm viện' },
    { delegateId: 2, fullName: 'Thạch Văn Em' },
  ],
  structures: [
    { key: 'sex', rows: [share('MALE', 'Nam', 3, 50), share('FEMALE', 'Nữ', 3, 50)] },
    { key: 'ageBand', rows: [share('UNDER_30', 'Dưới 30 tuổi', 1, 16.7), share('40_49', 'Từ 40 đến 49 tuổi', 0, 0)] },
    { key: 'ethnicity', rows: [share('Kinh', 'Kinh', 4, 66.7), share('Khmer', 'Khmer', 2, 33.3)] },
    { key: 'occupation', rows: [share('UNKNOWN', 'Chưa ghi', 0, 0)] },
  ],
  ethnicMinorities: 2,
  ethnicMinoritiesPercent: 33.3,
  youngest: { delegateId: 5, fullName: 'Nguyễn Văn An', birthDate: '1995-10-16', age: 29 },
  oldest: { delegateId: 1, fullName: 'Trần Văn Dũng', birthDate: '1965-10-15', age: 60 },
  averageAge: 44.5,
  byBasis: [share('EX_OFFICIO', 'Đại biểu đương nhiên', 1, 16.7), share('ELECTED', 'Đại biểu được bầu', 5, 83.3)],
  withdrawn: 1,
  alternates: 1,
  alternatesPresent: 1,
  guests: 1,
  guestsPresent: 0,
  questioned: [
    { delegateId: 9, fullName: 'Đỗ Văn Giang', kind: 'OFFICIAL', question: 'Đang bị xem xét kỷ luật', decision: 'REJECTED', note: 'Không đủ tư cách' },
  ],
  committeeHead: 'Hoàng Thị Bích',
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

let reply: () => Response
const fetchMock = vi.fn(async (_input: RequestInfo | URL) => reply())

async function mountView() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { render: () => null } }] })
  await router.push('/')
  const wrapper = mount(CredentialReportView, { props: { id: 7 }, global: { plugins: [PrimeVue, i18n, router] } })
  await flushPromises()
  await flushPromises()
  return wrapper
}

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock)
  fetchMock.mockClear()
  charts.length = 0
  i18n.global.locale.value = 'vi'
  reply = () => json(REPORT)
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('CredentialReportView', () => {
  it('shows the figures as tables with a labelled chart per structure', async () => {
    const wrapper = await mountView()
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/congresses/7/credential-report')
    expect(wrapper.get('[data-testid="credentials-convened"]').text()).toBe('6')
    expect(wrapper.get('[data-testid="credentials-attendance"]').text()).toContain('66,7%')
    expect(wrapper.get('[data-testid="credentials-quorum"]').text()).toContain('đủ điều kiện tiến hành')
    expect(wrapper.get('[data-testid="credentials-absences"]').text()).toContain('Ốm, nằm viện')
    expect(wrapper.get('[data-testid="credentials-absences"]').text()).toContain('Không có lý do')
    expect(wrapper.get('[data-testid="credentials-table-sex"]').text()).toContain('Nữ')
    expect(wrapper.get('[data-testid="credentials-table-ageBand"]').text()).toContain('Từ 40 đến 49 tuổi')
    expect(wrapper.get('[data-testid="credentials-table-ethnicity"]').text()).toContain('Khmer')
    expect(wrapper.get('[data-testid="credentials-ages"]').text()).toContain('Nguyễn Văn An, 29 tuổi')
    expect(wrapper.get('[data-testid="credentials-questioned"]').text()).toContain('Không công nhận tư cách đại biểu')
    expect(wrapper.get('[data-testid="credentials-basis"]').text()).toContain('Đại biểu đương nhiên')
    // The occupation rows are all zero: no chart for them; the others are drawn and labelled.
    expect(charts.map((c) => c.type)).toEqual(['doughnut', 'bar', 'doughnut'])
    for (const c of wrapper.findAll('canvas[role="img"]')) expect(c.attributes('aria-label')).toContain('Biểu đồ')
    expect(wrapper.find('[data-testid="credentials-docx"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="credentials-xlsx"]').exists()).toBe(true)
  })

  it('says so when the caller is not on the committee or the presidium', async () => {
    reply = () => json({ status: 403, title: 'Forbidden' }, 403)
    const wrapper = await mountView()
    expect(wrapper.text()).toContain('Ban Thẩm tra tư cách đại biểu')
    expect(wrapper.find('[data-testid="credentials-report"]').exists()).toBe(false)
  })
})
