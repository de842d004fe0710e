import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import PrimeVue from 'primevue/config'
import { i18n, setLocale } from '../../src/i18n'

vi.mock('../../src/api/api', () => ({ api: { auditChain: vi.fn() } }))

import { api } from '../../src/api/api'
import AuditChainCheck from '../../src/components/AuditChainCheck.vue'

const auditChain = vi.mocked(api.auditChain)

function mountIt() {
  return mount(AuditChainCheck, { attachTo: document.body, global: { plugins: [i18n, [PrimeVue, { theme: 'none' }]] } })
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('vi')
})

describe('the audit chain check', () => {
  it('shows the head to note down when the log is whole', async () => {
    auditChain.mockResolvedValue({ intact: true, sealed: 1234, unsealed: 0, headSeq: 1234, headHash: 'a'.repeat(64) })
    const w = mountIt()
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(auditChain).toHaveBeenCalledWith(undefined, undefined)
    const text = w.get('[data-testid="chain-result"]').text()
    expect(text).toContain('nguyên vẹn')
    expect(text).toContain('a'.repeat(64))
  })

  it('names the first broken entry and why, and passes the anchor given', async () => {
    auditChain.mockResolvedValue({
      intact: false, sealed: 41, unsealed: 2, headSeq: 90, headHash: 'b'.repeat(64),
      firstBreak: { entryId: 77, seq: 42, problem: 'ALTERED', at: '2026-11-20T03:00:00Z', actor: 'canbo.tochuc', action: 'MEMBER_UPDATED', detail: 'nơi cư trú' },
    })
    const w = mountIt()
    await w.get('#chain-anchor-seq').setValue('40')
    await w.get('#chain-anchor-hash').setValue('c'.repeat(64))
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(auditChain).toHaveBeenCalledWith(40, 'c'.repeat(64))
    const result = w.get('[data-testid="chain-result"]')
    expect(result.attributes('role')).toBe('alert')
    expect(result.text()).toContain('mục số 42')
    expect(result.text()).toContain('đã bị sửa')
    expect(w.get('[data-testid="chain-entry"]').text()).toContain('#77')
  })
})
