import { download, fetchBlob, request, uploadFile } from './http'

export type ResolutionKind = 'CONGRESS' | 'POLITBURO' | 'ANNUAL_PLAN' | 'OTHER'
export type TaskStatus = 'DONE' | 'ON_TIME' | 'AT_RISK' | 'OVERDUE'

/** Tasks counted by status today, with each count's share of the total in percent. */
export interface StatusCounts {
  total: number
  done: number
  onTime: number
  atRisk: number
  overdue: number
  doneShare: number
  onTimeShare: number
  atRiskShare: number
  overdueShare: number
}

export interface ResolutionLine {
  id: number
  kind: ResolutionKind
  code: string
  title: string
  issuedOn: string
  issuer: string
  counts: StatusCounts
}

export interface UnitProgress {
  unitId?: number
  name: string
  counts: StatusCounts
}

/** A task with its status today (computed by the server); absent fields are null on the server. */
export interface TaskSummary {
  id: number
  resolutionId: number
  resolutionCode?: string
  resolutionTitle?: string
  title: string
  unitId?: number
  unitName?: string
  memberId?: number
  memberName?: string
  startsOn: string
  deadline: string
  indicator?: string
  targetValue?: number
  targetUnit?: string
  lastValue?: number
  progressPercent: number
  expectedPercent: number
  daysLeft: number
  status: TaskStatus
  lastReportAt?: string
  lastNote?: string
  doneAt?: string
}

export interface ResolutionDashboard {
  id: number
  kind: ResolutionKind
  code: string
  title: string
  issuedOn: string
  issuer: string
  asOf: string
  counts: StatusCounts
  byUnit: UnitProgress[]
  tasks: TaskSummary[]
}

export interface EvidenceFile {
  id: number
  fileName: string
  contentType: string
  size: number
  uploadedBy: string
  uploadedAt: string
}

export interface ProgressEntry {
  id: number
  reportedBy: string
  reporterName: string
  reportedAt: string
  reachedValue?: number
  percent: number
  done: boolean
  note: string
  files: EvidenceFile[]
}

export interface TaskEdit {
  field: string
  oldValue?: string
  newValue?: string
  changedBy: string
  changedAt: string
}

export interface TaskFollowUp {
  task: TaskSummary
  reports: ProgressEntry[]
  edits: TaskEdit[]
  mayReport: boolean
  mayChange: boolean
}

export interface NewResolution {
  kind: string
  code: string
  title: string
  issuedOn: string | null
  issuer: string
}

export interface NewTask {
  title: string
  unitId: number | null
  memberId?: number | null
  startsOn: string | null
  deadline: string | null
  indicator: string | null
  targetValue: number | null
  targetUnit: string | null
}

export interface NewProgress {
  reachedValue?: number | null
  percent?: number | null
  done: boolean
  note: string
  evidenceIds: number[]
}

export const resolutionsApi = {
  list: () => request<ResolutionLine[]>('GET', '/api/resolutions'),
  create: (body: NewResolution) => request<ResolutionLine>('POST', '/api/resolutions', { body }),
  dashboard: (id: number, unitId?: number | null) =>
    request<ResolutionDashboard>('GET', `/api/resolutions/${id}`, { query: { unitId } }),
  addTask: (id: number, body: NewTask) => request<TaskSummary>('POST', `/api/resolutions/${id}/tasks`, { body }),
  downloadXlsx: (id: number) => download(`/api/resolutions/${id}/xlsx`, {}, `bao-cao-nghi-quyet-${id}.xlsx`),
  downloadDocx: (id: number) => download(`/api/resolutions/${id}/docx`, {}, `bao-cao-nghi-quyet-${id}.docx`),
  mine: () => request<TaskSummary[]>('GET', '/api/resolution-tasks/mine'),
  task: (id: number) => request<TaskFollowUp>('GET', `/api/resolution-tasks/${id}`),
  uploadEvidence: (taskId: number, file: File) =>
    uploadFile<EvidenceFile>(`/api/resolution-tasks/${taskId}/evidence`, file, file.name),
  report: (taskId: number, body: NewProgress) =>
    request<TaskFollowUp>('POST', `/api/resolution-tasks/${taskId}/reports`, { body }),
  evidence: (taskId: number, evidenceId: number) =>
    fetchBlob(`/api/resolution-tasks/${taskId}/evidence/${evidenceId}`),
}
