import { describe, expect, it } from 'vitest'
import type { StatusCounts, TaskSummary } from '../../src/api/resolutions'
import {
  MAX_EVIDENCE_BYTES,
  byUrgency,
  parseNumber,
  statusChart,
  targetText,
  validateReport,
  validateResolution,
  validateTask,
} from '../../src/lib/resolutions'

const counts: StatusCounts = {
  total: 6, done: 2, onTime: 0, atRisk: 1, overdue: 3,
  doneShare: 33.3, onTimeShare: 0, atRiskShare: 16.7, overdueShare: 50,
}

function task(id: number, status: TaskSummary['status'], deadline: string): TaskSummary {
  return {
    id, resolutionId: 1, title: `Việc ${id}`, startsOn: '2026-01-01', deadline, progressPercent: 0,
    expectedPercent: 0, daysLeft: 0, status,
  }
}

function file(size: number): File {
  const f = new File(['x'], 'anh.jpg', { type: 'image/jpeg' })
  Object.defineProperty(f, 'size', { value: size })
  return f
}

describe('resolution dashboard', () => {
  it('charts the statuses that have tasks, in the dashboard order', () => {
    expect(statusChart(counts, (s) => s)).toEqual({ labels: ['DONE', 'AT_RISK', 'OVERDUE'], values: [2, 1, 3] })
  })
  it('puts overdue and at-risk tasks first, then by deadline', () => {
    const sorted = byUrgency([
      task(1, 'DONE', '2026-01-05'),
      task(2, 'ON_TIME', '2026-02-01'),
      task(3, 'AT_RISK', '2026-03-01'),
      task(4, 'OVERDUE', '2026-04-01'),
      task(5, 'OVERDUE', '2026-01-01'),
    ])
    expect(sorted.map((t) => t.id)).toEqual([5, 4, 3, 2, 1])
  })
  it('writes the target with its indicator and unit', () => {
    expect(targetText({ indicator: 'Số người hoàn thành', targetValue: 1500, targetUnit: 'người' }))
      .toBe('Số người hoàn thành: 1.500 người')
    expect(targetText({ indicator: 'Tỷ lệ' })).toBe('Tỷ lệ')
    expect(targetText({})).toBe('')
  })
})

describe('progress report form', () => {
  it('reads numbers written the Vietnamese or the English way', () => {
    expect(parseNumber('12,5')).toBe(12.5)
    expect(parseNumber('1.234,5')).toBe(1234.5)
    expect(parseNumber('12.5')).toBe(12.5)
    expect(parseNumber(' 40 ')).toBe(40)
    expect(parseNumber('mười')).toBeNull()
    expect(parseNumber('')).toBeNull()
  })
  it('needs a value, a text, and a file to mark the task done', () => {
    expect(validateReport({ value: '', done: false, note: '', file: null }, false)).toEqual({
      value: 'resolution.report.errors.valueRequired',
      note: 'resolution.report.errors.noteRequired',
    })
    expect(validateReport({ value: '', done: true, note: 'Xong', file: null }, false)).toEqual({
      file: 'resolution.report.errors.evidenceRequired',
    })
    expect(validateReport({ value: '60', done: false, note: 'Đang làm', file: null }, false)).toEqual({})
  })
  it('keeps a percent within 100 but lets a value pass its target', () => {
    expect(validateReport({ value: '120', done: false, note: 'x', file: null }, false).value)
      .toBe('resolution.report.errors.percent')
    expect(validateReport({ value: '120', done: false, note: 'x', file: null }, true)).toEqual({})
    expect(validateReport({ value: '-1', done: false, note: 'x', file: null }, true).value)
      .toBe('resolution.report.errors.number')
  })
  it('refuses a file over 10 MB before sending it', () => {
    expect(validateReport({ value: '1', done: false, note: 'x', file: file(MAX_EVIDENCE_BYTES + 1) }, true).file)
      .toBe('resolution.report.errors.fileTooLarge')
    expect(validateReport({ value: '1', done: true, note: 'x', file: file(1000) }, true)).toEqual({})
  })
})

describe('officer forms', () => {
  it('checks a resolution', () => {
    expect(validateResolution({ kind: '', code: ' ', title: 'Kế hoạch', issuedOn: '31/02/2026', issuer: 'Đảng ủy' }))
      .toEqual({ kind: 'resolution.errors.required', code: 'resolution.errors.required', issuedOn: 'resolution.errors.date' })
  })
  it('checks a task: someone responsible, a deadline not before the start, a positive target', () => {
    const base = { title: 'Việc', unitId: 3, startsOn: '', deadline: '31/12/2026', indicator: '', targetValue: '', targetUnit: '' }
    expect(validateTask(base)).toEqual({})
    expect(validateTask({ ...base, unitId: null, startsOn: '01/01/2027', targetValue: '0' })).toEqual({
      unitId: 'resolution.errors.required',
      deadline: 'resolution.errors.deadlineBeforeStart',
      targetValue: 'resolution.errors.target',
    })
  })
})
