import type { LiveState } from '../api/live'
import type { VoteFigures, VoteLine, VoteRule } from '../api/votes'

/** A vote as the live state carries it (the "vote" section): the same fields as the API's, figures only where the
 * audience may see them. */
export type LiveVote = VoteLine

export interface VoteSection {
  open: LiveVote | null
  last: LiveVote | null
  closedCount: number
}

/** The "vote" section of a live state, tolerating a state without one (older server, other features only). */
export function voteSection(state: LiveState | null | undefined): VoteSection {
  const raw = state?.sections?.vote as Partial<VoteSection> | undefined
  return {
    open: raw?.open ?? null,
    last: raw?.last ?? null,
    closedCount: typeof raw?.closedCount === 'number' ? raw.closedCount : 0,
  }
}

/** How many must agree out of `base`, as the server counts: more than half, or at least two thirds. */
export function neededFor(rule: VoteRule, base: number): number {
  if (base <= 0) return 0
  return rule === 'TWO_THIRDS' ? Math.ceil((base * 2) / 3) : Math.floor(base / 2) + 1
}

/** n of total as a percentage with one decimal (0 when there is no total), e.g. 66.7. */
export function percent(n: number, total: number): number {
  if (total <= 0) return 0
  return Math.round((n * 1000) / total) / 10
}

/** The bars of a result: each choice's count and its share of the base the rule counts against. */
export function bars(f: VoteFigures): { choice: 'AGREE' | 'DISAGREE' | 'ABSTAIN'; count: number; share: number }[] {
  return [
    { choice: 'AGREE', count: f.agree, share: percent(f.agree, f.baseCount) },
    { choice: 'DISAGREE', count: f.disagree, share: percent(f.disagree, f.baseCount) },
    { choice: 'ABSTAIN', count: f.abstain, share: percent(f.abstain, f.baseCount) },
  ]
}

/** How many more must agree for the vote to pass as it stands (0 once it would pass). */
export function stillNeeded(f: VoteFigures): number {
  return Math.max(0, f.needed - f.agree)
}

/** Whether a closed result is new to a screen that last showed `shownId` (to announce it once, not at every event). */
export function isNewResult(section: VoteSection, shownId: number | null): boolean {
  return section.last !== null && section.last.id !== shownId
}
