import { describe, expect, it } from 'vitest'
import type { Unit } from '../../src/api/types'
import { emptySplitForm, isActive, removePart, splitRequest, splittable, subUnitsOf, validateSplitForm } from '../../src/lib/splits'

const unit = (id: number, kind: Unit['kind'], parentId: number | null, dissolvedOn: string | null = null): Unit => ({
  id, kind, name: `Đơn vị ${id}`, parentId, dissolvedOn, activeMembers: 0,
})

describe('splitting a unit', () => {
  const units = [unit(1, 'WARD', null), unit(2, 'SUB', 1), unit(3, 'CELL', 2), unit(4, 'CELL', 2, '2025-07-01'), unit(5, 'CELL', 2)]

  it('offers active committees and cells, never the ward', () => {
    expect(splittable(units).map((u) => u.id)).toEqual([2, 3, 5])
  })

  it("gives a committee's parts its active sub-units only", () => {
    expect(subUnitsOf(units, 2).map((u) => u.id)).toEqual([3, 5])
  })

  it('moves only active members', () => {
    expect(isActive('FULL')).toBe(true)
    expect(isActive('EXEMPT')).toBe(true)
    expect(isActive('TRANSFERRED_OUT')).toBe(false)
  })

  it('asks for names, distinct without case or diacritics, and for everyone to be placed', () => {
    const f = emptySplitForm(3)
    f.partNames = ['Chi bộ Đông', 'chi bo dong']
    f.placed = { 10: 0 }
    f.effectiveOn = '31/02/2025'
    const problems = validateSplitForm(f, [{ id: 10, name: 'A' }, { id: 11, name: 'B' }])
    expect(problems.partNames).toEqual([undefined, 'splits.problems.sameName'])
    expect(problems.placed).toBe('splits.problems.placeAll')
    expect(problems.effectiveOn).toBe('splits.problems.date')
    expect(problems.decisionNumber).toBe('splits.problems.required')
    expect(problems.unitId).toBeUndefined()
  })

  it('is ready once every field is right', () => {
    const f = emptySplitForm(3)
    f.partNames = ['Chi bộ Đông', 'Chi bộ Tây']
    f.placed = { 10: 0, 11: 1 }
    f.effectiveOn = '01/07/2025'
    f.decisionNumber = '210-QĐ/ĐU'
    expect(validateSplitForm(f, [{ id: 10, name: 'A' }, { id: 11, name: 'B' }])).toEqual({})
  })

  it('sends members for a cell and sub-units for a committee, with an ISO date', () => {
    const f = emptySplitForm(3)
    f.partNames = [' Chi bộ Đông ', 'Chi bộ Tây']
    f.placed = { 10: 0, 11: 1, 12: 0 }
    f.effectiveOn = '01/07/2025'
    f.decisionNumber = ' 210-QĐ/ĐU '
    const items = [{ id: 10, name: 'A' }, { id: 11, name: 'B' }, { id: 12, name: 'C' }]
    const cell = splitRequest(f, 'CELL', items)
    expect(cell.effectiveOn).toBe('2025-07-01')
    expect(cell.decisionNumber).toBe('210-QĐ/ĐU')
    expect(cell.parts).toEqual([
      { name: 'Chi bộ Đông', memberIds: [10, 12], subUnitIds: [] },
      { name: 'Chi bộ Tây', memberIds: [11], subUnitIds: [] },
    ])
    expect(splitRequest(f, 'SUB', items).parts[1]).toEqual({ name: 'Chi bộ Tây', memberIds: [], subUnitIds: [11] })
  })

  it('removing a part unplaces what it held and shifts the later parts', () => {
    const f = emptySplitForm(3)
    f.partNames = ['A', 'B', 'C']
    f.placed = { 10: 0, 11: 1, 12: 2 }
    removePart(f, 1)
    expect(f.partNames).toEqual(['A', 'C'])
    expect(f.placed).toEqual({ 10: 0, 12: 1 })
  })
})
