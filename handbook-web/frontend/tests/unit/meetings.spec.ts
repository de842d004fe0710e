import { describe, expect, it } from 'vitest'
import {
  checkInUrl,
  counts,
  documentLines,
  documentLink,
  localDateTime,
  meetingWhen,
  nowLocal,
  parseCount,
  percent,
  splitLocal,
  upcoming,
} from '../../src/lib/meetings'
import type { AttendanceLine, Meeting } from '../../src/api/meetings'

describe('meeting helpers', () => {
  it('joins a typed date and time into the server form and back', () => {
    expect(localDateTime('05/12/2026', '19:30')).toBe('2026-12-05T19:30')
    expect(localDateTime('5/12/2026', '7h05')).toBe('2026-12-05T07:05')
    expect(localDateTime('31/02/2026', '19:30')).toBeNull()
    expect(localDateTime('05/12/2026', '24:00')).toBeNull()
    expect(splitLocal('2026-12-05T19:30:00')).toEqual({ date: '05/12/2026', time: '19:30' })
    expect(meetingWhen({ startsAt: '2026-12-05T19:30', endsAt: '2026-12-05T21:30' })).toBe('05/12/2026, 19:30–21:30')
  })

  it('reads documents one per line with an optional link', () => {
    expect(documentLines(' Nghị quyết 01 \n\n https://x.vn/a ')).toEqual(['Nghị quyết 01', 'https://x.vn/a'])
    expect(documentLink('Nghị quyết 01 | https://x.vn/nq')).toEqual({ title: 'Nghị quyết 01', href: 'https://x.vn/nq' })
    expect(documentLink('Nghị quyết 02 https://x.vn/b')).toEqual({ title: 'Nghị quyết 02', href: 'https://x.vn/b' })
    expect(documentLink('https://x.vn/c')).toEqual({ title: 'https://x.vn/c', href: 'https://x.vn/c' })
    expect(documentLink('Sổ tay')).toEqual({ title: 'Sổ tay', href: null })
    expect(documentLink('Bad | javascript:alert(1)')).toEqual({ title: 'Bad', href: null })
  })

  it('builds the check-in address the QR code carries', () => {
    expect(checkInUrl('https://dangbo.vn', '/', 'DBM1.7.abc')).toBe('https://dangbo.vn/meetings/check-in?qr=DBM1.7.abc')
    expect(checkInUrl('http://h', '/app', 'a b')).toBe('http://h/app/meetings/check-in?qr=a%20b')
  })

  it('counts required members only and keeps upcoming meetings soonest first', () => {
    const line = (required: boolean, attendance?: AttendanceLine['attendance']): AttendanceLine => ({
      memberId: 1, fullName: 'x', memberStatus: 'FULL', required, attendance, selfCheckIn: false,
    })
    expect(counts([line(true, 'PRESENT'), line(true), line(false), line(true, 'EXCUSED')])).toEqual({
      PRESENT: 1, EXCUSED: 1, UNEXCUSED: 0, UNMARKED: 1,
    })
    expect(percent(2, 3)).toBe('67%')
    expect(percent(0, 0)).toBe('—')
    const m = (id: number, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt }) as Meeting
    const list = [m(1, '2026-12-05T19:00', '2026-12-05T21:00'), m(2, '2026-11-01T19:00', '2026-11-01T21:00'),
      m(3, '2026-11-30T19:00', '2026-11-30T21:00')]
    expect(upcoming(list, '2026-11-22T08:00').map((x) => x.id)).toEqual([3, 1])
  })

  it('gives the ward local time and parses vote counts', () => {
    expect(nowLocal(new Date('2026-11-22T02:05:00Z'))).toBe('2026-11-22T09:05')
    expect(parseCount('')).toBeNull()
    expect(parseCount('12')).toBe(12)
    expect(parseCount('-1')).toBeUndefined()
  })
})
