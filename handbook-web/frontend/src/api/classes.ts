import { download, request } from './http'

/** Digital-skills classes (Bình dân học vụ số): /api/classes. Dates are ISO (yyyy-MM-dd), times "HH:mm[:ss]". */
export type LearnerKind = 'MEMBER' | 'RESIDENT'

export interface ClassCard {
  id: number
  unitId: number
  unitName: string
  title: string
  skills: string[]
  instructor: string
  place?: string
  /** As the organiser set it; absent means every session is required. */
  requiredSessions?: number
  required: number
  sessions: number
  firstDay?: string
  lastDay?: string
  learners: number
  residents: number
  completed: number
}

export interface ClassSession {
  id: number
  date: string
  time?: string
  topic?: string
  instructor?: string
  /** Its day has come: attendance may be marked. */
  held: boolean
  present: number
  absent: number
}

export interface Learner {
  id: number
  kind: LearnerKind
  memberId?: number
  fullName: string
  phone?: string
  neighbourhood?: string
  presentAt: number[]
  absentAt: number[]
  attended: number
  completed: boolean
}

export interface ClassSheet {
  id: number
  unitId: number
  unitName: string
  title: string
  skills: string[]
  instructor: string
  place?: string
  requiredSessions?: number
  required: number
  completed: number
  sessions: ClassSession[]
  learners: Learner[]
}

export interface NewSkillsClass {
  unitId?: number
  title: string
  skills: string[]
  instructor: string
  place?: string
  requiredSessions?: number | null
}

export interface NewSession {
  date: string
  time?: string
  topic?: string
  instructor?: string
}

export interface NewLearner {
  memberId?: number
  fullName?: string
  phone?: string
  neighbourhood?: string
}

export interface CompletionSheet {
  wardName: string
  unitName: string
  classId: number
  title: string
  skills: string[]
  instructor: string
  firstDay?: string
  lastDay?: string
  sessions: number
  required: number
  learners: number
  completed: { fullName: string; kind: LearnerKind; neighbourhood?: string; attended: number }[]
}

export interface ReportRow {
  name: string
  classes: number
  learners: number
  residents: number
  members: number
  completed: number
}

export interface ClassesReport {
  wardName: string
  from: string
  to: string
  classes: number
  sessions: number
  learners: number
  residents: number
  members: number
  completed: number
  byUnit: ReportRow[]
  byNeighbourhood: ReportRow[]
  classList: ClassCard[]
}

export const classesApi = {
  list: (unitId?: number | null) => request<ClassCard[]>('GET', '/api/classes', { query: { unitId } }),
  get: (id: number) => request<ClassSheet>('GET', `/api/classes/${id}`),
  create: (body: NewSkillsClass) => request<ClassSheet>('POST', '/api/classes', { body }),
  update: (id: number, body: Omit<NewSkillsClass, 'unitId'>) => request<ClassSheet>('PUT', `/api/classes/${id}`, { body }),
  addSession: (id: number, body: NewSession) => request<ClassSheet>('POST', `/api/classes/${id}/sessions`, { body }),
  enrol: (id: number, body: NewLearner) => request<ClassSheet>('POST', `/api/classes/${id}/learners`, { body }),
  mark: (id: number, sessionId: number, learnerId: number, present: boolean) =>
    request<ClassSheet>('POST', `/api/classes/${id}/attendance`, { body: { sessionId, learnerId, present } }),
  completion: (id: number) => request<CompletionSheet>('GET', `/api/classes/${id}/completion`),
  report: (from: string, to: string) => request<ClassesReport>('GET', '/api/classes/report', { query: { from, to } }),
  downloadReport: (from: string, to: string) =>
    download('/api/classes/report/xlsx', { from, to }, `binh-dan-hoc-vu-so-${from}-${to}.xlsx`),
}
