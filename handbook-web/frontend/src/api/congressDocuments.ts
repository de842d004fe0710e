import { download, request } from './http'

// Congress documents (văn kiện) and comments (góp ý): see CongressDocumentResource, CongressCommentResource and
// PublicCongressResource on the server.

export type DocumentKind = 'DRAFT' | 'FINAL'
export type CommentStatus = 'PENDING' | 'APPROVED' | 'REJECTED'

export interface CongressDocumentLine {
  id: number
  title: string
  kind: DocumentKind
  sessionId?: number
  publicDraft: boolean
  paragraphCount: number
  publishedBy: string
  publishedAt: string
}

/** One paragraph, numbered from 1; html is cleaned by the server's allow-list. */
export interface DocumentParagraph {
  number: number
  html: string
  text: string
}

export interface CongressDocumentText {
  id: number
  congressId: number
  title: string
  kind: DocumentKind
  sessionId?: number
  publicDraft: boolean
  publishedBy: string
  publishedAt: string
  paragraphs: DocumentParagraph[]
}

export interface CommentFieldLine {
  id: number
  name: string
  keywords: string[]
  standard: boolean
}

export interface CommentLine {
  id: number
  documentId: number
  paragraph?: number
  author: string
  authorKind: 'DELEGATE' | 'RESIDENT'
  text: string
  status: CommentStatus
  fieldIds: number[]
  suggestedFieldIds: number[]
  fieldsConfirmed: boolean
  createdAt: string
}

export interface ModerationLine extends CommentLine {
  documentTitle: string
  neighbourhood?: string
  reviewedBy?: string
  reviewedAt?: string
}

export interface FieldCountLine {
  fieldId: number
  name: string
  comments: number
}

export interface CommentCounts {
  fields: FieldCountLine[]
  approved: number
  pending: number
  unclassified: number
}

export interface PublicDrafts {
  congressId: number
  congressName: string
  drafts: CongressDocumentText[]
  fields: CommentFieldLine[]
  counts: CommentCounts
}

export interface NewCongressDocument {
  title: string
  kind: DocumentKind
  sessionId?: number | null
  publicDraft: boolean
  html?: string
  text?: string
}

export interface ResidentComment {
  documentId: number
  paragraph?: number | null
  name: string
  neighbourhood: string
  text: string
}

/** What a congress page needs to know about the caller here (GET /api/congresses/{id}). */
export interface CongressHeading {
  congress: { id: number; name: string; status: string }
  sessions: { id: number; ordinal: number; name: string }[]
  myBodies: string[]
  organiser: boolean
  myDelegateId?: number
}

const base = (congressId: number) => `/api/congresses/${congressId}`

export const congressDocumentsApi = {
  heading: (congressId: number) => request<CongressHeading>('GET', base(congressId)),
  list: (congressId: number) => request<CongressDocumentLine[]>('GET', `${base(congressId)}/documents`),
  publish: (congressId: number, doc: NewCongressDocument) =>
    request<CongressDocumentText>('POST', `${base(congressId)}/documents`, { body: doc }),
  read: (congressId: number, documentId: number) =>
    request<CongressDocumentText>('GET', `${base(congressId)}/documents/${documentId}`),
  comments: (congressId: number, documentId: number) =>
    request<CommentLine[]>('GET', `${base(congressId)}/documents/${documentId}/comments`),
  comment: (congressId: number, documentId: number, body: { paragraph?: number | null; text: string; fieldIds?: number[] }) =>
    request<CommentLine>('POST', `${base(congressId)}/documents/${documentId}/comments`, { body }),
  fields: (congressId: number) => request<CommentFieldLine[]>('GET', `${base(congressId)}/comments/fields`),
  addField: (congressId: number, name: string, keywords: string) =>
    request<CommentFieldLine>('POST', `${base(congressId)}/comments/fields`, { body: { name, keywords } }),
  moderation: (congressId: number, status?: CommentStatus | null) =>
    request<ModerationLine[]>('GET', `${base(congressId)}/comments`, { query: { status: status ?? undefined } }),
  review: (congressId: number, commentId: number, decision: 'APPROVE' | 'REJECT', fieldIds?: number[]) =>
    request<CommentLine>('POST', `${base(congressId)}/comments/${commentId}/review`, { body: { decision, fieldIds } }),
  counts: (congressId: number, documentId?: number | null) =>
    request<CommentCounts>('GET', `${base(congressId)}/comments/counts`, { query: { documentId: documentId ?? undefined } }),
  report: (congressId: number) =>
    download(`${base(congressId)}/comments/report/docx`, {}, `gop-y-van-kien-dai-hoi-${congressId}.docx`),
}

/** The residents' page: no sign-in, no token sent. */
export const publicCongressApi = {
  drafts: (congressId: number) =>
    request<PublicDrafts>('GET', `/api/public/congresses/${congressId}/drafts`, { anonymous: true }),
  comment: (congressId: number, body: ResidentComment) =>
    request<{ id: number; status: CommentStatus }>('POST', `/api/public/congresses/${congressId}/comments`, {
      body,
      anonymous: true,
    }),
}
