import { readStream, request } from './http'
import { SseParser, retryDelay } from '../lib/sse'

/** The whole state a congress screen shows; each feature has its own section (agenda, speaking, vote, election). */
export interface LiveState {
  congressId: number
  /** Grows with every change of state; the stream's event id. */
  version: number
  sections: Record<string, unknown>
}

/** 'connecting' before the first state arrives or while reconnecting; 'offline' after a drop, until it is back. */
export type LiveStatus = 'connecting' | 'live' | 'offline'

export const live = {
  now: (congressId: number) => request<LiveState>('GET', `/api/congresses/${congressId}/live`),

  /**
   * Follows a congress's live state until `signal` aborts: `onState` gets the state at once and after every
   * change. After a network drop or a server restart it reconnects by itself (1 s, 2 s, 4 s … then every 10 s)
   * and the first event is the state as it is now, so nothing missed stays missing. A refusal (403, 404)
   * ends it with that error.
   */
  follow: (
    congressId: number,
    onState: (s: LiveState) => void,
    onStatus: (s: LiveStatus) => void,
    signal: AbortSignal,
    path = `/api/congresses/${congressId}/live/stream`,
  ) => followStream(path, onState, onStatus, signal),
}

export async function followStream(
  path: string,
  onState: (s: LiveState) => void,
  onStatus: (s: LiveStatus) => void,
  signal: AbortSignal,
): Promise<void> {
  let lastId: string | undefined
  let attempt = 0
  onStatus('connecting')
  while (!signal.aborted) {
    const parser = new SseParser()
    let dropped = false
    try {
      await readStream(path, (text) => {
        for (const e of parser.feed(text)) {
          if (e.event !== 'live') continue
          if (e.id) lastId = e.id
          attempt = 0
          onStatus('live')
          onState(JSON.parse(e.data) as LiveState)
        }
      }, signal, lastId ? { 'Last-Event-ID': lastId } : {})
    } catch (e) {
      if (signal.aborted) return
      const status = (e as { status?: number }).status
      if (status === 401 || status === 403 || status === 404) throw e
      dropped = true
    }
    if (signal.aborted) return
    // A stream the server ended (its token expired, the server stops) is reopened at once with a fresh token;
    // only a failure is shown as offline.
    onStatus(dropped ? 'offline' : 'connecting')
    attempt++
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, retryDelay(attempt))
      signal.addEventListener('abort', () => { clearTimeout(t); resolve() }, { once: true })
    })
  }
}
