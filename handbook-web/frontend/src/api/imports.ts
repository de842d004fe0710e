import { download, readStream, request, uploadFile } from './http'
import { SseParser } from '../lib/sse'

export type ImportState = 'ANALYSING' | 'READY' | 'IMPORTING' | 'DONE' | 'REFUSED' | 'FAILED'

export interface ImportSummary {
  total: number
  create: number
  update: number
  unchanged: number
  rejected: number
}

export interface ImportProblem {
  cell?: string | null
  field: string
  key: string
  message: string
}

export interface ImportPreview {
  sheet: number
  headerRow: number
  columns: { column: string; header: string; field: string }[]
  ignoredColumns: string[]
  creates: { row: number; fullName: string; cell: string }[]
  updates: { row: number; memberId: number; fullName: string; changes: { field: string; old: string | null; new: string | null }[] }[]
  rejected: { row: number; fullName?: string | null; problems: ImportProblem[] }[]
}

export interface MemberImport {
  id: number
  fileName: string
  state: ImportState
  uploadedBy: string
  uploadedAt: string
  finishedAt?: string
  failure?: string
  summary?: ImportSummary
  preview?: ImportPreview
}

export interface ImportProgress {
  state: ImportState
  rows: number
  expectedRows: number
  failure?: string
}

export const imports = {
  upload: (file: File, cellId: number | null) =>
    uploadFile<MemberImport>('/api/imports', file, file.name, { cellId }),
  get: (id: number) => request<MemberImport>('GET', `/api/imports/${id}`),
  recent: () => request<MemberImport[]>('GET', '/api/imports', { query: { limit: 10 } }),
  confirm: (id: number) => request<MemberImport>('POST', `/api/imports/${id}/confirm`),
  template: () => download('/api/imports/template', {}, 'mau-nhap-dang-vien.xlsx'),
  /** Calls `onProgress` for every progress event until the analysis or the import ends. */
  follow: async (id: number, onProgress: (p: ImportProgress) => void, signal?: AbortSignal) => {
    const parser = new SseParser()
    await readStream(`/api/imports/${id}/progress`, (text) => {
      for (const e of parser.feed(text)) {
        if (e.event === 'progress') onProgress(JSON.parse(e.data) as ImportProgress)
      }
    }, signal)
  },
}
