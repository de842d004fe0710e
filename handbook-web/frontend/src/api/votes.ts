import { request } from './http'

// Open votes of a congress (VoteResource, /api/congresses/{id}/votes).

export type VoteSubject = 'AGENDA' | 'BODIES' | 'RESOLUTION' | 'MOTION'
export type VoteRule = 'MAJORITY' | 'TWO_THIRDS'
export type VoteBase = 'PRESENT' | 'CONVENED'
export type VoteChoice = 'AGREE' | 'DISAGREE' | 'ABSTAIN'
export type VoteStatus = 'PREPARED' | 'OPEN' | 'CLOSED'

/** The tally (presidium, while open) or the frozen result (everyone, once closed). */
export interface VoteFigures {
  agree: number
  disagree: number
  abstain: number
  cast: number
  notVoted: number
  present: number
  convened: number
  base: VoteBase
  baseCount: number
  needed: number
  passed: boolean
}

export interface VoteLine {
  id: number
  title: string
  subject: VoteSubject
  rule: VoteRule
  base: VoteBase
  changeable: boolean
  status: VoteStatus
  sessionId: number
  agendaItemId?: number
  openedAt?: string
  closedAt?: string
  figures?: VoteFigures
}

/** Why the caller may not vote now, when they may not. */
export type VoteRefusal = 'delegatesOnly' | 'officialOnly' | 'withdrawn' | 'notPresent' | 'notOpen'

export interface MyVote {
  voteId: number
  status: VoteStatus
  changeable: boolean
  choice?: VoteChoice
  castAt?: string
  changes: number
  mayVote: boolean
  refusal?: VoteRefusal
}

export interface NewVote {
  title: string
  subject: VoteSubject | null
  sessionId?: number | null
  agendaItemId?: number | null
  rule: VoteRule
  base: VoteBase
  changeable: boolean
}

const base = (id: number) => `/api/congresses/${id}/votes`

export const votesApi = {
  list: (congressId: number) => request<VoteLine[]>('GET', base(congressId)),
  get: (congressId: number, voteId: number) => request<VoteLine>('GET', `${base(congressId)}/${voteId}`),
  prepare: (congressId: number, v: NewVote) => request<VoteLine>('POST', base(congressId), { body: v }),
  open: (congressId: number, voteId: number) => request<VoteLine>('POST', `${base(congressId)}/${voteId}/opening`),
  close: (congressId: number, voteId: number) => request<VoteLine>('POST', `${base(congressId)}/${voteId}/closure`),
  mine: (congressId: number, voteId: number) => request<MyVote>('GET', `${base(congressId)}/${voteId}/mine`),
  cast: (congressId: number, voteId: number, choice: VoteChoice) =>
    request<MyVote>('PUT', `${base(congressId)}/${voteId}/mine`, { body: { choice } }),
}
