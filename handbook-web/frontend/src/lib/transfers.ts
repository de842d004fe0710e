import type { MemberStatus, NewTransfer, Transfer, TransferState, Unit } from '../api/types'
import { parseDate } from './dates'
import { compareUnits } from './unitTree'

/** Members in these statuses still attend a cell and may be transferred. */
export const TRANSFERABLE_STATUSES: readonly MemberStatus[] = ['PROBATIONARY', 'FULL', 'EXEMPT']

/** Transfers not yet decided for good: awaiting approval, or approved and waiting for their date. */
export const OPEN_TRANSFER_STATES: readonly TransferState[] = ['PROPOSED', 'CONFIRMED']

export function canBeTransferred(status: MemberStatus | string | null | undefined): boolean {
  return !!status && (TRANSFERABLE_STATUSES as readonly string[]).includes(status)
}

export function isOpenTransfer(t: Pick<Transfer, 'state'>): boolean {
  return OPEN_TRANSFER_STATES.includes(t.state)
}

/** The member's open transfer (the newest, should there be more than one), or null. */
export function openTransfer(list: readonly Transfer[] | null | undefined): Transfer | null {
  const open = (list ?? []).filter(isOpenTransfer)
  return open.length ? open[open.length - 1]! : null
}

/** The cells a member may be transferred to: active cells other than the current one, in name order. */
export function destinationCells(units: readonly Unit[], currentCellId: number | null | undefined): Unit[] {
  return units
    .filter((u) => u.kind === 'CELL' && !u.dissolvedOn && u.id !== currentCellId)
    .slice()
    .sort(compareUnits)
}

/** What the transfer form holds: the date as typed (dd/MM/yyyy). */
export interface TransferForm {
  toCellId: number | null
  date: string
  reason: string
}

export type TransferField = keyof TransferForm

/** The form's fields in display order (the first one in error gets the focus). */
export const TRANSFER_FIELDS: readonly TransferField[] = ['toCellId', 'date', 'reason']

export function emptyTransferForm(): TransferForm {
  return { toCellId: null, date: '', reason: '' }
}

/** Client-side checks (i18n keys per field); the server checks again and may add more. */
export function validateTransferForm(
  form: TransferForm,
  allowedCellIds: readonly number[],
): Partial<Record<TransferField, string>> {
  const errors: Partial<Record<TransferField, string>> = {}
  if (form.toCellId == null || !allowedCellIds.includes(form.toCellId)) errors.toCellId = 'validation.required'
  const raw = form.date.trim()
  if (!raw) errors.date = 'validation.required'
  else if (!parseDate(raw)) errors.date = 'validation.date'
  const reason = form.reason.trim()
  if (!reason) errors.reason = 'validation.required'
  else if (reason.length > 500) errors.reason = 'validation.tooLong'
  return errors
}

/** The POST body: the ISO date and the trimmed reason. Call after validating. */
export function transferFormToPayload(memberId: number, form: TransferForm): NewTransfer {
  return {
    memberId,
    toCellId: form.toCellId as number,
    date: parseDate(form.date) ?? '',
    reason: form.reason.trim(),
  }
}
