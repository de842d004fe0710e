import type { Unit } from '../api/types'

export interface UnitNode {
  unit: Unit
  depth: number
  children: UnitNode[]
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' })

/** Active units before dissolved ones, then by name in Vietnamese order ("Khu phố 2" before "Khu phố 10"). */
export function compareUnits(a: Unit, b: Unit): number {
  const dissolved = Number(!!a.dissolvedOn) - Number(!!b.dissolvedOn)
  if (dissolved !== 0) return dissolved
  return collator.compare(a.name, b.name) || a.id - b.id
}

/**
 * Builds the unit tree from the flat list the API returns. Units whose parent is missing from the
 * list (for instance because the caller sees only part of the ward) become roots; a parent chain
 * that loops is cut so every unit appears exactly once.
 */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const byId = new Map<number, Unit>()
  for (const u of units) byId.set(u.id, u)

  const childrenOf = new Map<number | null, Unit[]>()
  const isRoot = (u: Unit): boolean => {
    if (u.parentId == null || !byId.has(u.parentId)) return true
    // Walk up; if we come back to u, the chain loops: treat u as a root to break it.
    const seen = new Set<number>([u.id])
    let p: Unit | undefined = byId.get(u.parentId)
    while (p) {
      if (seen.has(p.id)) return p.id === u.id
      seen.add(p.id)
      if (p.parentId == null) return false
      p = byId.get(p.parentId)
    }
    return false
  }

  for (const u of byId.values()) {
    const key = isRoot(u) ? null : u.parentId
    const list = childrenOf.get(key) ?? []
    list.push(u)
    childrenOf.set(key, list)
  }

  const placed = new Set<number>()
  const make = (u: Unit, depth: number): UnitNode => {
    placed.add(u.id)
    const kids = (childrenOf.get(u.id) ?? []).filter((c) => !placed.has(c.id)).sort(compareUnits)
    return { unit: u, depth, children: kids.map((c) => make(c, depth + 1)) }
  }

  const roots = (childrenOf.get(null) ?? []).slice().sort(compareUnits).map((u) => make(u, 0))
  // Anything still unplaced sits in a loop that had no designated root: surface it as a root.
  for (const u of [...byId.values()].sort(compareUnits)) {
    if (!placed.has(u.id)) roots.push(make(u, 0))
  }
  return roots
}

/** Depth-first, parents before children. */
export function flattenTree(nodes: readonly UnitNode[]): UnitNode[] {
  const out: UnitNode[] = []
  const walk = (list: readonly UnitNode[]) => {
    for (const n of list) {
      out.push(n)
      walk(n.children)
    }
  }
  walk(nodes)
  return out
}

/** The ids of a unit and every unit below it. */
export function subtreeIds(units: readonly Unit[], rootId: number): Set<number> {
  const ids = new Set<number>([rootId])
  let grew = true
  while (grew) {
    grew = false
    for (const u of units) {
      if (u.parentId != null && ids.has(u.parentId) && !ids.has(u.id)) {
        ids.add(u.id)
        grew = true
      }
    }
  }
  return ids
}

/** Units a unit may be moved under: active, not a cell, not itself or one of its descendants. */
export function moveTargets(units: readonly Unit[], unitId: number): Unit[] {
  const blocked = subtreeIds(units, unitId)
  return units.filter((u) => !blocked.has(u.id) && u.kind !== 'CELL' && !u.dissolvedOn).slice().sort(compareUnits)
}

/** The units visible to a caller who manages only some units: those units and everything below them. */
export function managedUnitIds(units: readonly Unit[], managed: readonly number[]): Set<number> {
  const out = new Set<number>()
  for (const id of managed) for (const x of subtreeIds(units, id)) out.add(x)
  return out
}
