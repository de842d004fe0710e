import { onBeforeUnmount, onMounted, ref, shallowRef } from 'vue'
import { ApiError } from '../../../api/http'
import type { LiveState, LiveStatus } from '../../../api/live'
import { clockOffset, speakingOf } from '../../../lib/agenda'

/**
 * Follows a congress's live state for a page: the state, the connection status ('offline' is shown on screen),
 * a refusal (403/404 ends following), the server clock offset, and a clock ticking four times a second so the
 * speaker's timer runs between pushes.
 */
export function useLiveFollow(
  follow: (onState: (s: LiveState) => void, onStatus: (s: LiveStatus) => void, signal: AbortSignal) => Promise<void>,
) {
  const state = shallowRef<LiveState | null>(null)
  const status = ref<LiveStatus>('connecting')
  const failed = ref<'forbidden' | 'not-found' | null>(null)
  const offset = ref(0)
  const now = ref(Date.now())
  const controller = new AbortController()
  let ticker: ReturnType<typeof setInterval> | undefined

  function onState(s: LiveState) {
    state.value = s
    offset.value = clockOffset(speakingOf(s)?.asOf, Date.now())
  }

  onMounted(() => {
    ticker = setInterval(() => { now.value = Date.now() }, 250)
    follow(onState, (s) => { status.value = s }, controller.signal).catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 403) failed.value = 'forbidden'
      else if (e instanceof ApiError && (e.status === 404 || e.status === 401)) failed.value = 'not-found'
      else status.value = 'offline'
    })
  })
  onBeforeUnmount(() => {
    controller.abort()
    if (ticker) clearInterval(ticker)
  })
  return { state, status, failed, offset, now }
}
