import type { SplitRequest } from '../api/splits'
import type { MemberStatus, Unit } from '../api/types'
import { parseDate } from './dates'
import { fold } from './library'

/** Someone or something the split places: a member of a cell, or a sub-unit of a committee. */
export interface Placeable {
  id: number
  name: string
}

export interface SplitForm {
  unitId: number | null
  partNames: string[]
  /** the part (index) each member or sub-unit goes to; absent: not placed yet */
  placed: Record<number, number>
  effectiveOn: string
  decisionNumber: string
  note: string
}

export type SplitProblems = Partial<Record<'unitId' | 'effectiveOn' | 'decisionNumber' | 'placed', string>> & {
  partNames?: (string | undefined)[]
}

export const MAX_PARTS = 20
const ACTIVE: readonly MemberStatus[] = ['PROBATIONARY', 'FULL', 'EXEMPT']

export function emptySplitForm(unitId: number | null = null): SplitForm {
  return { unitId, partNames: ['', ''], placed: {}, effectiveOn: '', decisionNumber: '', note: '' }
}

/** Units that can be split: active committees and cells (never the ward itself). */
export function splittable(units: readonly Unit[]): Unit[] {
  return units.filter((u) => u.kind !== 'WARD' && !u.dissolvedOn)
}

/** A committee's active sub-units, the things its parts receive. */
export function subUnitsOf(units: readonly Unit[], unitId: number): Placeable[] {
  return units.filter((u) => u.parentId === unitId && !u.dissolvedOn).map((u) => ({ id: u.id, name: u.name }))
}

/** Only active members move with a split; the others stay in the old unit's records. */
export function isActive(status: MemberStatus): boolean {
  return ACTIVE.includes(status)
}

/** Message keys of what is missing before a preview can be asked for. */
export function validateSplitForm(f: SplitForm, items: readonly Placeable[]): SplitProblems {
  const out: SplitProblems = {}
  if (f.unitId == null) out.unitId = 'splits.problems.unit'
  const seen = new Set<string>()
  const names = f.partNames.map((n) => {
    const key = fold(n)
    if (!key) return 'splits.problems.name'
    if (seen.has(key)) return 'splits.problems.sameName'
    seen.add(key)
    return undefined
  })
  if (names.some(Boolean)) out.partNames = names
  if (items.some((i) => (f.placed[i.id] ?? f.partNames.length) >= f.partNames.length)) out.placed = 'splits.problems.placeAll'
  if (!f.effectiveOn.trim()) out.effectiveOn = 'splits.problems.required'
  else if (!parseDate(f.effectiveOn)) out.effectiveOn = 'splits.problems.date'
  if (!f.decisionNumber.trim()) out.decisionNumber = 'splits.problems.required'
  return out
}

/** Removing a part sends what it held back to "not placed", and shifts the later parts down by one. */
export function removePart(f: SplitForm, index: number): void {
  f.partNames.splice(index, 1)
  for (const [id, part] of Object.entries(f.placed)) {
    if (part === index) delete f.placed[Number(id)]
    else if (part > index) f.placed[Number(id)] = part - 1
  }
}

export function splitRequest(f: SplitForm, kind: 'CELL' | 'SUB', items: readonly Placeable[]): SplitRequest {
  return {
    unitId: f.unitId!,
    effectiveOn: parseDate(f.effectiveOn) ?? f.effectiveOn,
    decisionNumber: f.decisionNumber.trim(),
    note: f.note.trim() || null,
    parts: f.partNames.map((name, i) => {
      const ids = items.filter((it) => f.placed[it.id] === i).map((it) => it.id)
      return { name: name.trim(), memberIds: kind === 'CELL' ? ids : [], subUnitIds: kind === 'SUB' ? ids : [] }
    }),
  }
}
