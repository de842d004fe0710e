import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { createRouter, createMemoryHistory } from 'vue-router'
import PrimeVue from 'primevue/config'
import ToastService from 'primevue/toastservice'
import { i18n, setLocale } from '../../src/i18n'
import { ApiError } from '../../src/api/http'
import type { MemberDossier, MemberEvent, Transfer } from '../../src/api/types'

vi.mock('../../src/api/api', () => ({
  api: {
    member: vi.fn(),
    history: vi.fn(),
    events: vi.fn(),
    recordEvent: vi.fn(),
    units: vi.fn(),
    patchMember: vi.fn(),
    createMember: vi.fn(),
    memberCells: vi.fn(),
    memberTransfers: vi.fn(),
    proposeTransfer: vi.fn(),
    transfers: vi.fn(),
    confirmTransfer: vi.fn(),
    rejectTransfer: vi.fn(),
    cancelTransfer: vi.fn(),
  },
}))

import { api } from '../../src/api/api'
import { session } from '../../src/session'
import DossierView from '../../src/views/DossierView.vue'
import MemberFormView from '../../src/views/MemberFormView.vue'
import TransfersView from '../../src/views/TransfersView.vue'

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
  mocked.events.mockResolvedValue([])
  mocked.memberCells.mockResolvedValue([])
  mocked.memberTransfers.mockResolvedValue([])
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

function event(over: Partial<MemberEvent> = {}): MemberEvent {
  return {
    id: 7, kind: 'FULL_MEMBERSHIP', date: '1996-02-03', decisionNumber: '15-QĐ/ĐU', reason: 'Đủ điều kiện',
    recordedBy: 'canbo.tochuc', recordedAt: '2026-11-21T10:00:00Z', statusAfter: 'FULL', ...over,
  }
}

/** An element the dialog rendered (PrimeVue teleports it to <body>). */
function inDialog(selector: string): DOMWrapper<HTMLElement> {
  const el = document.body.querySelector<HTMLElement>(selector)
  if (!el) throw new Error(`not found: ${selector}`)
  return new DOMWrapper(el)
}

/** Opens the kind list, checks what it offers (when told) and picks one. */
async function chooseKind(label: string, expectedOptions?: string[]) {
  await inDialog('[data-testid="event-kind"]').trigger('click')
  await flushPromises()
  const options = [...document.body.querySelectorAll<HTMLElement>('[role="option"]')]
  if (expectedOptions) expect(options.map((o) => o.textContent?.trim())).toEqual(expectedOptions)
  const option = options.find((o) => o.textContent?.trim() === label)
  if (!option) throw new Error(`no option ${label}`)
  await new DOMWrapper(option).trigger('mousedown') // PrimeVue's Select picks on mousedown
  await flushPromises()
}

