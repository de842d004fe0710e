import { formatDate } from './dates'

type Translate = (key: string) => string
type HasKey = (key: string) => boolean

const ENUM_FIELDS: Record<string, string> = {
  sex: 'enums.sex',
  status: 'enums.status',
  politicalTheory: 'enums.politicalTheory',
  kind: 'enums.kind',
  role: 'enums.positionRole',
}

const DATE_LIKE = new Set(['birthDate', 'admissionDate', 'fullMembershipDate', 'dissolvedOn', 'from', 'to', 'date'])

/**
 * A dossier value as people read it: dates as dd/MM/yyyy, enum codes as their labels, other text
 * unchanged; '' for nothing.
 */
export function displayValue(field: string, value: unknown, t: Translate, te: HasKey): string {
  if (value === null || value === undefined || value === '') return ''
  const text = String(value)
  if (DATE_LIKE.has(field)) return formatDate(text)
  const prefix = ENUM_FIELDS[field]
  if (prefix && te(`${prefix}.${text}`)) return t(`${prefix}.${text}`)
  return text
}
