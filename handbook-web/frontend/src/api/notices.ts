import { request } from './http'

/** A notice in the member's own list; `readAt` absent while unread. */
export interface HandbookNotice {
  id: number
  title: string
  excerpt: string
  important: boolean
  senderName: string
  publishedAt: string
  readAt?: string
}

/** One notice: `recipient` when sent to the caller, `managed` when the caller may see its receipts. */
export interface NoticeReading {
  id: number
  title: string
  body: string
  important: boolean
  wardWide: boolean
  cellIds: number[]
  cellNames: string[]
  senderName: string
  publishedAt: string
  recipientCount: number
  recipient: boolean
  readAt?: string
  managed: boolean
  readCount?: number
}

export interface SentNotice {
  id: number
  title: string
  important: boolean
  wardWide: boolean
  cellNames: string[]
  sentBy: string
  senderName: string
  publishedAt: string
  recipientCount: number
  readCount: number
}

export interface ReceiptLine {
  memberId: number
  fullName: string
  cellName: string
  readAt?: string
}

export interface NoticeReceipts {
  id: number
  title: string
  publishedAt: string
  cellNames: string[]
  wardWide: boolean
  recipientCount: number
  readCount: number
  read: ReceiptLine[]
  unread: ReceiptLine[]
}

export interface NewNotice {
  title: string
  body: string
  important: boolean
  wardWide: boolean
  cellIds: number[]
  publicNotice?: boolean
}

export const noticesApi = {
  mine: () => request<HandbookNotice[]>('GET', '/api/notices/mine'),
  unreadCount: () => request<{ unread: number }>('GET', '/api/notices/mine/unread-count'),
  sent: () => request<SentNotice[]>('GET', '/api/notices/sent'),
  get: (id: number) => request<NoticeReading>('GET', `/api/notices/${id}`),
  markRead: (id: number) => request<{ noticeId: number; readAt: string }>('POST', `/api/notices/${id}/read`, { body: {} }),
  receipts: (id: number) => request<NoticeReceipts>('GET', `/api/notices/${id}/receipts`),
  send: (notice: NewNotice) => request<SentNotice>('POST', '/api/notices', { body: notice }),
}