describe('DossierView membership events', () => {
  it('lists the events as a timeline', async () => {
    mocked.member.mockResolvedValue(dossier())
    mocked.events.mockResolvedValue([
      event({ id: 1, kind: 'ADMISSION', date: '1995-02-03', decisionNumber: '3-QĐ/ĐU', reason: null, statusAfter: 'PROBATIONARY' }),
      event(),
    ])
    const { wrapper } = await mountView(DossierView, { id: 12 })
    expect(mocked.events).toHaveBeenCalledWith(12)
    expect(wrapper.text()).toContain('Quá trình đảng viên (sự kiện)')
    const entries = wrapper.findAll('[data-testid="event-entry"]')
    expect(entries).toHaveLength(2)
    expect(entries[0]!.text()).toContain('03/02/1995')
    expect(entries[0]!.text()).toContain('Kết nạp')
    expect(entries[1]!.text()).toContain('03/02/1996')
    expect(entries[1]!.text()).toContain('Công nhận chính thức')
    expect(entries[1]!.text()).toContain('15-QĐ/ĐU')
    expect(entries[1]!.text()).toContain('Đủ điều kiện')
    expect(entries[1]!.text()).toContain('canbo.tochuc')
    expect(entries[1]!.text()).toContain('21/11/2026 17:00')
    wrapper.unmount()
  })

  it('offers the record button to a secretary but not to a plain member', async () => {
    mocked.member.mockResolvedValue(dossier())
    mocked.events.mockResolvedValue([event()])
    const first = await mountView(DossierView, { id: 12 })
    expect(first.wrapper.find('[data-testid="record-event-button"]').exists()).toBe(true)
    first.wrapper.unmount()

    session.me = { username: 'dangvien.12', displayName: 'Trần Văn Bình', roles: ['member'], memberId: 12, wholeWard: false, unitIds: [] }
    const own = await mountView(DossierView, { id: 12 })
    expect(own.wrapper.findAll('[data-testid="event-entry"]')).toHaveLength(1)
    expect(own.wrapper.find('[data-testid="record-event-button"]').exists()).toBe(false)
    own.wrapper.unmount()
  })

  it('offers only the allowed kinds, posts the event with an ISO date and reloads the dossier', async () => {
    mocked.member.mockResolvedValueOnce(dossier()).mockResolvedValueOnce({ ...dossier(), status: 'EXEMPT', version: 4 })
    mocked.events.mockResolvedValueOnce([event()]).mockResolvedValueOnce([
      event(),
      event({ id: 8, kind: 'EXEMPTION', date: '2025-03-01', decisionNumber: '20-QĐ/CB', reason: 'Tuổi cao', statusAfter: 'EXEMPT' }),
    ])
    mocked.recordEvent.mockResolvedValue(
      event({ id: 8, kind: 'EXEMPTION', date: '2025-03-01', decisionNumber: '20-QĐ/CB', reason: 'Tuổi cao', statusAfter: 'EXEMPT' }),
    )
    const { wrapper } = await mountView(DossierView, { id: 12 })
    expect(wrapper.get('.dossier-meta').text()).toContain('Chính thức')

    await wrapper.get('[data-testid="record-event-button"]').trigger('click')
    await flushPromises()
    await chooseKind('Miễn sinh hoạt', ['Miễn sinh hoạt', 'Từ trần', 'Xóa tên', 'Khai trừ'])

    await inDialog('[data-testid="event-date"]').setValue('1/3/2025')
    await inDialog('[data-testid="event-decision"]').setValue(' 20-QĐ/CB ')
    await inDialog('[data-testid="event-reason"]').setValue('Tuổi cao')
    await inDialog('[data-testid="event-form"]').trigger('submit')
    await flushPromises()

    expect(mocked.recordEvent).toHaveBeenCalledWith(12, {
      kind: 'EXEMPTION',
      date: '2025-03-01',
      decisionNumber: '20-QĐ/CB',
      reason: 'Tuổi cao',
    })
    expect(mocked.member).toHaveBeenCalledTimes(2)
    expect(mocked.events).toHaveBeenCalledTimes(2)
    expect(mocked.history).toHaveBeenCalledTimes(2)
    expect(wrapper.get('.dossier-meta').text()).toContain('Miễn sinh hoạt')
    expect(wrapper.findAll('[data-testid="event-entry"]')).toHaveLength(2)
    expect(document.body.querySelector('[data-testid="event-form"]')).toBeNull()
    wrapper.unmount()
  })

  it('checks the form before sending and links the errors to the fields', async () => {
    mocked.member.mockResolvedValue(dossier())
    const { wrapper } = await mountView(DossierView, { id: 12 })
    await wrapper.get('[data-testid="record-event-button"]').trigger('click')
    await flushPromises()
    await inDialog('[data-testid="event-date"]').setValue('31/02/2025')
    await inDialog('[data-testid="event-form"]').trigger('submit')
    await flushPromises()
    expect(mocked.recordEvent).not.toHaveBeenCalled()
    const date = inDialog('#ev-date')
    expect(date.attributes('aria-invalid')).toBe('true')
    expect(date.attributes('aria-describedby')).toContain('ev-date-error')
    expect(inDialog('#ev-date-error').text()).toContain('Ngày không hợp lệ')
    expect(inDialog('#ev-kind-error').text()).toContain('Vui lòng nhập mục này')
    expect(inDialog('#ev-kind').attributes('aria-describedby')).toContain('ev-kind-error')
    expect(document.activeElement?.id).toBe('ev-kind')
    wrapper.unmount()
  })

  it('shows the detail of a 409 in an alert and field errors inline', async () => {
    mocked.member.mockResolvedValue({ ...dossier(), status: 'PROBATIONARY' })
    mocked.recordEvent.mockRejectedValueOnce(
      new ApiError(409, { status: 409, title: 'Conflict', detail: 'Đảng viên đã từ trần: không ghi thêm sự kiện.' }),
    )
    const { wrapper } = await mountView(DossierView, { id: 12 })
    await wrapper.get('[data-testid="record-event-button"]').trigger('click')
    await flushPromises()
    await chooseKind('Công nhận chính thức')
    await inDialog('[data-testid="event-date"]').setValue('01/03/2025')
    await inDialog('[data-testid="event-form"]').trigger('submit')
    await flushPromises()
    expect(mocked.recordEvent).toHaveBeenCalledWith(12, { kind: 'FULL_MEMBERSHIP', date: '2025-03-01', decisionNumber: null, reason: null })
    expect(inDialog('[data-testid="event-alert"]').text()).toContain('Đảng viên đã từ trần: không ghi thêm sự kiện.')
    expect(document.body.querySelector('[data-testid="event-form"]')).not.toBeNull()

    mocked.recordEvent.mockRejectedValueOnce(
      new ApiError(400, {
        status: 400,
        detail: 'Dữ liệu không hợp lệ',
        errors: [{ field: 'decisionNumber', message: 'Cần số quyết định' }],
      }),
    )
    await inDialog('[data-testid="event-form"]').trigger('submit')
    await flushPromises()
    expect(inDialog('#ev-decisionNumber-error').text()).toContain('Cần số quyết định')
    expect(inDialog('#ev-decisionNumber').attributes('aria-describedby')).toContain('ev-decisionNumber-error')
    expect(inDialog('[data-testid="event-alert"]').text()).toContain('Dữ liệu không hợp lệ')
    wrapper.unmount()
  })

  it('explains instead of offering a form when no event is possible', async () => {
    mocked.member.mockResolvedValue({ ...dossier(), status: 'DECEASED' })
    const { wrapper } = await mountView(DossierView, { id: 12 })
    await wrapper.get('[data-testid="record-event-button"]').trigger('click')
    await flushPromises()
    expect(inDialog('[data-testid="event-none-allowed"]').text()).toContain('không thể ghi thêm sự kiện')
    expect(document.body.querySelector('[data-testid="event-form"]')).toBeNull()
    wrapper.unmount()
  })
})

