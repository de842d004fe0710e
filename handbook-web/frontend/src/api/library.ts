import { fetchBlob, request, uploadFile } from './http'

export type DocumentCategory = 'RESOLUTION' | 'DIRECTIVE' | 'REGULATION' | 'STUDY' | 'OTHER'
export type DocumentFormat = 'PDF' | 'RICH_TEXT'

export const DOCUMENT_CATEGORIES: DocumentCategory[] = ['RESOLUTION', 'DIRECTIVE', 'REGULATION', 'STUDY', 'OTHER']

/** A line of the library (GET /api/library/documents). */
export interface DocumentLine {
  id: number
  title: string
  number?: string
  issuer?: string
  issuedOn?: string
  category: DocumentCategory
  mustRead: boolean
  format: DocumentFormat
  pageCount?: number
  fileSize?: number
  publishedAt: string
  withdrawn: boolean
  /** A few words around the first hit of a search. */
  snippet?: string
  /** The caller has opened it before. */
  opened: boolean
}

/** A document to read (GET /api/library/documents/{id}): rich text as server-cleaned HTML, a PDF's text. */
export interface DocumentPage {
  id: number
  title: string
  number?: string
  issuer?: string
  issuedOn?: string
  category: DocumentCategory
  mustRead: boolean
  format: DocumentFormat
  html?: string
  text?: string
  fileName?: string
  fileSize?: number
  pageCount?: number
  publishedBy: string
  publishedAt: string
  withdrawnAt?: string
  withdrawnBy?: string
  withdrawalReason?: string
  firstOpenedAt?: string
}

/** What an officer says about a document, for both kinds. */
export interface DocumentDetails {
  title: string
  number?: string
  issuer?: string
  issuedOn?: string | null
  category: DocumentCategory | ''
  mustRead: boolean
}

export const libraryApi = {
  list: (q?: string, category?: string, withdrawn = false) =>
    request<DocumentLine[]>('GET', '/api/library/documents', { query: { q, category, withdrawn: withdrawn || undefined } }),
  toRead: () => request<DocumentLine[]>('GET', '/api/library/documents/to-read'),
  get: (id: number) => request<DocumentPage>('GET', `/api/library/documents/${id}`),
  write: (details: DocumentDetails, html: string) =>
    request<DocumentPage>('POST', '/api/library/documents', { body: { ...details, html } }),
  upload: (details: DocumentDetails, file: File) =>
    uploadFile<DocumentPage>('/api/library/documents/pdf', file, file.name, {
      title: details.title,
      number: details.number,
      issuer: details.issuer,
      issuedOn: details.issuedOn ?? undefined,
      category: details.category,
      mustRead: details.mustRead,
    }),
  withdraw: (id: number, reason: string) =>
    request<DocumentPage>('POST', `/api/library/documents/${id}/withdrawal`, { body: { reason } }),
  /** The PDF as a Blob, fetched with the caller's token. */
  file: (id: number) => fetchBlob(`/api/library/documents/${id}/file`),
}
