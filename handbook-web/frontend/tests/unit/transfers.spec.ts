import { describe, expect, it } from 'vitest'
import type { Transfer, Unit } from '../../src/api/types'
import {
  canBeTransferred,
  destinationCells,
  emptyTransferForm,
  openTransfer,
  transferFormToPayload,
  validateTransferForm,
} from '../../src/lib/transfers'

const unit = (id: number, name: string, over: Partial<Unit> = {}): Unit => ({
  id, kind: 'CELL', name, parentId: 1, dissolvedOn: null, activeMembers: 1, ...over,
})

describe('transfers', () => {
  it('offers active cells other than the current one, in name order', () => {
    const units = [
      unit(1, 'Đảng bộ phường', { kind: 'WARD', parentId: null }),
      unit(2, 'Đảng bộ bộ phận A', { kind: 'SUB' }),
      unit(3, 'Chi bộ Khu phố 10'),
      unit(4, 'Chi bộ Khu phố 2'),
      unit(5, 'Chi bộ Khu phố 1'),
      unit(6, 'Chi bộ Khu phố 3', { dissolvedOn: '2024-01-01' }),
    ]
    expect(destinationCells(units, 5).map((u) => u.id)).toEqual([4, 3])
  })

  it('allows transfers only for members still attending a cell', () => {
    expect(['PROBATIONARY', 'FULL', 'EXEMPT'].every(canBeTransferred)).toBe(true)
    expect(['TRANSFERRED_OUT', 'DECEASED', 'REMOVED', 'EXPELLED', null].some(canBeTransferred)).toBe(false)
  })

  it('finds the open transfer', () => {
    const tr = (id: number, state: Transfer['state']) => ({ id, state }) as Transfer
    expect(openTransfer([tr(1, 'REJECTED'), tr(2, 'COMPLETED')])).toBeNull()
    expect(openTransfer([tr(1, 'REJECTED'), tr(2, 'CONFIRMED')])?.id).toBe(2)
    expect(openTransfer(null)).toBeNull()
  })

  it('validates the form and builds the payload with an ISO date', () => {
    expect(validateTransferForm(emptyTransferForm(), [4])).toEqual({
      toCellId: 'validation.required',
      date: 'validation.required',
      reason: 'validation.required',
    })
    expect(validateTransferForm({ toCellId: 5, date: '30/02/2026', reason: 'x' }, [4])).toEqual({
      toCellId: 'validation.required',
      date: 'validation.date',
    })
    const form = { toCellId: 4, date: '1/12/2026', reason: ' Chuyển nơi ở ' }
    expect(validateTransferForm(form, [4])).toEqual({})
    expect(transferFormToPayload(12, form)).toEqual({ memberId: 12, toCellId: 4, date: '2026-12-01', reason: 'Chuyển nơi ở' })
  })
})
