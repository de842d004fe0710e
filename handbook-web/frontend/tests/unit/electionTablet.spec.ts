import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import PrimeVue from 'primevue/config'
import { i18n, setLocale } from '../../src/i18n'
import type { ElectionSheet } from '../../src/api/elections'
import type { LiveState } from '../../src/api/live'

vi.mock('../../src/api/elections', () => ({
  elections: { sheet: vi.fn(), cast: vi.fn() },
}))

import { elections } from '../../src/api/elections'
import ElectionTablet from '../../src/views/congress/live/ElectionTablet.vue'

const api = vi.mocked(elections)

const state: LiveState = {
  congressId: 5,
  version: 3,
  sections: { election: { elections: [{ id: 7, title: 'Bầu Ban Chấp hành', kind: 'COMMITTEE', seats: 2, status: 'RUNNING',
    round: 1, roundStatus: 'OPEN', mode: 'ELECTRONIC', roundSeats: 2, ballotsCast: 0 }] } },
}

function sheet(voted = false): ElectionSheet {
  return {
    election: { id: 7, congressId: 5, title: 'Bầu Ban Chấp hành', kind: 'COMMITTEE', seats: 2, status: 'RUNNING' },
    candidates: [1, 2, 3].map((id) => ({ id, fullName: `Ứng viên ${id}`, source: 'LIST', status: 'STANDING' })),
    exclusions: [],
    rounds: [{ number: 1, seats: 2, mode: 'ELECTRONIC', status: 'OPEN', candidateIds: [1, 2, 3], ballotsCast: 0, votedByMe: voted }],
    maxCandidates: 2, convened: 10, present: 10, floorAgreementNeeded: 4,
  }
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('vi')
})

describe('the delegate ballot', () => {
  it('starts with every name kept, says the ballot is invalid before casting, and casts it only when confirmed', async () => {
    api.sheet.mockResolvedValue(sheet())
    api.cast.mockResolvedValue({ receipt: 'ABCD-EFGH-JKLM', verdict: 'TOO_MANY_KEPT' })
    const w = mount(ElectionTablet, { props: { congressId: 5, state }, global: { plugins: [i18n, [PrimeVue, { theme: 'none' }]] } })
    await flushPromises()
    expect(w.get('[data-testid="ballot-invalid"]').text()).toContain('nhiều hơn 2 người')
    expect(w.get('[data-testid="ballot-submit"]').attributes('disabled')).toBeDefined()
    await w.get('#keep-3').setValue(false)
    expect(w.find('[data-testid="ballot-invalid"]').exists()).toBe(false)
    await w.get('#keep-3').setValue(true)
    await w.get('#confirm-invalid').setValue(true)
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(api.cast).toHaveBeenCalledWith(5, 7, 1, [1, 2, 3], true)
    expect(w.get('[data-testid="ballot-receipt"]').text()).toBe('ABCD-EFGH-JKLM')
  })

  it('says so when the delegate has already voted in the round', async () => {
    api.sheet.mockResolvedValue(sheet(true))
    const w = mount(ElectionTablet, { props: { congressId: 5, state }, global: { plugins: [i18n, [PrimeVue, { theme: 'none' }]] } })
    await flushPromises()
    expect(w.get('[data-testid="ballot-done"]').text()).toContain('đã bỏ phiếu')
    expect(w.find('form').exists()).toBe(false)
  })
})
