import { describe, expect, it } from 'vitest'
import { SseParser, percentDone, retryDelay } from '../../src/lib/sse'

describe('SseParser', () => {
  it('splits named events and joins data lines', () => {
    const p = new SseParser()
    expect(p.feed('event: progress\ndata: {"rows":1}\n\nevent: progress\ndata: a\ndata: b\n\n')).toEqual([
      { event: 'progress', data: '{"rows":1}' },
      { event: 'progress', data: 'a\nb' },
    ])
  })

  it('keeps a partial event until the rest arrives, across CRLF and comments', () => {
    const p = new SseParser()
    expect(p.feed(': keep-alive\r\nevent: prog')).toEqual([])
    expect(p.feed('ress\r\ndata: {"rows"')).toEqual([])
    expect(p.feed(':2}\r\n\r\n')).toEqual([{ event: 'progress', data: '{"rows":2}' }])
  })

  it("names an unnamed event 'message' and ignores events without data", () => {
    const p = new SseParser()
    expect(p.feed('event: ping\n\ndata: x\n\n')).toEqual([{ event: 'message', data: 'x' }])
  })
})

describe('SseParser ids', () => {
  it('gives an event the id sent with it, and none to the next event without one', () => {
    const p = new SseParser()
    expect(p.feed('id: 7\nevent: live\ndata: {}\n\nevent: live\ndata: {}\n\n')).toEqual([
      { event: 'live', data: '{}', id: '7' },
      { event: 'live', data: '{}' },
    ])
  })
})

describe('retryDelay', () => {
  it('doubles from one second and stops growing at ten', () => {
    expect([1, 2, 3, 4, 5, 9].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 10000, 10000])
  })
})

describe('percentDone', () => {
  it('is unknown without a total and never above 100', () => {
    expect(percentDone(5, 0)).toBeNull()
    expect(percentDone(50, 200)).toBe(25)
    expect(percentDone(300, 200)).toBe(100)
  })
})
