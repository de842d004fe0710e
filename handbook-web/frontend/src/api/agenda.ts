import { request } from './http'
import { followStream, type LiveState, type LiveStatus } from './live'

// The agenda, speaking and big-screen tokens (AgendaResource, SpeechResource, ScreenResource, ScreenLiveResource).

export type AgendaKind = 'PROCEDURE' | 'REPORT' | 'DISCUSSION' | 'VOTE' | 'ELECTION' | 'OTHER'
export const AGENDA_KINDS: readonly AgendaKind[] = ['PROCEDURE', 'REPORT', 'DISCUSSION', 'VOTE', 'ELECTION', 'OTHER']
export type AgendaStatus = 'PENDING' | 'CURRENT' | 'DONE'
export type SpeechStatus = 'REQUESTED' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN' | 'SPEAKING' | 'DONE'

export interface AgendaItemLine {
  id: number
  ordinal: number
  title: string
  kind: AgendaKind
  status: AgendaStatus
  sessionId?: number
  speakingLimitSeconds: number
  startedAt?: string
  endedAt?: string
}

export interface AgendaItemDraft {
  sessionId?: number | null
  title: string
  kind: AgendaKind
  speakingLimitSeconds: number
}

export interface SpeechLine {
  id: number
  agendaItemId: number
  agendaItemTitle: string
  delegateId: number
  fullName: string
  delegation?: string
  topic: string
  status: SpeechStatus
  position?: number
  requestedAt: string
  declineReason?: string
  startedAt?: string
  endedAt?: string
  spokenSeconds?: number
}

export interface ScreenLine {
  id: number
  label: string
  createdAt: string
  createdBy: string
  revokedAt?: string
}

export interface NewScreenToken {
  id: number
  label: string
  token: string
  path: string
}

export interface SpeakingReport {
  spoken: { speechId: number; itemTitle: string; fullName: string; group?: string; topic: string; seconds: number; limitSeconds: number }[]
  byDelegate: { delegateId: number; fullName: string; group?: string; speeches: number; seconds: number }[]
  byGroup: { groupId?: number; name?: string; speakers: number; speeches: number; seconds: number }[]
  notYetSpoken: { delegateId: number; fullName: string; group?: string }[]
}

const base = (id: number) => `/api/congresses/${id}`

export const agendaApi = {
  items: (id: number) => request<AgendaItemLine[]>('GET', `${base(id)}/agenda`),
  add: (id: number, draft: AgendaItemDraft) => request<AgendaItemLine>('POST', `${base(id)}/agenda`, { body: draft }),
  change: (id: number, itemId: number, draft: AgendaItemDraft) =>
    request<AgendaItemLine>('PUT', `${base(id)}/agenda/${itemId}`, { body: draft }),
  reorder: (id: number, itemIds: number[]) =>
    request<AgendaItemLine[]>('PUT', `${base(id)}/agenda/order`, { body: { itemIds } }),
  start: (id: number, itemId: number) => request<AgendaItemLine>('POST', `${base(id)}/agenda/${itemId}/start`, { body: {} }),
  next: (id: number) => request<{ current?: AgendaItemLine }>('POST', `${base(id)}/agenda/next`, { body: {} }),
  done: (id: number, itemId: number) => request<AgendaItemLine>('POST', `${base(id)}/agenda/${itemId}/done`, { body: {} }),
  orderQueue: (id: number, itemId: number, speechIds: number[]) =>
    request<SpeechLine[]>('PUT', `${base(id)}/agenda/${itemId}/queue`, { body: { speechIds } }),

  speeches: (id: number, itemId?: number) =>
    request<SpeechLine[]>('GET', `${base(id)}/speeches${itemId ? `?itemId=${itemId}` : ''}`),
  register: (id: number, agendaItemId: number, topic: string) =>
    request<SpeechLine>('POST', `${base(id)}/speeches`, { body: { agendaItemId, topic } }),
  withdraw: (id: number, speechId: number) =>
    request<SpeechLine>('POST', `${base(id)}/speeches/${speechId}/withdrawal`, { body: {} }),
  decide: (id: number, speechId: number, accept: boolean, reason?: string) =>
    request<SpeechLine>('POST', `${base(id)}/speeches/${speechId}/decision`, { body: { accept, reason } }),
  startSpeech: (id: number, speechId: number) =>
    request<SpeechLine>('POST', `${base(id)}/speeches/${speechId}/start`, { body: {} }),
  stopSpeech: (id: number, speechId: number) =>
    request<SpeechLine>('POST', `${base(id)}/speeches/${speechId}/stop`, { body: {} }),
  report: (id: number) => request<SpeakingReport>('GET', `${base(id)}/speeches/report`),

  screens: (id: number) => request<ScreenLine[]>('GET', `${base(id)}/screens`),
  createScreen: (id: number, label: string) => request<NewScreenToken>('POST', `${base(id)}/screens`, { body: { label } }),
  revokeScreen: (id: number, screenId: number) =>
    request<ScreenLine>('POST', `${base(id)}/screens/${screenId}/revocation`, { body: {} }),

  /** The big screen: the hall's live state with nothing but the screen token. */
  followScreen: (
    token: string,
    onState: (s: LiveState) => void,
    onStatus: (s: LiveStatus) => void,
    signal: AbortSignal,
  ) => followStream(`/api/screens/${encodeURIComponent(token)}/live/stream`, onState, onStatus, signal),
}
