import type { MergeForecast, MergeRequest } from '../api/merges'
import type { Unit } from '../api/types'
import { parseDate } from './dates'

export interface MergeForm {
  unitIds: number[]
  /** 'new' for a new unit, else the id (as text) of the unit that carries on */
  target: string
  newName: string
  parentId: number | null
  effectiveOn: string
  decisionNumber: string
  note: string
  keepSecretaryId: number | null
  keepDeputyId: number | null
}

export function emptyMergeForm(): MergeForm {
  return {
    unitIds: [],
    target: 'new',
    newName: '',
    parentId: null,
    effectiveOn: '',
    decisionNumber: '',
    note: '',
    keepSecretaryId: null,
    keepDeputyId: null,
  }
}

/** Units that can be merged: active committees and cells (never the ward itself). */
export function mergeable(units: readonly Unit[]): Unit[] {
  return units.filter((u) => u.kind !== 'WARD' && !u.dissolvedOn)
}

/** Once one unit is chosen, only units of its kind may join it. */
export function choosable(units: readonly Unit[], chosen: readonly number[]): Unit[] {
  const first = units.find((u) => u.id === chosen[0])
  return mergeable(units).filter((u) => !first || u.kind === first.kind)
}

/** Message keys of what is missing before a preview can be asked for. */
export function validateMergeForm(f: MergeForm): Partial<Record<keyof MergeForm, string>> {
  const out: Partial<Record<keyof MergeForm, string>> = {}
  const total = new Set([...f.unitIds, ...(f.target !== 'new' ? [Number(f.target)] : [])]).size
  if (total < 2) out.unitIds = 'merges.problems.twoUnits'
  if (f.target === 'new' && !f.newName.trim()) out.newName = 'merges.problems.newName'
  if (!f.effectiveOn.trim()) out.effectiveOn = 'merges.problems.required'
  else if (!parseDate(f.effectiveOn)) out.effectiveOn = 'merges.problems.date'
  if (!f.decisionNumber.trim()) out.decisionNumber = 'merges.problems.required'
  return out
}

export function mergeRequest(f: MergeForm): MergeRequest {
  const target = f.target === 'new' ? null : Number(f.target)
  return {
    unitIds: f.unitIds.filter((id) => id !== target),
    targetId: target,
    newName: target === null ? f.newName.trim() : null,
    parentId: target === null ? f.parentId : null,
    effectiveOn: parseDate(f.effectiveOn) ?? f.effectiveOn,
    decisionNumber: f.decisionNumber.trim(),
    note: f.note.trim() || null,
    keepSecretaryId: f.keepSecretaryId,
    keepDeputyId: f.keepDeputyId,
  }
}

/** The holders of a single position (secretary or deputy) among the merged units, for the choice of who stays. */
export function holders(forecast: MergeForecast, role: 'SECRETARY' | 'DEPUTY_SECRETARY') {
  const seen = new Map<number, { memberId: number; fullName: string; unitName: string }>()
  for (const u of forecast.units) {
    for (const p of u.positions) {
      if (p.role === role && !seen.has(p.memberId)) seen.set(p.memberId, { memberId: p.memberId, fullName: p.fullName, unitName: p.unitName })
    }
  }
  return [...seen.values()]
}
