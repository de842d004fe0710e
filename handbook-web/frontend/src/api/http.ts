import type { FieldError, Problem } from './types'

/** A failed API call. `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem | null

  constructor(status: number, problem: Problem | null, message?: string) {
    super(message ?? problem?.detail ?? problem?.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
  }

  /** Human-readable text from the server, if it sent any (already localised by it). */
  get detail(): string | null {
    return this.problem?.detail ?? this.problem?.title ?? null
  }

  /** Server-side field errors keyed by field name (the first message per field). */
  get fieldErrors(): Record<string, string> {
    return fieldErrorMap(this.problem?.errors)
  }
}

export function fieldErrorMap(errors: readonly FieldError[] | undefined | null): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of errors ?? []) {
    if (e && typeof e.field === 'string' && !(e.field in out)) out[e.field] = e.message
  }
  return out
}

export interface HttpHooks {
  /** A fresh access token, or null to send none. May redirect to the login page and throw. */
  token: () => Promise<string | null>
  /** The UI language, sent as Accept-Language so the server localises its messages. */
  locale: () => string
  /** Called when the API answers 401. */
  onUnauthorized: () => void
}

const hooks: HttpHooks = {
  token: async () => null,
  locale: () => 'vi',
  onUnauthorized: () => {},
}

export function configureHttp(h: Partial<HttpHooks>): void {
  Object.assign(hooks, h)
}

export type Query = Record<string, string | number | boolean | null | undefined>

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === null || v === undefined || v === '') continue
    params.set(k, String(v))
  }
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

async function readProblem(res: Response): Promise<Problem | null> {
  const type = res.headers.get('content-type') ?? ''
  if (!type.includes('json')) return null
  try {
    const body = (await res.json()) as unknown
    return body && typeof body === 'object' ? (body as Problem) : null
  } catch {
    return null
  }
}

export interface RequestOptions {
  query?: Query
  body?: unknown
  /** Skip the Authorization header (public endpoints). */
  anonymous?: boolean
  signal?: AbortSignal
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': hooks.locale(),
  }
  if (!options.anonymous) {
    const token = await hooks.token()
    if (token) headers.Authorization = `Bearer ${token}`
  }
  let body: string | undefined
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }

  let res: Response
  try {
    res = await fetch(buildUrl(path, options.query), { method, headers, body, signal: options.signal })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError(0, null, 'network')
  }

  if (res.status === 401 && !options.anonymous) hooks.onUnauthorized()
  if (!res.ok) throw new ApiError(res.status, await readProblem(res))
  if (res.status === 204) return undefined as T
  const text = await res.text()
  return (text ? JSON.parse(text) : undefined) as T
}

/** Fetches a file with the caller's token and hands it to the browser as a download. */
export async function download(path: string, query: Query, filename: string): Promise<void> {
  const headers: Record<string, string> = { 'Accept-Language': hooks.locale() }
  const token = await hooks.token()
  if (token) headers.Authorization = `Bearer ${token}`
  let res: Response
  try {
    res = await fetch(buildUrl(path, query), { headers })
  } catch {
    throw new ApiError(0, null, 'network')
  }
  if (res.status === 401) hooks.onUnauthorized()
  if (!res.ok) throw new ApiError(res.status, await readProblem(res))
  const url = URL.createObjectURL(await res.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Sends a file as the raw request body (the server looks at its bytes), its name in X-File-Name. */
export async function uploadFile<T>(path: string, file: Blob, fileName: string, query?: Query): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': hooks.locale(),
    'Content-Type': 'application/octet-stream',
    'X-File-Name': encodeURIComponent(fileName),
  }
  const token = await hooks.token()
  if (token) headers.Authorization = `Bearer ${token}`
  let res: Response
  try {
    res = await fetch(buildUrl(path, query), { method: 'POST', headers, body: file })
  } catch {
    throw new ApiError(0, null, 'network')
  }
  if (res.status === 401) hooks.onUnauthorized()
  if (!res.ok) throw new ApiError(res.status, await readProblem(res))
  return (await res.json()) as T
}

/**
 * Reads a server-sent event stream with the caller's token (EventSource cannot send one), handing each
 * chunk of text to `onText` until the server ends the stream or `signal` aborts it.
 */
export async function readStream(
  path: string,
  onText: (text: string) => void,
  signal?: AbortSignal,
  extraHeaders: Record<string, string> = {},
): Promise<void> {
  const headers: Record<string, string> = { Accept: 'text/event-stream', 'Accept-Language': hooks.locale(), ...extraHeaders }
  const token = await hooks.token()
  if (token) headers.Authorization = `Bearer ${token}`
  const res = await fetch(path, { headers, signal })
  if (res.status === 401) hooks.onUnauthorized()
  if (!res.ok || !res.body) throw new ApiError(res.status, await readProblem(res))
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
  for (;;) {
    const { value, done } = await reader.read()
    if (done) return
    onText(value)
  }
}

/** Fetches a file with the caller's token as a Blob (to show it, or to keep it for offline reading). */
export async function fetchBlob(path: string): Promise<Blob> {
  const headers: Record<string, string> = { 'Accept-Language': hooks.locale() }
  const token = await hooks.token()
  if (token) headers.Authorization = `Bearer ${token}`
  let res: Response
  try {
    res = await fetch(path, { headers })
  } catch {
    throw new ApiError(0, null, 'network')
  }
  if (res.status === 401) hooks.onUnauthorized()
  if (!res.ok) throw new ApiError(res.status, await readProblem(res))
  return res.blob()
}