describe('MemberFormView status', () => {
  it('shows the status read-only with a hint when editing and never sends it', async () => {
    mocked.member.mockResolvedValue(dossier())
    mocked.patchMember.mockResolvedValue({ ...dossier(), residence: 'mới', version: 4 })
    const { wrapper } = await mountView(MemberFormView, { id: 12 })
    const status = wrapper.get('#f-status')
    expect(status.element.tagName).toBe('INPUT')
    expect(status.attributes('readonly')).toBeDefined()
    expect((status.element as HTMLInputElement).value).toBe('Chính thức')
    expect(status.attributes('aria-describedby')).toContain('f-status-hint')
    expect(wrapper.get('#f-status-hint').text()).toBe('Thay đổi trạng thái bằng cách ghi sự kiện trong hồ sơ')
    await wrapper.get('[data-testid="field-residence"]').setValue('mới')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(mocked.patchMember).toHaveBeenCalledWith(12, { version: 3, residence: 'mới' })
    wrapper.unmount()
  })

  it('keeps the three initial statuses when creating', async () => {
    const { wrapper } = await mountView(MemberFormView, {})
    expect(wrapper.find('#f-status-hint').exists()).toBe(false)
    await wrapper.get('[data-testid="field-status"]').trigger('click')
    await flushPromises()
    const options = [...document.body.querySelectorAll('[role="option"]')].map((o) => o.textContent?.trim())
    expect(options).toEqual(['Dự bị', 'Chính thức', 'Miễn sinh hoạt'])
    wrapper.unmount()
  })
})

function transfer(over: Partial<Transfer> = {}): Transfer {
  return {
    id: 40, memberId: 12, memberName: 'Trần Văn Bình', fromCellId: 3, fromCellName: 'Chi bộ Khu phố 1',
    toCellId: 5, toCellName: 'Chi bộ Khu phố 5', effectiveDate: '2026-12-01', reason: 'Chuyển nơi ở',
    state: 'PROPOSED', proposedBy: 'bithu.cb01', proposedAt: '2026-11-21T03:00:00Z', ...over,
  }
}

