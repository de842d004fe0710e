import type { BatchLine, CellMemberLogin, FirstLoginCard } from '../api/accounts'

export type AccountAction = 'create' | 'disable' | 'enable'

/** What an officer may do with a member's login; the server decides again, this only hides dead ends. */
export function accountActions(row: CellMemberLogin): AccountAction[] {
  const a = row.account
  if (!a) return row.eligible ? ['create'] : []
  if (a.state === 'ACTIVE') return ['disable']
  // A pending disable is the system's job (it retries); only a finished one may be undone.
  if (a.state === 'DISABLED' && row.eligible) return ['enable']
  return []
}

/** Members who would get a login from "create for the whole cell". */
export function missingLogins(rows: readonly CellMemberLogin[]): number {
  return rows.filter((r) => r.eligible && !r.account).length
}

/** The new cards first, in the order the server gave them; a member appears once (the latest card). */
export function mergeCards(existing: readonly FirstLoginCard[], added: readonly FirstLoginCard[]): FirstLoginCard[] {
  const ids = new Set(added.map((c) => c.memberId))
  return [...existing.filter((c) => !ids.has(c.memberId)), ...added]
}

export interface BatchSummary {
  created: number
  skipped: number
  failed: number
}

export function summarizeBatch(lines: readonly BatchLine[]): BatchSummary {
  let created = 0
  let skipped = 0
  let failed = 0
  for (const l of lines) {
    if (l.outcome === 'CREATED') created++
    else if (l.outcome === 'HAS_ACCOUNT' || l.outcome === 'NOT_ELIGIBLE') skipped++
    else failed++
  }
  return { created, skipped, failed }
}

/** The handbook's address for the sheet: where this page is served, without a trailing slash. */
export function handbookUrl(origin: string, base: string): string {
  return (origin + (base.startsWith('/') ? base : `/${base}`)).replace(/\/+$/, '')
}
