import { request } from './http'
import type {
  AuditChainCheck,
  AuditEntry,
  BadgeDue,
  CellPeriod,
  HistoryEntry,
  Me,
  MemberDossier,
  MemberEvent,
  MemberPatch,
  MemberQuery,
  MemberSummary,
  NewMember,
  NewMemberEvent,
  NewTransfer,
  Page,
  Position,
  ProbationEnding,
  PositionRole,
  RuntimeConfig,
  Statistics,
  StatisticsQuery,
  Transfer,
  Unit,
  UnitKind,
} from './types'

export const api = {
  config: () => request<RuntimeConfig>('GET', '/api/config', { anonymous: true }),
  me: () => request<Me>('GET', '/api/me'),

  units: () => request<Unit[]>('GET', '/api/units'),
  createUnit: (body: { kind: Exclude<UnitKind, 'WARD'>; name: string; parentId: number }) =>
    request<Unit>('POST', '/api/units', { body }),
  updateUnit: (id: number, body: { name?: string; parentId?: number }) =>
    request<Unit>('PATCH', `/api/units/${id}`, { body }),
  dissolveUnit: (id: number, body: { date: string; reason: string }) =>
    request<unknown>('POST', `/api/units/${id}/dissolution`, { body }),
  positions: (unitId: number) => request<Position[]>('GET', `/api/units/${unitId}/positions`),
  addPosition: (unitId: number, body: { memberId: number; role: PositionRole; from: string }) =>
    request<Position>('POST', `/api/units/${unitId}/positions`, { body }),

  members: (q: MemberQuery, signal?: AbortSignal) =>
    request<Page<MemberSummary>>('GET', '/api/members', {
      query: { q: q.q, unitId: q.unitId, status: q.status, page: q.page ?? 0, size: q.size ?? 20 },
      signal,
    }),
  member: (id: number) => request<MemberDossier>('GET', `/api/members/${id}`),
  createMember: (body: NewMember) => request<MemberDossier>('POST', '/api/members', { body }),
  patchMember: (id: number, body: MemberPatch) => request<MemberDossier>('PATCH', `/api/members/${id}`, { body }),
  history: (id: number) => request<HistoryEntry[]>('GET', `/api/members/${id}/history`),
  events: (id: number) => request<MemberEvent[]>('GET', `/api/members/${id}/events`),
  recordEvent: (id: number, body: NewMemberEvent) =>
    request<MemberEvent>('POST', `/api/members/${id}/events`, { body }),
  memberCells: (id: number) => request<CellPeriod[]>('GET', `/api/members/${id}/cells`),
  memberTransfers: (id: number) => request<Transfer[]>('GET', `/api/members/${id}/transfers`),

  transfers: () => request<Transfer[]>('GET', '/api/transfers'),
  proposeTransfer: (body: NewTransfer) => request<Transfer>('POST', '/api/transfers', { body }),
  confirmTransfer: (id: number, note: string | null) =>
    request<Transfer>('POST', `/api/transfers/${id}/confirmation`, { body: { note } }),
  rejectTransfer: (id: number, note: string | null) =>
    request<Transfer>('POST', `/api/transfers/${id}/rejection`, { body: { note } }),
  cancelTransfer: (id: number, note: string | null) =>
    request<Transfer>('POST', `/api/transfers/${id}/cancellation`, { body: { note } }),

  statistics: (q: StatisticsQuery) =>
    request<Statistics>('GET', '/api/statistics', { query: { unitId: q.unitId, date: q.date, from: q.from, to: q.to } }),

  probationEnding: (from: string, to: string) =>
    request<ProbationEnding[]>('GET', '/api/members/probation-ending', { query: { from, to } }),
  badgesDue: (from: string, to: string) => request<BadgeDue[]>('GET', '/api/badges/due', { query: { from, to } }),

  audit: (page: number, size = 50) => request<Page<AuditEntry>>('GET', '/api/audit', { query: { page, size } }),
  auditChain: (anchorSeq?: number, anchorHash?: string) =>
    request<AuditChainCheck>('GET', '/api/audit/chain', { query: { anchorSeq, anchorHash } }),
}
