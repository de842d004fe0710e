import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import PrimeVue from 'primevue/config'
import { i18n, setLocale } from '../../src/i18n'
import type { ClassSheet } from '../../src/api/classes'

vi.mock('../../src/api/classes', () => ({
  classesApi: {
    list: vi.fn(), get: vi.fn(), create: vi.fn(), update: vi.fn(), addSession: vi.fn(), enrol: vi.fn(), mark: vi.fn(),
    completion: vi.fn(), report: vi.fn(), downloadReport: vi.fn(),
  },
}))

import { classesApi } from '../../src/api/classes'
import ClassView from '../../src/views/ClassView.vue'
import ClassCompletionView from '../../src/views/ClassCompletionView.vue'
import { ApiError } from '../../src/api/http'

const api = vi.mocked(classesApi)

function sheet(overrides: Partial<ClassSheet> = {}): ClassSheet {
  return {
    id: 5, unitId: 3, unitName: 'Chi bộ Khu phố 1', title: 'Kỹ năng số cơ bản', skills: ['Dùng VNeID'],
    instructor: 'Nguyễn Minh Tâm', required: 2, completed: 0,
    sessions: [
      { id: 11, date: '2026-11-01', time: '19:00:00', held: true, present: 1, absent: 0 },
      { id: 12, date: '2026-11-08', held: true, present: 0, absent: 0 },
      { id: 13, date: '2099-01-01', held: false, present: 0, absent: 0 },
    ],
    learners: [
      { id: 21, kind: 'RESIDENT', fullName: 'Trần Thị Hoa', phone: '0912000101', neighbourhood: 'Khu phố 1', presentAt: [11], absentAt: [], attended: 1, completed: false },
    ],
    ...overrides,
  }
}

async function mountAt(component: object, path: string, props: Record<string, unknown> = {}) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] })
  await router.push(path)
  const wrapper = mount(component, { props, attachTo: document.body, global: { plugins: [router, i18n, [PrimeVue, { theme: 'none' }]] } })
  await flushPromises()
  return wrapper
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('vi')
})

describe('the class screen', () => {
  it('marks attendance on the latest session held and shows completion as the server computes it', async () => {
    api.get.mockResolvedValue(sheet())
    const w = await mountAt(ClassView, '/classes/5', { id: 5 })
    expect(w.get('[data-testid="class-heading"]').text()).toBe('Kỹ năng số cơ bản')
    expect(w.get('[data-testid="attendance-counts"]').text()).toContain('chưa điểm danh 1')
    expect(w.find('[data-testid="learner-completed"]').exists()).toBe(false)

    const done = sheet({ completed: 1 })
    done.learners[0] = { ...done.learners[0]!, presentAt: [11, 12], attended: 2, completed: true }
    api.mark.mockResolvedValue(done)
    await w.get('[data-testid="mark-present"]').trigger('change')
    await flushPromises()
    expect(api.mark).toHaveBeenCalledWith(5, 12, 21, true)
    expect(w.get('[data-testid="learner-completed"]').text()).toBe('Hoàn thành')
    expect(w.get('[data-testid="learner-table"]').text()).toContain('0912 000 101')
  })

  it('refuses a bad phone number before sending and shows the server reason for a duplicate', async () => {
    api.get.mockResolvedValue(sheet())
    const w = await mountAt(ClassView, '/classes/5', { id: 5 })
    await w.get('[data-testid="learner-add"]').trigger('click')
    await w.get('[data-testid="resident-name"]').setValue('Lê Văn Tư')
    await w.get('[data-testid="resident-phone"]').setValue('0123 456')
    await w.get('[data-testid="resident-neighbourhood"]').setValue('Khu phố 2')
    await w.get('[data-testid="resident-form"]').trigger('submit')
    expect(api.enrol).not.toHaveBeenCalled()
    expect(w.text()).toContain('Số điện thoại không đúng')

    api.enrol.mockRejectedValue(new ApiError(409, { title: 'Conflict', status: 409, detail: 'Lê Văn Tư đã có trong danh sách học viên của lớp này.' } as never))
    await w.get('[data-testid="resident-phone"]').setValue('0912 000 102')
    await w.get('[data-testid="resident-form"]').trigger('submit')
    await flushPromises()
    expect(api.enrol).toHaveBeenCalledWith(5, { fullName: 'Lê Văn Tư', phone: '0912 000 102', neighbourhood: 'Khu phố 2' })
    expect(w.text()).toContain('đã có trong danh sách học viên')
  })

  it('says a secretary may not open another cell’s class', async () => {
    api.get.mockRejectedValue(new ApiError(403, { title: 'Forbidden', status: 403, detail: 'x' } as never))
    const w = await mountAt(ClassView, '/classes/5', { id: 5 })
    expect(w.find('[data-testid="class-heading"]').exists()).toBe(false)
  })
})

describe('the completion list', () => {
  it('prints the ward, the class and the learners who completed it', async () => {
    api.completion.mockResolvedValue({
      wardName: 'Đảng bộ phường Mẫu', unitName: 'Chi bộ Khu phố 1', classId: 5, title: 'Kỹ năng số cơ bản',
      skills: ['Dùng VNeID'], instructor: 'Nguyễn Minh Tâm', firstDay: '2026-11-01', lastDay: '2026-11-22', sessions: 4,
      required: 3, learners: 2, completed: [{ fullName: 'Trần Thị Hoa', kind: 'RESIDENT', neighbourhood: 'Khu phố 1', attended: 4 }],
    })
    const w = await mountAt(ClassCompletionView, '/classes/5/completion', { id: 5 })
    const text = w.get('[data-testid="completion-sheet"]').text()
    expect(text).toContain('Đảng bộ phường Mẫu')
    expect(text).toContain('Kỹ năng số cơ bản')
    expect(text).toContain('01/11/2026')
    expect(w.findAll('[data-testid="completion-row"]')).toHaveLength(1)
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    await w.get('[data-testid="completion-print"]').trigger('click')
    expect(print).toHaveBeenCalled()
  })
})
