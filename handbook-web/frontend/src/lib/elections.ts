/**
 * The election rules the delegate's ballot and the presidium's forms apply before asking the server (which applies
 * them again): Quy chế bầu cử trong Đảng. Integer arithmetic, so "more than half" never depends on rounding.
 */

export type BallotVerdict = 'VALID' | 'TOO_MANY_KEPT' | 'ALL_CROSSED_OUT' | 'NOT_ISSUED'

/** Too many names kept, or every name crossed out on a list with more names than seats: invalid. */
export function ballotVerdict(kept: number, candidates: number, seats: number): BallotVerdict {
  if (kept > seats) return 'TOO_MANY_KEPT'
  if (kept === 0 && candidates > seats) return 'ALL_CROSSED_OUT'
  return 'VALID'
}

/** The list may exceed the seats by at most 30%. */
export function maxCandidates(seats: number): number {
  return Math.floor((seats * 13) / 10)
}

/** A floor nomination needs the agreement of more than 30% of those present. */
export function floorAgreementNeeded(present: number): number {
  return Math.floor((present * 3) / 10) + 1
}

/** Elected with more than half of the base (official delegates convened less recorded exclusions). */
export function votesNeeded(base: number): number {
  return Math.floor(base / 2) + 1
}

/** A receipt code as the delegate may type it: upper case, spaces and dashes ignored, grouped XXXX-XXXX-XXXX. */
export function normaliseReceipt(text: string): string {
  const letters = text.toUpperCase().replace(/[^A-Z0-9]/g, '')
  return letters.match(/.{1,4}/g)?.join('-') ?? ''
}

/** Whether the published list has this receipt (typed loosely). */
export function findReceipt<T extends { receipt: string }>(ballots: readonly T[], typed: string): T | undefined {
  const wanted = normaliseReceipt(typed)
  return ballots.find((b) => b.receipt === wanted)
}
