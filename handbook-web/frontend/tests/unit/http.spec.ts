import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, buildUrl, configureHttp, request } from '../../src/api/http'

function jsonResponse(status: number, body: unknown, type = 'application/json') {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

describe('request', () => {
  const fetchMock = vi.fn()
  const onUnauthorized = vi.fn()

  beforeEach(() => {
    fetchMock.mockReset()
    onUnauthorized.mockReset()
    vi.stubGlobal('fetch', fetchMock)
    configureHttp({ token: async () => 'tok-123', locale: () => 'vi-VN', onUnauthorized })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('sends the bearer token, the UI language and JSON', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { ok: true }))
    const out = await request<{ ok: boolean }>('PATCH', '/api/members/1', { body: { version: 2, residence: 'x' } })
    expect(out).toEqual({ ok: true })
    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/api/members/1')
    expect(init.method).toBe('PATCH')
    expect(init.headers.Authorization).toBe('Bearer tok-123')
    expect(init.headers['Accept-Language']).toBe('vi-VN')
    expect(init.headers['Content-Type']).toBe('application/json')
    expect(JSON.parse(init.body)).toEqual({ version: 2, residence: 'x' })
  })

  it('sends no token to anonymous endpoints', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { realm: 'ward' }))
    await request('GET', '/api/config', { anonymous: true })
    expect(fetchMock.mock.calls[0]![1].headers.Authorization).toBeUndefined()
  })

  it('turns problem+json into an ApiError with field errors', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(
        400,
        {
          title: 'Bad Request',
          status: 400,
          detail: 'Dữ liệu không hợp lệ',
          errors: [
            { field: 'citizenId', message: 'Số CCCD phải có 12 chữ số' },
            { field: 'citizenId', message: 'second message ignored' },
            { field: 'birthDate', message: 'Ngày sinh không hợp lệ' },
          ],
        },
        'application/problem+json',
      ),
    )
    const error = await request('POST', '/api/members', { body: {} }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    const e = error as ApiError
    expect(e.status).toBe(400)
    expect(e.detail).toBe('Dữ liệu không hợp lệ')
    expect(e.fieldErrors).toEqual({ citizenId: 'Số CCCD phải có 12 chữ số', birthDate: 'Ngày sinh không hợp lệ' })
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('calls the 401 handler', async () => {
    fetchMock.mockResolvedValue(new Response('<html>', { status: 401, headers: { 'Content-Type': 'text/html' } }))
    const e = (await request('GET', '/api/me').catch((x: unknown) => x)) as ApiError
    expect(e.status).toBe(401)
    expect(e.problem).toBeNull()
    expect(onUnauthorized).toHaveBeenCalledOnce()
  })

  it('reports an unreachable server as status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const e = (await request('GET', '/api/me').catch((x: unknown) => x)) as ApiError
    expect(e).toBeInstanceOf(ApiError)
    expect(e.status).toBe(0)
  })

  it('accepts empty bodies', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await expect(request('POST', '/api/units/1/dissolution', { body: {} })).resolves.toBeUndefined()
  })
})

describe('buildUrl', () => {
  it('drops empty parameters and encodes the rest', () => {
    expect(buildUrl('/api/members', { q: 'văn bình', unitId: null, status: '', page: 0, size: 20 })).toBe(
      '/api/members?q=v%C4%83n+b%C3%ACnh&page=0&size=20',
    )
    expect(buildUrl('/api/members', {})).toBe('/api/members')
  })
})
