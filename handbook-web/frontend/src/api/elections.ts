import { download, request } from './http'
import type { BallotVerdict } from '../lib/elections'

export interface ElectionSummary {
  id: number
  congressId: number
  agendaItemId?: number
  title: string
  kind: string
  seats: number
  /** PREPARING, RUNNING, FINISHED */
  status: string
}

export interface CandidateLine {
  id: number
  memberId?: number
  fullName: string
  /** LIST or FLOOR */
  source: string
  floorAgreed?: number
  floorPresent?: number
  /** STANDING or WITHDRAWN */
  status: string
  withdrawReason?: string
}

export interface Exclusion {
  delegateId: number
  fullName: string
  reason: string
}

export interface RoundSummary {
  number: number
  seats: number
  /** ELECTRONIC or PAPER */
  mode: string
  /** READY, OPEN, CLOSED, PUBLISHED */
  status: string
  sessionId?: number
  paperIssued?: number
  openedAt?: string
  closedAt?: string
  publishedAt?: string
  candidateIds: number[]
  ballotsCast: number
  votedByMe: boolean
}

export interface ElectionSheet {
  election: ElectionSummary
  candidates: CandidateLine[]
  exclusions: Exclusion[]
  rounds: RoundSummary[]
  maxCandidates: number
  convened: number
  present: number
  floorAgreementNeeded: number
}

export interface ResultLine {
  candidateId: number
  fullName: string
  votes: number
  percentOfBase: number
  percentOfValid: number
  passed: boolean
  elected: boolean
  tied: boolean
}

export interface RoundResult {
  electionId: number
  title: string
  round: number
  seats: number
  mode: string
  status: string
  convened: number
  excluded: number
  base: number
  votesNeeded: number
  present: number
  issued: number
  received: number
  valid: number
  invalid: number
  invalidBy: Partial<Record<BallotVerdict, number>>
  voters: number
  candidates: ResultLine[]
  exclusions: Exclusion[]
  tied: number[]
  seatsForTied: number
  seatsUnfilled: number
  nextRound?: number
}

export interface PublishedBallot {
  receipt: string
  source: string
  kept: number[]
  verdict: BallotVerdict
}

export interface CastReceipt {
  receipt: string
  verdict: BallotVerdict
}

export interface PaperDiscrepancy {
  sheetNo: number
  firstPass?: number[]
  secondPass?: number[]
  problem: 'MISSING_FIRST' | 'MISSING_SECOND' | 'DIFFERENT'
}

export interface PaperCheck {
  sheetsFirstPass: number
  sheetsSecondPass: number
  issued?: number
  discrepancies: PaperDiscrepancy[]
}

const base = (congressId: number) => `/api/congresses/${congressId}/elections`
const one = (congressId: number, electionId: number) => `${base(congressId)}/${electionId}`
const round = (congressId: number, electionId: number, n: number) => `${one(congressId, electionId)}/rounds/${n}`

export const elections = {
  list: (congressId: number) => request<ElectionSummary[]>('GET', base(congressId)),
  create: (congressId: number, body: { title: string; kind: string; seats: number; agendaItemId?: number }) =>
    request<ElectionSummary>('POST', base(congressId), { body }),
  sheet: (congressId: number, electionId: number) => request<ElectionSheet>('GET', one(congressId, electionId)),
  nominate: (congressId: number, electionId: number,
    body: { memberId?: number; fullName?: string; floor?: boolean; agreed?: number }) =>
    request<CandidateLine>('POST', `${one(congressId, electionId)}/candidates`, { body }),
  withdraw: (congressId: number, electionId: number, candidateId: number, reason: string) =>
    request<CandidateLine>('POST', `${one(congressId, electionId)}/candidates/${candidateId}/withdrawal`, { body: { reason } }),
  exclude: (congressId: number, electionId: number, delegateId: number, reason: string) =>
    request<Exclusion>('POST', `${one(congressId, electionId)}/exclusions`, { body: { delegateId, reason } }),
  openRound: (congressId: number, electionId: number, mode: 'ELECTRONIC' | 'PAPER', paperIssued?: number) =>
    request<RoundSummary>('POST', `${one(congressId, electionId)}/rounds`, { body: { mode, paperIssued } }),
  check: (congressId: number, electionId: number, n: number, kept: number[]) =>
    request<{ verdict: BallotVerdict; valid: boolean }>('POST', `${round(congressId, electionId, n)}/ballot-check`, { body: { kept } }),
  cast: (congressId: number, electionId: number, n: number, kept: number[], acceptInvalid: boolean) =>
    request<CastReceipt>('POST', `${round(congressId, electionId, n)}/ballots`, { body: { kept, acceptInvalid } }),
  ballots: (congressId: number, electionId: number, n: number) =>
    request<PublishedBallot[]>('GET', `${round(congressId, electionId, n)}/ballots`),
  close: (congressId: number, electionId: number, n: number) =>
    request<RoundResult>('POST', `${round(congressId, electionId, n)}/closure`, { body: {} }),
  publish: (congressId: number, electionId: number, n: number) =>
    request<RoundResult>('POST', `${round(congressId, electionId, n)}/publication`, { body: {} }),
  result: (congressId: number, electionId: number, n: number) =>
    request<RoundResult>('GET', `${round(congressId, electionId, n)}/result`),
  minutes: (congressId: number, electionId: number, n: number) =>
    download(`${round(congressId, electionId, n)}/minutes`, {}, `bien-ban-kiem-phieu-${electionId}-lan-${n}.docx`),
  intoRecords: (congressId: number, electionId: number, from: string) =>
    request<RecordedResults>('POST', `${one(congressId, electionId)}/results-into-records`, { body: { from } }),
  enterPaper: (congressId: number, electionId: number, n: number, pass: 1 | 2, sheetNo: number, kept: number[], notIssued: boolean) =>
    request<unknown>('PUT', `${round(congressId, electionId, n)}/paper/${pass}/${sheetNo}`, { body: { kept, notIssued } }),
  paper: (congressId: number, electionId: number, n: number) =>
    request<PaperCheck>('GET', `${round(congressId, electionId, n)}/paper`),
}

/** The "election" section of the live state. */
export interface ElectionsNow {
  elections: {
    id: number
    title: string
    kind: string
    seats: number
    status: string
    round?: number
    roundStatus?: string
    mode?: string
    roundSeats?: number
    ballotsCast?: number
    published?: {
      round: number
      base: number
      votesNeeded: number
      received: number
      valid: number
      invalid: number
      candidates: { fullName: string; votes: number; percentOfBase: number; elected: boolean; tied: boolean }[]
      nextRound?: number
      seatsForTied: number
    }
  }[]
}

/**
 * The people elected placed in the ward committee's records: who took the position, who left it (not elected for
 * the new term), who was left out and why.
 */
export interface RecordedResults {
  unitId: number
  role: string
  placed: string[]
  ended: string[]
  leftOut: Record<string, 'noDossier' | 'alreadyHolding'>
}
