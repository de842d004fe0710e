import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createRouter, createMemoryHistory } from 'vue-router'
import PrimeVue from 'primevue/config'
import ToastService from 'primevue/toastservice'
import { i18n, setLocale } from '../../src/i18n'
import { ApiError } from '../../src/api/http'
import type { MemberDossier } from '../../src/api/types'

vi.mock('../../src/api/api', () => ({
  api: {
    member: vi.fn(),
    history: vi.fn(),
    units: vi.fn(),
    patchMember: vi.fn(),
    createMember: vi.fn(),
  },
}))

import { api } from '../../src/api/api'
import { session } from '../../src/session'
import DossierView from '../../src/views/DossierView.vue'
import MemberFormView from '../../src/views/MemberFormView.vue'

const mocked = vi.mocked(api)

function dossier(): MemberDossier {
  return {
    id: 12, fullName: 'Trần Văn Bình', sex: 'MALE', birthDate: '1970-05-19', citizenId: '079070001234',
    partyCardNumber: '1000204', status: 'FULL', cellId: 3, cellName: 'Chi bộ Khu phố 1', otherNames: null,
    birthplace: 'Long An', residence: '12 Lê Lợi', ethnicity: 'Kinh', religion: null, occupation: 'Cán bộ',
    generalEducation: '12/12', professionalQualification: null, politicalTheory: 'INTERMEDIATE',
    foreignLanguage: null, itLevel: null, admissionDate: '1995-02-03', fullMembershipDate: '1996-02-03', version: 3,
  }
}

async function mountView(component: object, props: Record<string, unknown>) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<div />' } },
      { path: '/members', component: { template: '<div />' } },
      { path: '/members/:id', component: { template: '<div />' } },
      { path: '/members/:id/edit', component: { template: '<div />' } },
    ],
  })
  await router.push('/')
  const wrapper = mount(component, {
    props,
    attachTo: document.body,
    global: { plugins: [router, i18n, [PrimeVue, { theme: 'none' }], ToastService] },
  })
  await flushPromises()
  return { wrapper, router }
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('vi')
  session.me = { username: 'bithu.cb01', displayName: 'Trần Văn Bình', roles: ['secretary'], memberId: 12, wholeWard: false, unitIds: [3] }
  session.units = [{ id: 3, kind: 'CELL', name: 'Chi bộ Khu phố 1', parentId: null, dissolvedOn: null, activeMembers: 10 }]
  mocked.history.mockResolvedValue([])
})

describe('DossierView', () => {
  it('shows the Vietnamese refusal when the API answers 403', async () => {
    mocked.member.mockRejectedValue(new ApiError(403, { status: 403, title: 'Forbidden' }))
    const { wrapper } = await mountView(DossierView, { id: 1 })
    const msg = wrapper.get('[data-testid="forbidden-message"]')
    expect(msg.text()).toBe('Bạn không có quyền xem hồ sơ này')
    expect(wrapper.find('[data-testid="dossier-name"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows grouped fields with dd/MM/yyyy dates, enum labels and the history timeline', async () => {
    mocked.member.mockResolvedValue(dossier())
    mocked.history.mockResolvedValue([
      { at: '2026-11-21T10:15:00Z', by: 'bithu.cb01', changes: [{ field: 'residence', from: 'cũ', to: 'mới' }] },
    ])
    const { wrapper } = await mountView(DossierView, { id: 12 })
    expect(wrapper.get('[data-testid="dossier-name"]').text()).toBe('Trần Văn Bình')
    expect(wrapper.get('[data-testid="value-birthDate"]').text()).toBe('19/05/1970')
    expect(wrapper.get('[data-testid="value-politicalTheory"]').text()).toBe('Trung cấp')
    expect(wrapper.get('[data-testid="value-sex"]').text()).toBe('Nam')
    const entry = wrapper.get('[data-testid="history-entry"]')
    expect(entry.text()).toContain('21/11/2026 17:15')
    expect(entry.text()).toContain('Nơi ở hiện nay')
    expect(entry.text()).toContain('mới')
    expect(wrapper.find('[data-testid="edit-button"]').exists()).toBe(true)
    wrapper.unmount()
  })
})

describe('MemberFormView', () => {
  it('blocks saving with inline errors linked to the fields', async () => {
    mocked.member.mockResolvedValue(dossier())
    const { wrapper } = await mountView(MemberFormView, { id: 12 })
    await wrapper.get('[data-testid="field-citizenId"]').setValue('123')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(mocked.patchMember).not.toHaveBeenCalled()
    const input = wrapper.get('#f-citizenId')
    expect(input.attributes('aria-invalid')).toBe('true')
    const describedby = input.attributes('aria-describedby') ?? ''
    expect(describedby).toContain('f-citizenId-error')
    expect(wrapper.get('#f-citizenId-error').text()).toContain('Số CCCD phải có đúng 12 chữ số')
    wrapper.unmount()
  })

  it('sends only the changed fields with the version, then opens the dossier', async () => {
    mocked.member.mockResolvedValue(dossier())
    mocked.patchMember.mockResolvedValue({ ...dossier(), residence: '45 Nguyễn Huệ', version: 4 })
    const { wrapper, router } = await mountView(MemberFormView, { id: 12 })
    await wrapper.get('[data-testid="field-residence"]').setValue('45 Nguyễn Huệ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(mocked.patchMember).toHaveBeenCalledWith(12, { version: 3, residence: '45 Nguyễn Huệ' })
    expect(router.currentRoute.value.fullPath).toBe('/members/12')
    wrapper.unmount()
  })

  it('shows server field errors inline and the conflict message on 409', async () => {
    mocked.member.mockResolvedValue(dossier())
    mocked.patchMember.mockRejectedValueOnce(
      new ApiError(400, {
        status: 400,
        detail: 'Dữ liệu không hợp lệ',
        errors: [{ field: 'residence', message: 'Địa chỉ quá dài' }],
      }),
    )
    const { wrapper } = await mountView(MemberFormView, { id: 12 })
    await wrapper.get('[data-testid="field-residence"]').setValue('x'.repeat(20))
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#f-residence-error').text()).toContain('Địa chỉ quá dài')
    expect(wrapper.get('[data-testid="form-alert"]').text()).toContain('Dữ liệu không hợp lệ')

    mocked.patchMember.mockRejectedValueOnce(new ApiError(409, { status: 409, title: 'Conflict' }))
    await wrapper.get('[data-testid="field-residence"]').setValue('y')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[data-testid="form-alert"]').text()).toContain('Hồ sơ đã được người khác sửa, vui lòng tải lại')
    wrapper.unmount()
  })
})
