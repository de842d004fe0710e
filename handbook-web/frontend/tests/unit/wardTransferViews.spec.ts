import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import PrimeVue from 'primevue/config'
import ToastService from 'primevue/toastservice'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '../../src/i18n'
import { session } from '../../src/session'
import type { MemberDossier } from '../../src/api/types'
import type { IncomingDossier, OutgoingTransfer, TransferSlip } from '../../src/api/wardTransfers'
import IncomingDossiers from '../../src/components/IncomingDossiers.vue'
import DossierWardPanel from '../../src/components/DossierWardPanel.vue'
import TransferSlipView from '../../src/views/TransferSlipView.vue'

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

const incoming = (over: Partial<IncomingDossier>): IncomingDossier => ({
  id: 1, fullName: 'Lương Thị Nga', citizenId: '001175012345', sendingOrg: 'Đảng bộ phường Hòa Xuân',
  slipNumber: '88-GGT/ĐU', state: 'RECEIVED', registeredBy: 'canbo', registeredAt: '2026-11-20T02:00:00Z',
  returningMember: false, dossier: {}, ...over,
})

const OUT: OutgoingTransfer = {
  id: 5, memberId: 9, memberName: 'Tạ Thị Bình', fromCellId: 2, fromCellName: 'Chi bộ 2',
  destinationName: 'Đảng bộ xã Yên Phú', destinationProvince: 'Hưng Yên', decisionNumber: '125-QĐ/ĐU',
  effectiveDate: '2026-11-20', state: 'COMPLETED', proposedBy: 'canbo', proposedAt: '2026-11-19T02:00:00Z',
  sentAt: '2026-11-20T02:00:00Z',
}

const SLIP: TransferSlip = {
  transferId: 5, issuedBy: 'Đảng bộ phường Thử Nghiệm', fromCellName: 'Chi bộ 2', decisionNumber: '125-QĐ/ĐU',
  effectiveDate: '2026-11-20', state: 'COMPLETED', memberId: 9, memberName: 'Tạ Thị Bình', sex: 'FEMALE',
  birthDate: '1975-05-17', citizenId: '001175012345', admissionDate: '2000-05-17', memberStatus: 'TRANSFERRED_OUT',
  destinationName: 'Đảng bộ xã Yên Phú', destinationLevel: 'Đảng bộ cơ sở', destinationProvince: 'Hưng Yên',
}

let routes: Record<string, () => Response>
const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
  const url = String(input)
  const hit = Object.keys(routes).find((p) => url.startsWith(p))
  return hit ? routes[hit]!() : json({}, 404)
})

async function mountIt(component: unknown, props: Record<string, unknown> = {}) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:p(.*)*', component: { render: () => null } }],
  })
  await router.push('/')
  const wrapper = mount(component as never, { props: props as never, global: { plugins: [PrimeVue, ToastService, i18n, router] } })
  await flushPromises()
  await flushPromises()
  return wrapper
}

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock)
  fetchMock.mockClear()
  i18n.global.locale.value = 'vi'
  session.me = { username: 'officer', displayName: 'Cán bộ', roles: ['officer'], memberId: null, wholeWard: true, unitIds: [] }
})

afterEach(() => {
  vi.unstubAllGlobals()
  session.me = null
})

describe('IncomingDossiers', () => {
  it('offers acceptance only for a dossier checked and found in order', async () => {
    routes = {
      '/api/transfers/in': () => json([
        incoming({ id: 1 }),
        incoming({ id: 2, fullName: 'Mạc Văn Tư', state: 'CHECKED', slipPresent: true, dossierComplete: true, cardMatches: true, checkedAt: '2026-11-20T03:00:00Z', checkedBy: 'canbo' }),
        incoming({ id: 3, fullName: 'Hà Văn Nhân', state: 'CHECKED', slipPresent: true, dossierComplete: true, cardMatches: false, checkedAt: '2026-11-20T03:00:00Z', checkedBy: 'canbo' }),
      ]),
    }
    const wrapper = await mountIt(IncomingDossiers)
    const rows = wrapper.findAll('[data-testid="incoming-row"]')
    expect(rows).toHaveLength(3)
    expect(rows[0]!.text()).toContain('Chờ kiểm tra')
    expect(rows[0]!.find('[data-testid="accept-incoming"]').exists()).toBe(false)
    expect(rows[1]!.find('[data-testid="accept-incoming"]').exists()).toBe(true)
    expect(rows[2]!.find('[data-testid="accept-incoming"]').exists()).toBe(false)
    expect(rows[2]!.text()).toContain('Kiểm tra chưa đạt')
    for (const row of rows) expect(row.get('[role="group"]').attributes('aria-label')).toContain(row.find('.transfer-card-name').text())
  })
})

describe('DossierWardPanel', () => {
  it('shows the seal and the slip to print once the member left, and no more actions', async () => {
    routes = {
      '/api/transfers/out/member/9': () => json([OUT]),
      '/api/badges/serious-illness': () => json([]),
    }
    const dossier = { id: 9, fullName: 'Tạ Thị Bình', status: 'TRANSFERRED_OUT', cellName: 'Chi bộ 2', version: 3 } as unknown as MemberDossier
    const wrapper = await mountIt(DossierWardPanel, { dossier, canManage: true })
    expect(wrapper.get('[data-testid="sealed-notice"]').text()).toContain('niêm phong')
    expect(wrapper.get('[data-testid="slip-link"]').attributes('href')).toBe('/transfers/out/5/slip')
    expect(wrapper.find('[data-testid="transfer-out-button"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="illness-button"]').exists()).toBe(false)
  })

  it('offers the transfer out and the serious-illness record for an active member, and shows the illness', async () => {
    routes = {
      '/api/transfers/out/member/9': () => json([]),
      '/api/badges/serious-illness': () => json([{ id: 1, memberId: 9, since: '2026-10-01', advanceMonths: 24, recordedBy: 'canbo', recordedAt: '2026-10-02T01:00:00Z' }]),
    }
    const dossier = { id: 9, fullName: 'Tạ Thị Bình', status: 'FULL', cellName: 'Chi bộ 2', version: 3 } as unknown as MemberDossier
    const wrapper = await mountIt(DossierWardPanel, { dossier, canManage: true })
    expect(wrapper.find('[data-testid="transfer-out-button"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="illness-button"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="illness-current"]').text()).toContain('01/10/2026')
    expect(wrapper.get('[data-testid="illness-current"]').text()).toContain('24 tháng')
  })
})

describe('TransferSlipView', () => {
  it('lays out the slip with the member, the destination and the dates in dd/MM/yyyy', async () => {
    routes = { '/api/transfers/out/5/slip': () => json(SLIP) }
    const wrapper = await mountIt(TransferSlipView, { id: 5 })
    const slip = wrapper.get('[data-testid="transfer-slip"]')
    expect(slip.get('h1').text()).toBe('Giấy giới thiệu sinh hoạt đảng')
    expect(slip.get('[data-testid="slip-member"]').text()).toBe('Tạ Thị Bình')
    expect(slip.get('[data-testid="slip-destination"]').text()).toContain('Đảng bộ xã Yên Phú (Đảng bộ cơ sở), Hưng Yên')
    expect(slip.text()).toContain('17/05/1975')
    expect(slip.text()).toContain('20/11/2026')
    expect(wrapper.get('[data-testid="print-slip"]').attributes('disabled')).toBeUndefined()
  })
})
