/** One server-sent event: its name ('message' when the server gave none), its data lines joined, its id if any. */
export interface SseEvent {
  event: string
  data: string
  id?: string
}

/**
 * Splits a server-sent event stream into events as its text arrives in arbitrary chunks (a chunk may
 * end in the middle of a line or of an event). Follows the format of the HTML standard: fields
 * `event:` and `data:`, comments starting with ':', events ended by a blank line, CRLF or LF.
 */
export class SseParser {
  private buffer = ''
  private event = ''
  private data: string[] = []
  private id: string | undefined

  feed(chunk: string): SseEvent[] {
    this.buffer += chunk
    const out: SseEvent[] = []
    let newline: number
    while ((newline = this.buffer.search(/\r?\n/)) >= 0) {
      const line = this.buffer.slice(0, newline)
      this.buffer = this.buffer.slice(newline + (this.buffer[newline] === '\r' ? 2 : 1))
      if (line === '') {
        if (this.data.length) {
          const e: SseEvent = { event: this.event || 'message', data: this.data.join('\n') }
          if (this.id !== undefined) e.id = this.id
          out.push(e)
        }
        this.event = ''
        this.data = []
        this.id = undefined
        continue
      }
      if (line.startsWith(':')) continue
      const colon = line.indexOf(':')
      const field = colon < 0 ? line : line.slice(0, colon)
      let value = colon < 0 ? '' : line.slice(colon + 1)
      if (value.startsWith(' ')) value = value.slice(1)
      if (field === 'event') this.event = value
      else if (field === 'data') this.data.push(value)
      else if (field === 'id' && !value.includes('\0')) this.id = value
    }
    return out
  }
}

/** Percent done for a progress bar, or null while the total is unknown. */
export function percentDone(rows: number, expectedRows: number): number | null {
  if (!expectedRows || expectedRows <= 0) return null
  return Math.min(100, Math.round((rows / expectedRows) * 100))
}

/** Pause before reconnect attempt `attempt` (1, 2, …): 1 s, 2 s, 4 s, 8 s, then 10 s at most. */
export function retryDelay(attempt: number): number {
  return Math.min(10_000, 1000 * 2 ** Math.max(0, attempt - 1))
}