/** Opens a PrimeVue Select in the dialog, checks what it offers (when told) and picks one. */
async function chooseOption(testid: string, label: string, expectedOptions?: string[]) {
  await inDialog(`[data-testid="${testid}"]`).trigger('click')
  await flushPromises()
  const options = [...document.body.querySelectorAll<HTMLElement>('[role="option"]')]
  if (expectedOptions) expect(options.map((o) => o.textContent?.trim())).toEqual(expectedOptions)
  const option = options.find((o) => o.textContent?.trim() === label)
  if (!option) throw new Error(`no option ${label}`)
  await new DOMWrapper(option).trigger('mousedown')
  await flushPromises()
}

describe('DossierView cell history and transfers', () => {
  beforeEach(() => {
    session.units = [
      { id: 1, kind: 'WARD', name: 'Đảng bộ phường', parentId: null, dissolvedOn: null, activeMembers: 0 },
      { id: 3, kind: 'CELL', name: 'Chi bộ Khu phố 1', parentId: 1, dissolvedOn: null, activeMembers: 10 },
      { id: 5, kind: 'CELL', name: 'Chi bộ Khu phố 5', parentId: 1, dissolvedOn: null, activeMembers: 8 },
      { id: 6, kind: 'CELL', name: 'Chi bộ Khu phố 2', parentId: 1, dissolvedOn: null, activeMembers: 4 },
      { id: 7, kind: 'CELL', name: 'Chi bộ Khu phố 9', parentId: 1, dissolvedOn: '2024-01-01', activeMembers: 0 },
    ]
  })

  it('lists the cells with their periods and shows an open transfer instead of the button', async () => {
    mocked.member.mockResolvedValue(dossier())
    mocked.memberCells.mockResolvedValue([
      { cellId: 6, cellName: 'Chi bộ Khu phố 2', from: '2010-05-01', to: '2020-03-15' },
      { cellId: 3, cellName: 'Chi bộ Khu phố 1', from: '2020-03-15', to: null },
    ])
    mocked.memberTransfers.mockResolvedValue([transfer({ id: 1, state: 'REJECTED' }), transfer()])
    const { wrapper } = await mountView(DossierView, { id: 12 })
    expect(mocked.memberCells).toHaveBeenCalledWith(12)
    expect(wrapper.text()).toContain('Quá trình sinh hoạt (chi bộ)')
    const periods = wrapper.findAll('[data-testid="cell-period"]')
    expect(periods).toHaveLength(2)
    expect(periods[0]!.text()).toContain('Chi bộ Khu phố 2')
    expect(periods[0]!.text()).toContain('từ 01/05/2010 đến 15/03/2020')
    expect(periods[1]!.text()).toContain('từ 15/03/2020 đến nay')
    expect(wrapper.get('[data-testid="pending-transfer"]').text()).toBe(
      'Đang chờ duyệt chuyển đến Chi bộ Khu phố 5 từ ngày 01/12/2026',
    )
    expect(wrapper.find('[data-testid="propose-transfer-button"]').exists()).toBe(false)

    setLocale('en')
    await flushPromises()
    expect(wrapper.text()).toContain('Cell history')
    expect(wrapper.findAll('[data-testid="cell-period"]')[1]!.text()).toContain('from 15/03/2020 to date')
    expect(wrapper.get('[data-testid="pending-transfer"]').text()).toBe('Transfer to Chi bộ Khu phố 5 from 01/12/2026 awaiting approval')
    wrapper.unmount()
  })

  it('offers the transfer only to editors and for active members', async () => {
    mocked.member.mockResolvedValue({ ...dossier(), status: 'DECEASED' })
    const dead = await mountView(DossierView, { id: 12 })
    expect(dead.wrapper.find('[data-testid="propose-transfer-button"]').exists()).toBe(false)
    dead.wrapper.unmount()

    mocked.member.mockResolvedValue(dossier())
    session.me = { username: 'dangvien.12', displayName: 'Trần Văn Bình', roles: ['member'], memberId: 12, wholeWard: false, unitIds: [] }
    const own = await mountView(DossierView, { id: 12 })
    expect(own.wrapper.find('[data-testid="cells"]').exists()).toBe(true)
    expect(own.wrapper.find('[data-testid="propose-transfer-button"]').exists()).toBe(false)
    own.wrapper.unmount()
  })

  it('proposes a transfer to another active cell with an ISO date', async () => {
    mocked.member.mockResolvedValue(dossier())
    mocked.memberTransfers.mockResolvedValueOnce([]).mockResolvedValueOnce([transfer()])
    mocked.proposeTransfer.mockResolvedValue(transfer())
    const { wrapper } = await mountView(DossierView, { id: 12 })
    await wrapper.get('[data-testid="propose-transfer-button"]').trigger('click')
    await flushPromises()
    // Not the current cell, not the dissolved one, not the ward; in name order.
    await chooseOption('transfer-cell', 'Chi bộ Khu phố 5', ['Chi bộ Khu phố 2', 'Chi bộ Khu phố 5'])
    await inDialog('[data-testid="transfer-date"]').setValue('1/12/2026')
    await inDialog('[data-testid="transfer-reason"]').setValue(' Chuyển nơi ở ')
    await inDialog('[data-testid="transfer-form"]').trigger('submit')
    await flushPromises()
    expect(mocked.proposeTransfer).toHaveBeenCalledWith({ memberId: 12, toCellId: 5, date: '2026-12-01', reason: 'Chuyển nơi ở' })
    expect(document.body.querySelector('[data-testid="transfer-form"]')).toBeNull()
    expect(mocked.memberTransfers).toHaveBeenCalledTimes(2)
    expect(wrapper.get('[data-testid="pending-transfer"]').text()).toContain('Chi bộ Khu phố 5')
    wrapper.unmount()
  })

  it('checks the form before sending and shows the detail of a 409 in an alert', async () => {
    mocked.member.mockResolvedValue(dossier())
    const { wrapper } = await mountView(DossierView, { id: 12 })
    await wrapper.get('[data-testid="propose-transfer-button"]').trigger('click')
    await flushPromises()
    await inDialog('[data-testid="transfer-date"]').setValue('31/02/2026')
    await inDialog('[data-testid="transfer-form"]').trigger('submit')
    await flushPromises()
    expect(mocked.proposeTransfer).not.toHaveBeenCalled()
    expect(inDialog('#tr-toCellId-error').text()).toContain('Vui lòng nhập mục này')
    expect(inDialog('#tr-date-error').text()).toContain('Ngày không hợp lệ')
    expect(inDialog('#tr-date').attributes('aria-describedby')).toContain('tr-date-error')
    expect(inDialog('#tr-reason-error').text()).toContain('Vui lòng nhập mục này')
    expect(document.activeElement?.id).toBe('tr-toCellId')

    mocked.proposeTransfer.mockRejectedValueOnce(
      new ApiError(409, { status: 409, title: 'Conflict', detail: 'Đảng viên đang có đề nghị chuyển sinh hoạt chưa giải quyết.' }),
    )
    await chooseOption('transfer-cell', 'Chi bộ Khu phố 2')
    await inDialog('[data-testid="transfer-date"]').setValue('01/12/2026')
    await inDialog('[data-testid="transfer-reason"]').setValue('Chuyển nơi ở')
    await inDialog('[data-testid="transfer-form"]').trigger('submit')
    await flushPromises()
    expect(mocked.proposeTransfer).toHaveBeenCalledWith({ memberId: 12, toCellId: 6, date: '2026-12-01', reason: 'Chuyển nơi ở' })
    const alert = inDialog('[data-testid="transfer-alert"]')
    expect(alert.attributes('role')).toBe('alert')
    expect(alert.text()).toContain('Đảng viên đang có đề nghị chuyển sinh hoạt chưa giải quyết.')
    expect(document.body.querySelector('[data-testid="transfer-form"]')).not.toBeNull()
    wrapper.unmount()
  })
})

