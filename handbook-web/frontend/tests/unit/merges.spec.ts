import { describe, expect, it } from 'vitest'
import type { MergeForecast } from '../../src/api/merges'
import type { Unit } from '../../src/api/types'
import { choosable, emptyMergeForm, holders, mergeRequest, validateMergeForm } from '../../src/lib/merges'

const unit = (id: number, kind: Unit['kind'], dissolvedOn: string | null = null) =>
  ({ id, kind, name: `U${id}`, parentId: 1, establishedOn: null, dissolvedOn, dissolutionReason: null, activeMembers: 0 }) as unknown as Unit

describe('merging units', () => {
  const units = [unit(1, 'WARD'), unit(2, 'CELL'), unit(3, 'CELL'), unit(4, 'SUB'), unit(5, 'CELL', '2025-01-01')]

  it('offers active units of the kind first chosen, never the ward', () => {
    expect(choosable(units, []).map((u) => u.id)).toEqual([2, 3, 4])
    expect(choosable(units, [4]).map((u) => u.id)).toEqual([4])
    expect(choosable(units, [2]).map((u) => u.id)).toEqual([2, 3])
  })

  it('needs two units, a successor, a real date and a decision', () => {
    const f = emptyMergeForm()
    f.unitIds = [2]
    f.effectiveOn = '31/02/2026'
    expect(validateMergeForm(f)).toEqual({
      unitIds: 'merges.problems.twoUnits',
      newName: 'merges.problems.newName',
      effectiveOn: 'merges.problems.date',
      decisionNumber: 'merges.problems.required',
    })
    f.unitIds = [2, 3]
    f.target = '3'
    f.effectiveOn = '01/07/2025'
    f.decisionNumber = ' 125-QĐ/ĐU '
    expect(validateMergeForm(f)).toEqual({})
  })

  it('sends the kept unit as the target, not among the merged, and the date as ISO', () => {
    const f = emptyMergeForm()
    f.unitIds = [2, 3]
    f.target = '3'
    f.newName = 'ignored'
    f.effectiveOn = '01/07/2025'
    f.decisionNumber = ' 125-QĐ/ĐU '
    expect(mergeRequest(f)).toMatchObject({
      unitIds: [2],
      targetId: 3,
      newName: null,
      effectiveOn: '2025-07-01',
      decisionNumber: '125-QĐ/ĐU',
    })
  })

  it('lists each secretary once for the choice of who stays', () => {
    const position = (memberId: number, role: string) => ({ positionId: memberId, memberId, fullName: `M${memberId}`, role, unitName: 'U' })
    const forecast = {
      units: [
        { positions: [position(7, 'SECRETARY'), position(8, 'DEPUTY_SECRETARY')] },
        { positions: [position(9, 'SECRETARY'), position(7, 'SECRETARY')] },
      ],
    } as unknown as MergeForecast
    expect(holders(forecast, 'SECRETARY').map((h) => h.memberId)).toEqual([7, 9])
    expect(holders(forecast, 'DEPUTY_SECRETARY').map((h) => h.memberId)).toEqual([8])
  })
})
