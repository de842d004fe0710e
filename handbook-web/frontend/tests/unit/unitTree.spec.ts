import { describe, expect, it } from 'vitest'
import type { Unit } from '../../src/api/types'
import { buildUnitTree, flattenTree, managedUnitIds, moveTargets, subtreeIds } from '../../src/lib/unitTree'

function unit(id: number, kind: Unit['kind'], name: string, parentId: number | null, dissolvedOn: string | null = null): Unit {
  return { id, kind, name, parentId, dissolvedOn, activeMembers: id * 10 }
}

const units: Unit[] = [
  unit(5, 'CELL', 'Chi bộ Khu phố 10', 1),
  unit(3, 'CELL', 'Chi bộ Khu phố 2', 1),
  unit(1, 'WARD', 'Đảng bộ phường Bến Thành', null),
  unit(7, 'CELL', 'Chi bộ Công an', 2),
  unit(2, 'SUB', 'Đảng bộ bộ phận Khối cơ quan', 1),
  unit(8, 'CELL', 'Chi bộ Khu phố 1 (cũ)', 1, '2025-01-01'),
  unit(4, 'CELL', 'Chi bộ Khu phố 1', 1),
  unit(6, 'CELL', 'Chi bộ Ấp Bắc', 2),
]

describe('buildUnitTree', () => {
  it('nests units under their parents', () => {
    const tree = buildUnitTree(units)
    expect(tree).toHaveLength(1)
    const ward = tree[0]!
    expect(ward.unit.id).toBe(1)
    expect(ward.depth).toBe(0)
    const sub = ward.children.find((c) => c.unit.id === 2)!
    expect(sub.depth).toBe(1)
    expect(sub.children.map((c) => c.unit.id).sort()).toEqual([6, 7])
    expect(sub.children.every((c) => c.depth === 2)).toBe(true)
  })

  it('keeps every unit exactly once', () => {
    const ids = flattenTree(buildUnitTree(units)).map((n) => n.unit.id)
    expect(ids.slice().sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  })

  it('orders siblings by Vietnamese name, numbers numerically, dissolved units last', () => {
    const ward = buildUnitTree(units)[0]!
    expect(ward.children.map((c) => c.unit.name)).toEqual([
      'Chi bộ Khu phố 1',
      'Chi bộ Khu phố 2',
      'Chi bộ Khu phố 10',
      'Đảng bộ bộ phận Khối cơ quan',
      'Chi bộ Khu phố 1 (cũ)',
    ])
    // In the Vietnamese alphabet â (Ấp) comes before c (Công).
    const sub = ward.children.find((c) => c.unit.id === 2)!
    expect(sub.children.map((c) => c.unit.name)).toEqual(['Chi bộ Ấp Bắc', 'Chi bộ Công an'])
  })

  it('makes units whose parent is not in the list into roots', () => {
    const partial = units.filter((u) => u.id !== 1)
    const roots = buildUnitTree(partial).map((n) => n.unit.id)
    expect(roots).toHaveLength(5)
    expect(roots).toContain(2)
    expect(roots).not.toContain(6)
  })

  it('survives a parent loop', () => {
    const looped = [unit(1, 'SUB', 'A', 2), unit(2, 'SUB', 'B', 1), unit(3, 'CELL', 'C', 1)]
    const ids = flattenTree(buildUnitTree(looped)).map((n) => n.unit.id)
    expect(ids.slice().sort()).toEqual([1, 2, 3])
  })

  it('returns an empty tree for no units', () => {
    expect(buildUnitTree([])).toEqual([])
  })
})

describe('subtrees and moves', () => {
  it('collects a unit and its descendants', () => {
    expect([...subtreeIds(units, 2)].sort()).toEqual([2, 6, 7])
    expect([...subtreeIds(units, 1)].length).toBe(8)
  })
  it('offers as new parents only active non-cell units outside the moved subtree', () => {
    // "Đảng bộ bộ phận …" sorts before "Đảng bộ phường …"
    expect(moveTargets(units, 7).map((u) => u.id)).toEqual([2, 1])
    expect(moveTargets(units, 2).map((u) => u.id)).toEqual([1])
  })
  it('expands managed units to everything below them', () => {
    expect([...managedUnitIds(units, [2, 4])].sort()).toEqual([2, 4, 6, 7])
  })
})