describe('TransfersView', () => {
  const rows = () => [
    transfer(),
    transfer({ id: 41, memberId: 20, memberName: 'Lê Thị Hoa', fromCellId: 4, fromCellName: 'Chi bộ Khu phố 4', toCellId: 3, toCellName: 'Chi bộ Khu phố 1' }),
    transfer({ id: 42, memberId: 21, memberName: 'Phạm Văn Cường', state: 'CONFIRMED', effectiveDate: '2027-01-05' }),
  ]

  it('shows the open transfers with approve and reject buttons for an officer', async () => {
    session.me = { username: 'canbo.tochuc', displayName: 'Cán bộ', roles: ['officer'], memberId: null, wholeWard: true, unitIds: [] }
    mocked.transfers.mockResolvedValue(rows())
    const { wrapper } = await mountView(TransfersView, {})
    const list = wrapper.findAll('[data-testid="transfer-row"]')
    expect(list).toHaveLength(3)
    expect(list[0]!.text()).toContain('Trần Văn Bình')
    expect(list[0]!.get('a').attributes('href')).toBe('/members/12')
    expect(list[0]!.text()).toContain('Chi bộ Khu phố 1')
    expect(list[0]!.text()).toContain('Chi bộ Khu phố 5')
    expect(list[0]!.text()).toContain('01/12/2026')
    expect(list[0]!.text()).toContain('Chờ duyệt')
    expect(list[0]!.text()).toContain('bithu.cb01')
    expect(list[2]!.text()).toContain('Đã duyệt, chờ đến ngày')
    expect(wrapper.findAll('[data-testid="confirm-transfer"]')).toHaveLength(2)
    expect(wrapper.findAll('[data-testid="reject-transfer"]')).toHaveLength(2)
    expect(list[2]!.find('[data-testid="confirm-transfer"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="cancel-transfer"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('lets the source secretary withdraw, and nothing else', async () => {
    mocked.transfers.mockResolvedValue(rows())
    const { wrapper } = await mountView(TransfersView, {})
    const list = wrapper.findAll('[data-testid="transfer-row"]')
    expect(wrapper.find('[data-testid="confirm-transfer"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="reject-transfer"]').exists()).toBe(false)
    expect(list[0]!.find('[data-testid="cancel-transfer"]').exists()).toBe(true)
    // Incoming to the secretary's cell: not theirs to withdraw.
    expect(list[1]!.find('[data-testid="cancel-transfer"]').exists()).toBe(false)
    expect(list[2]!.find('[data-testid="cancel-transfer"]').exists()).toBe(false)

    mocked.cancelTransfer.mockResolvedValue(transfer({ state: 'CANCELLED' }))
    mocked.transfers.mockResolvedValue(rows().slice(1))
    await list[0]!.get('[data-testid="cancel-transfer"]').trigger('click')
    await flushPromises()
    await inDialog('[data-testid="transfer-note"]').setValue('Đương sự xin ở lại')
    await inDialog('[data-testid="transfer-action-form"]').trigger('submit')
    await flushPromises()
    expect(mocked.cancelTransfer).toHaveBeenCalledWith(40, 'Đương sự xin ở lại')
    expect(mocked.transfers).toHaveBeenCalledTimes(2)
    expect(wrapper.findAll('[data-testid="transfer-row"]')).toHaveLength(2)
    expect(document.body.querySelector('[data-testid="transfer-action-form"]')).toBeNull()
    wrapper.unmount()
  })

  it('approves with an optional note and shows the detail of a 409 in an alert', async () => {
    session.me = { username: 'canbo.tochuc', displayName: 'Cán bộ', roles: ['officer'], memberId: null, wholeWard: true, unitIds: [] }
    mocked.transfers.mockResolvedValue(rows())
    mocked.confirmTransfer.mockRejectedValueOnce(
      new ApiError(409, { status: 409, title: 'Conflict', detail: 'Đề nghị này đã được giải quyết.' }),
    )
    const { wrapper } = await mountView(TransfersView, {})
    await wrapper.findAll('[data-testid="confirm-transfer"]')[0]!.trigger('click')
    await flushPromises()
    expect(document.body.textContent).toContain('Duyệt chuyển sinh hoạt: Trần Văn Bình')
    await inDialog('[data-testid="transfer-action-form"]').trigger('submit')
    await flushPromises()
    expect(mocked.confirmTransfer).toHaveBeenCalledWith(40, null)
    const alert = inDialog('[data-testid="transfer-action-alert"]')
    expect(alert.attributes('role')).toBe('alert')
    expect(alert.text()).toContain('Đề nghị này đã được giải quyết.')

    mocked.confirmTransfer.mockResolvedValueOnce(transfer({ state: 'CONFIRMED' }))
    await inDialog('[data-testid="transfer-action-form"]').trigger('submit')
    await flushPromises()
    expect(mocked.confirmTransfer).toHaveBeenCalledTimes(2)
    expect(document.body.querySelector('[data-testid="transfer-action-form"]')).toBeNull()
    wrapper.unmount()
  })
})
