import type { CredentialShare } from '../api/credentials'

/** The structures in the order the report presents them (as the server sends them). */
export const STRUCTURE_KEYS = [
  'sex',
  'ageBand',
  'ethnicity',
  'generalEducation',
  'professionalQualification',
  'politicalTheory',
  'partyAgeBand',
  'occupation',
] as const

/** How each structure is drawn beside its table. */
export const STRUCTURE_CHARTS: Record<string, 'bar' | 'doughnut'> = {
  sex: 'doughnut',
  ageBand: 'bar',
  ethnicity: 'doughnut',
  generalEducation: 'bar',
  professionalQualification: 'bar',
  politicalTheory: 'bar',
  partyAgeBand: 'bar',
  occupation: 'bar',
}

/** The key the server uses for a missing recorded text. */
export const UNKNOWN_KEY = 'UNKNOWN'

/**
 * The i18n key of a row's label, or null when the server's label (a recorded text such as "Kinh" or "12/12")
 * is what to show. Band keys such as `30_39` are prefixed (`b30_39`) so that message paths never start with a digit.
 */
export function shareLabelKey(structure: string, key: string): string | null {
  if (key === UNKNOWN_KEY) return 'congress.credentials.unknown'
  switch (structure) {
    case 'sex':
      return `enums.sex.${key}`
    case 'politicalTheory':
      return `enums.politicalTheory.${key}`
    case 'ageBand':
    case 'partyAgeBand':
      return `congress.credentials.${structure}.b${key}`
    case 'basis':
      return `congress.credentials.basis.${key}`
    default:
      return null
  }
}

/** A percentage the server already rounded, in the locale's format: `66,7%` (vi-VN), `66.7%` (en-GB). */
export function formatShare(percent: number, localeTag: string): string {
  const n = new Intl.NumberFormat(localeTag, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  return `${n.format(Number.isFinite(percent) ? percent : 0)}%`
}

/** The rows worth drawing: a chart of nothing but zeros says nothing. */
export function chartable(rows: readonly CredentialShare[]): boolean {
  return rows.some((r) => r.count > 0)
}

/** The i18n key of the committee's decision on a questioned credential (pending while absent). */
export function decisionKey(decision: string | undefined | null): string {
  return decision === 'ACCEPTED' || decision === 'REJECTED'
    ? `congress.credentials.decision.${decision}`
    : 'congress.credentials.decision.PENDING'
}
