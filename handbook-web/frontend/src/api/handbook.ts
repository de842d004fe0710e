import { request } from './http'

/** The member's handbook home in one request: the first few of each list, and the full counts. */
export interface HandbookHome {
  nextMeetings: { id: number; topic: string; kind: string; startsAt: string; endsAt: string; place: string; cellName: string }[]
  unreadNotices: number
  latestUnread: { id: number; title: string; important: boolean; senderName: string; publishedAt: string }[]
  documentsToRead: number
  toRead: { id: number; title: string; number?: string; category: string; issuedOn?: string }[]
  pendingCorrections: number
}

export const handbookApi = {
  home: () => request<HandbookHome>('GET', '/api/handbook/home'),
}
