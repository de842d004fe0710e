import { describe, expect, it } from 'vitest'
import { accountActions, handbookUrl, mergeCards, missingLogins, summarizeBatch } from '../../src/lib/accounts'
import type { CellMemberLogin, FirstLoginCard } from '../../src/api/accounts'

function row(over: Partial<CellMemberLogin> = {}): CellMemberLogin {
  return { memberId: 1, memberName: 'Nguyễn Văn An', status: 'FULL', eligible: true, ...over }
}
const account = (state: 'ACTIVE' | 'DISABLE_PENDING' | 'DISABLED') => ({
  id: 7, memberId: 1, username: 'nguyen.van.an', state, createdBy: 'canbo.tochuc', createdAt: '2026-01-01T00:00:00Z',
})
function card(memberId: number, password = 'Abc23456xy'): FirstLoginCard {
  return { accountId: memberId, memberId, memberName: 'X', cellName: 'Chi bộ 1', username: `u${memberId}`, temporaryPassword: password }
}

describe('account actions', () => {
  it('offers creation only to eligible members without a login', () => {
    expect(accountActions(row())).toEqual(['create'])
    expect(accountActions(row({ eligible: false, status: 'EXEMPT' }))).toEqual([])
  })
  it('offers disabling an active login and enabling a disabled one of an eligible member', () => {
    expect(accountActions(row({ account: account('ACTIVE') }))).toEqual(['disable'])
    expect(accountActions(row({ account: account('DISABLED') }))).toEqual(['enable'])
    expect(accountActions(row({ eligible: false, status: 'DECEASED', account: account('DISABLED') }))).toEqual([])
    expect(accountActions(row({ eligible: false, status: 'DECEASED', account: account('DISABLE_PENDING') }))).toEqual([])
  })
  it('counts the logins a whole-cell run would create', () => {
    expect(missingLogins([row(), row({ memberId: 2, account: account('ACTIVE') }), row({ memberId: 3, eligible: false })])).toBe(1)
  })
})

describe('first-login cards', () => {
  it('keeps one card per member, the newest', () => {
    const merged = mergeCards([card(1, 'old'), card(2)], [card(1, 'new'), card(3)])
    expect(merged.map((c) => c.memberId)).toEqual([2, 1, 3])
    expect(merged.find((c) => c.memberId === 1)?.temporaryPassword).toBe('new')
  })
  it('summarises a whole-cell run', () => {
    expect(summarizeBatch([
      { memberId: 1, memberName: 'a', outcome: 'CREATED', card: card(1) },
      { memberId: 2, memberName: 'b', outcome: 'HAS_ACCOUNT' },
      { memberId: 3, memberName: 'c', outcome: 'NOT_ELIGIBLE' },
      { memberId: 4, memberName: 'd', outcome: 'UNAVAILABLE' },
    ])).toEqual({ created: 1, skipped: 2, failed: 1 })
  })
  it('prints the handbook address without a trailing slash', () => {
    expect(handbookUrl('https://sotay.example.vn', '/')).toBe('https://sotay.example.vn')
    expect(handbookUrl('http://localhost:8080', '/app/')).toBe('http://localhost:8080/app')
  })
})
