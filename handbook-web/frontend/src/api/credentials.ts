import { download, request } from './http'

/** One row of a structure: a code (MALE, UNDER_30 …) or a recorded text (Kinh, 12/12 …). */
export interface CredentialShare {
  key: string
  /** The server's Vietnamese label, used for recorded texts. */
  label: string
  count: number
  /** Share of the official delegates convened, one decimal. */
  percent: number
}

export interface CredentialStructure {
  key: string
  rows: CredentialShare[]
}

export interface CredentialAbsence {
  delegateId: number
  fullName: string
  delegation?: string
  reason?: string
}

export interface CredentialPerson {
  delegateId: number
  fullName: string
  birthDate: string
  age: number
}

export interface CredentialQuestion {
  delegateId: number
  fullName: string
  kind: string
  delegation?: string
  question: string
  /** ACCEPTED or REJECTED; absent while the committee has not decided. */
  decision?: string
  note?: string
}

export interface CredentialSessionChoice {
  id: number
  ordinal: number
  name: string
  checkInOpen: boolean
}

export interface CredentialReport {
  congressId: number
  congressName: string
  partyCommittee?: string
  term: string
  openingDate: string
  venue?: string
  sessionId?: number
  sessionName?: string
  sessions: CredentialSessionChoice[]
  convened: number
  present: number
  presentPercent: number
  absent: number
  absentWithReason: number
  absentWithReasonPercent: number
  absentWithoutReason: number
  absentWithoutReasonPercent: number
  quorumReached: boolean
  quorumNeeded: number
  absences: CredentialAbsence[]
  structures: CredentialStructure[]
  ethnicMinorities: number
  ethnicMinoritiesPercent: number
  youngest?: CredentialPerson
  oldest?: CredentialPerson
  averageAge: number
  byBasis: CredentialShare[]
  withdrawn: number
  alternates: number
  alternatesPresent: number
  guests: number
  guestsPresent: number
  questioned: CredentialQuestion[]
  committeeHead?: string
}

function fileName(r: CredentialReport, ext: string): string {
  return `bao-cao-tham-tra-tu-cach-dai-bieu-${r.congressId}${r.sessionId ? `-phien-${r.sessionId}` : ''}.${ext}`
}

export const credentialsApi = {
  report: (congressId: number, sessionId?: number | null) =>
    request<CredentialReport>('GET', `/api/congresses/${congressId}/credential-report`, {
      query: { sessionId: sessionId ?? undefined },
    }),
  downloadDocx: (r: CredentialReport) =>
    download(`/api/congresses/${r.congressId}/credential-report/docx`, { sessionId: r.sessionId }, fileName(r, 'docx')),
  downloadXlsx: (r: CredentialReport) =>
    download(`/api/congresses/${r.congressId}/credential-report/xlsx`, { sessionId: r.sessionId }, fileName(r, 'xlsx')),
}
