export interface RuntimeConfig {
  authUrl: string
  realm: string
  clientId: string
}

export interface Me {
  username: string
  displayName: string
  roles: string[]
  memberId: number | null
  wholeWard: boolean
  unitIds: number[]
}

export type UnitKind = 'WARD' | 'SUB' | 'CELL'

export interface Unit {
  id: number
  kind: UnitKind
  name: string
  parentId: number | null
  dissolvedOn: string | null
  /** the unit a dissolved unit merged into, or the units it was split into */
  successorIds?: number[]
  activeMembers: number
}

export const POSITION_ROLES = [
  'SECRETARY',
  'DEPUTY_SECRETARY',
  'STANDING_COMMITTEE_MEMBER',
  'COMMITTEE_MEMBER',
  'INSPECTION_HEAD',
  'INSPECTION_MEMBER',
  'HIGHER_DELEGATE',
] as const
export type PositionRole = (typeof POSITION_ROLES)[number]

export interface Position {
  id: number
  memberId: number
  memberName: string
  role: PositionRole
  from: string
  to: string | null
}

export type MemberStatus =
  | 'PROBATIONARY'
  | 'FULL'
  | 'EXEMPT'
  | 'TRANSFERRED_OUT'
  | 'DECEASED'
  | 'REMOVED'
  | 'EXPELLED'

export type Sex = 'MALE' | 'FEMALE'

export type PoliticalTheory = 'NONE' | 'ELEMENTARY' | 'INTERMEDIATE' | 'ADVANCED' | 'BACHELOR'

export interface MemberSummary {
  id: number
  fullName: string
  sex: Sex
  birthDate: string
  citizenId: string
  partyCardNumber: string | null
  status: MemberStatus
  cellId: number
  cellName: string
}

export interface MemberDossier extends MemberSummary {
  otherNames: string | null
  birthplace: string | null
  residence: string | null
  ethnicity: string | null
  religion: string | null
  occupation: string | null
  generalEducation: string | null
  professionalQualification: string | null
  politicalTheory: PoliticalTheory | null
  foreignLanguage: string | null
  itLevel: string | null
  admissionDate: string | null
  fullMembershipDate: string | null
  version: number
  /** The spreadsheet import that created the dossier, if one did. */
  importId?: number
}

/** The body of POST /api/members. */
export interface NewMember {
  fullName: string
  otherNames: string | null
  sex: Sex | null
  birthDate: string | null
  birthplace: string | null
  residence: string | null
  ethnicity: string | null
  religion: string | null
  citizenId: string | null
  occupation: string | null
  generalEducation: string | null
  professionalQualification: string | null
  politicalTheory: PoliticalTheory | null
  foreignLanguage: string | null
  itLevel: string | null
  admissionDate: string | null
  fullMembershipDate: string | null
  partyCardNumber: string | null
  status: MemberStatus | null
  cellId: number | null
}

/** The body of PATCH /api/members/{id}: the version read plus only the fields that changed. */
export type MemberPatch = { version: number } & Partial<NewMember>

export interface Page<T> {
  items: T[]
  total: number
  /** false when there are more than `total` matches (the server stops counting at 1,000) */
  totalExact?: boolean
  page: number
  size: number
}

export interface FieldChange {
  field: string
  from: string | null
  to: string | null
}

export interface HistoryEntry {
  at: string
  by: string
  changes: FieldChange[]
  /** The spreadsheet import that made this change, if one did. */
  importId?: number
}

export type MemberEventKind =
  | 'ADMISSION'
  | 'FULL_MEMBERSHIP'
  | 'EXEMPTION'
  | 'EXEMPTION_END'
  | 'DEATH'
  | 'REMOVAL'
  | 'EXPULSION'
  | 'READMISSION'

/** One entry of a member's Party life (GET /api/members/{id}/events), oldest first. */
export interface MemberEvent {
  id: number
  kind: MemberEventKind
  date: string
  decisionNumber: string | null
  reason: string | null
  recordedBy: string
  recordedAt: string
  statusAfter: MemberStatus
}

