import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import PrimeVue from 'primevue/config'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '../../src/i18n'
import { session } from '../../src/session'
import type { BadgeDue, ProbationEnding } from '../../src/api/types'
import { addMonths } from '../../src/lib/dates'
import FollowUpView from '../../src/views/FollowUpView.vue'

const PROBATION: ProbationEnding[] = [
  {
    member: {
      id: 11,
      fullName: 'Nguyễn Thị Lan',
      sex: 'FEMALE',
      birthDate: '1995-04-02',
      citizenId: '079195000111',
      partyCardNumber: null,
      status: 'PROBATIONARY',
      cellId: 2,
      cellName: 'Chi bộ khu phố 1',
    },
    admissionDate: '2025-12-01',
    probationEnds: '2026-12-01',
  },
]

const BADGES: BadgeDue[] = [
  {
    memberId: 22,
    fullName: 'Trần Văn Hùng',
    cellId: 2,
    cellName: 'Chi bộ khu phố 1',
    admissionDate: '1986-12-10',
    years: 40,
    reachedOn: '2026-12-10',
    awardOn: '2027-02-03',
  },
]

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}
function forbiddenResponse(): Response {
  return new Response(JSON.stringify({ status: 403, title: 'Forbidden' }), {
    status: 403,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

let probationResponse: () => Response
let badgeResponse: () => Response
const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
  const url = String(input)
  if (url.startsWith('/api/members/probation-ending')) return probationResponse()
  if (url.startsWith('/api/badges/due')) return badgeResponse()
  return json({}, 404)
})

function calls(prefix: string): URL[] {
  return fetchMock.mock.calls
    .map((c) => String(c[0]))
    .filter((u) => u.startsWith(prefix))
    .map((u) => new URL(u, 'http://localhost'))
}

async function mountView() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { render: () => null } },
      { path: '/members/:id', component: { render: () => null } },
    ],
  })
  await router.push('/')
  const wrapper = mount(FollowUpView, { global: { plugins: [PrimeVue, i18n, router] } })
  await flushPromises()
  await flushPromises()
  return wrapper
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-21T03:00:00Z'))
  vi.stubGlobal('fetch', fetchMock)
  fetchMock.mockClear()
  i18n.global.locale.value = 'vi'
  session.me = { username: 'officer', displayName: 'Cán bộ', roles: ['officer'], memberId: null, wholeWard: true, unitIds: [] }
  probationResponse = () => json(PROBATION)
  badgeResponse = () => json(BADGES)
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  session.me = null
})

describe('addMonths', () => {
  it('clamps the day to the target month', () => {
    expect(addMonths('2026-11-21', 3)).toBe('2027-02-21')
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28')
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29')
  })
})

describe('FollowUpView', () => {
  it('asks both lists from today to three months later and shows a row of each', async () => {
    const wrapper = await mountView()

    for (const prefix of ['/api/members/probation-ending', '/api/badges/due']) {
      const [first] = calls(prefix)
      expect(first, prefix).toBeDefined()
      expect(Object.fromEntries(first!.searchParams)).toEqual({ from: '2026-11-21', to: '2027-02-21' })
    }

    const probation = wrapper.findAll('[data-testid="probation-row"]')
    expect(probation).toHaveLength(1)
    expect(probation[0]!.text()).toContain('Nguyễn Thị Lan')
    expect(probation[0]!.text()).toContain('Chi bộ khu phố 1')
    expect(probation[0]!.text()).toContain('01/12/2025')
    expect(probation[0]!.text()).toContain('01/12/2026')
    expect(probation[0]!.get('a').attributes('href')).toBe('/members/11')

    const badges = wrapper.findAll('[data-testid="badge-row"]')
    expect(badges).toHaveLength(1)
    const text = badges[0]!.text()
    expect(text).toContain('Trần Văn Hùng')
    expect(text).toContain('Huy hiệu 40 năm tuổi Đảng')
    expect(text).toContain('10/12/1986')
    expect(text).toContain('10/12/2026')
    expect(text).toContain('03/02/2027')
    expect(badges[0]!.get('a').attributes('href')).toBe('/members/22')
  })

  it('sends the chosen period in ISO when "Xem" is pressed, and says when a list is empty', async () => {
    const wrapper = await mountView()
    fetchMock.mockClear()
    probationResponse = () => json([])
    badgeResponse = () => json([])
    await wrapper.get('[data-testid="followup-from"]').setValue('1/1/2027')
    await wrapper.get('[data-testid="followup-to"]').setValue('31/03/2027')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    for (const prefix of ['/api/members/probation-ending', '/api/badges/due']) {
      const last = calls(prefix).pop()
      expect(Object.fromEntries(last!.searchParams)).toEqual({ from: '2027-01-01', to: '2027-03-31' })
    }
    expect(wrapper.find('[data-testid="probation-row"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="probation-empty"]').text()).toContain('Không có đảng viên dự bị')
    expect(wrapper.get('[data-testid="badge-empty"]').text()).toContain('Huy hiệu Đảng')
  })

  it('does not ask with an impossible date', async () => {
    const wrapper = await mountView()
    fetchMock.mockClear()
    await wrapper.get('[data-testid="followup-to"]').setValue('31/02/2027')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fetchMock).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('Ngày không hợp lệ')
  })

  it('shows the forbidden message on 403', async () => {
    badgeResponse = forbiddenResponse
    const wrapper = await mountView()
    expect(wrapper.get('[data-testid="forbidden-message"]').text()).toBe('Bạn không có quyền xem danh sách cần theo dõi')
    expect(wrapper.find('[data-testid="probation-row"]').exists()).toBe(false)
  })

  it('is forbidden without a managing role, without asking the server', async () => {
    session.me = { username: 'm', displayName: 'Đảng viên', roles: ['member'], memberId: 7, wholeWard: false, unitIds: [] }
    const wrapper = await mountView()
    expect(wrapper.find('[data-testid="forbidden-message"]').exists()).toBe(true)
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
