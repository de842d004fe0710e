import { nextTick, onBeforeUnmount, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError } from './api/http'

/** Tracks a CSS media query (e.g. phone layout). */
export function useMediaQuery(query: string): Ref<boolean> {
  const matches = ref(false)
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return matches
  const mql = window.matchMedia(query)
  matches.value = mql.matches
  const onChange = (e: MediaQueryListEvent) => {
    matches.value = e.matches
  }
  mql.addEventListener('change', onChange)
  onBeforeUnmount(() => mql.removeEventListener('change', onChange))
  return matches
}

/** Turns any error into a message for the user: the server's localised detail when it sent one. */
/**
 * The server's own explanation when it gave one (a vote not open, a round already closed …), else the same
 * words as useErrorText: never a raw status or an English exception message.
 */
export function useProblemText() {
  const errorText = useErrorText()
  return (e: unknown): string => (e instanceof ApiError && e.detail ? e.detail : errorText(e))
}

export function useErrorText() {
  const { t } = useI18n()
  return (e: unknown): string => {
    if (e instanceof ApiError) {
      if (e.status === 0) return t('errors.network')
      if (e.status === 409) return t('errors.conflict')
      if (e.status === 403 && !e.detail) return t('errors.forbiddenPage')
      return e.detail ?? t('errors.generic', { status: e.status })
    }
    return t('errors.generic', { status: '?' })
  }
}

/** Calls fn at most once per `ms` of quiet. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined
  const debounced = (...args: A) => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => fn(...args), ms)
  }
  debounced.cancel = () => {
    if (timer) clearTimeout(timer)
  }
  return debounced
}

/**
 * Field errors of a dialog form: an error disappears as soon as its field changes, and focus() moves
 * to a field by its element id (`${idPrefix}-${field}`).
 */
export function useFieldErrors<F extends string>(form: Record<F, unknown>, fields: readonly F[], idPrefix: string) {
  const errors = ref({}) as Ref<Partial<Record<F, string>>>
  for (const f of fields) {
    watch(
      () => form[f],
      () => {
        if (errors.value[f]) {
          const next = { ...errors.value }
          delete next[f]
          errors.value = next
        }
      },
    )
  }
  const focus = (f: F) => {
    void nextTick(() => document.getElementById(`${idPrefix}-${f}`)?.focus())
  }
  return { errors, focus }
}

export type PageState = 'loading' | 'ready' | 'forbidden' | 'not-found' | 'error'

/**
 * One record a page shows (a slip, a list to print): loaded again when `key` changes, with the page's state —
 * 403 and 404 become their own states so the page can say which, anything else an error text.
 */
export function usePageRecord<T>(key: () => unknown, fetch: () => Promise<T>) {
  const errorText = useErrorText()
  const data = ref<T | null>(null) as Ref<T | null>
  const state = ref<PageState>('loading')
  const error = ref('')
  async function load() {
    state.value = 'loading'
    try {
      data.value = await fetch()
      state.value = 'ready'
    } catch (e) {
      if (e instanceof ApiError && e.status === 403) state.value = 'forbidden'
      else if (e instanceof ApiError && e.status === 404) state.value = 'not-found'
      else {
        state.value = 'error'
        error.value = errorText(e)
      }
    }
  }
  watch(key, load, { immediate: true })
  return { data, state, error, load }
}