/** The body of POST /api/members/{id}/events. */
export interface NewMemberEvent {
  kind: MemberEventKind
  date: string
  decisionNumber: string | null
  reason: string | null
}

/** The outcome of a check of the audit log's hash chain. */
export interface AuditChainCheck {
  intact: boolean
  sealed: number
  unsealed: number
  headSeq: number
  headHash: string
  lastSealedAt?: string
  firstBreak?: {
    entryId?: number
    seq: number
    problem: 'ALTERED' | 'MISSING_BEFORE' | 'RELINKED' | 'TAIL_MISSING' | 'HEAD_MISMATCH' | 'ANCHOR_MISMATCH'
    at?: string
    actor?: string
    action?: string
    detail?: string
  }
}

export interface AuditEntry {
  id: number
  at: string
  actor: string
  action: string
  subject: string
  detail: string | null
  origin: string | null
}

export interface FieldError {
  field: string
  message: string
}

/** RFC 9457 problem details as the back end sends them. */
export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors?: FieldError[]
}

export interface MemberQuery {
  q?: string
  unitId?: number | null
  status?: MemberStatus | null
  page?: number
  size?: number
}

export type TransferState = 'PROPOSED' | 'CONFIRMED' | 'COMPLETED' | 'REJECTED' | 'CANCELLED'

/** A transfer of a member to another cell (GET /api/transfers, GET /api/members/{id}/transfers). */
export interface Transfer {
  id: number
  memberId: number
  memberName: string
  fromCellId: number
  fromCellName: string
  toCellId: number
  toCellName: string
  effectiveDate: string
  reason?: string | null
  state: TransferState
  proposedBy: string
  proposedAt: string
  decidedBy?: string | null
  decidedAt?: string | null
  decisionNote?: string | null
}

/** The body of POST /api/transfers. */
export interface NewTransfer {
  memberId: number
  toCellId: number
  date: string
  reason: string
}

/** One cell a member belonged to (GET /api/members/{id}/cells); `to` null means the current one. */
export interface CellPeriod {
  cellId: number
  cellName: string
  from: string | null
  to: string | null
  /** The organisation the member came from, when this stretch began with a transfer into the ward. */
  receivedFrom?: string
  /** The organisation the member went to, when this stretch ended with a transfer out of the ward. */
  transferredOutTo?: string
}

/** One value of a breakdown and how many members have it. */
export interface StatisticsRow {
  key: string
  count: number
}

/** The members split by one attribute (status, sex, ageBand, ethnicity …). */
export interface StatisticsBreakdown {
  key: string
  rows: StatisticsRow[]
}

/** Admissions, deaths, transfers … recorded in the period `from`–`to`. */
export interface StatisticsMovements {
  admitted: number
  readmitted: number
  transferredIn: number
  died: number
  removed: number
  expelled: number
  transferredOut: number
}

/** GET /api/statistics: the active members of a unit (and the units below it) on `date`. */
export interface Statistics {
  unitId: number
  unitName: string
  date: string
  from: string
  to: string
  total: number
  breakdowns: StatisticsBreakdown[]
  movements: StatisticsMovements
}

export interface StatisticsQuery {
  unitId: number
  date?: string | null
  from?: string | null
  to?: string | null
}

/** A probationary member whose 12 months of probation end in the asked period. */
export interface ProbationEnding {
  member: MemberSummary
  admissionDate: string
  probationEnds: string
}

/** A member reaching a badge's party age (30, 40, 45 … 90 years) in the asked period. */
export interface BadgeDue {
  memberId: number
  fullName: string
  cellId: number | null
  cellName: string | null
  admissionDate: string
  years: number
  reachedOn: string
  /** The day the member becomes due: before reachedOn when early (seriously ill). */
  dueOn?: string
  awardOn: string
  early?: boolean
}
