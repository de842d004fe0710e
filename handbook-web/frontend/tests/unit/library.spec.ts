import { describe, expect, it } from 'vitest'
import { fileSize, fold, highlight, matches, offlineStore, searchSaved, terms, type Caches } from '../../src/lib/library'
import type { DocumentPage } from '../../src/api/library'

/** An in-memory CacheStorage, enough for the store. */
function memoryCaches(): Caches & { names: () => string[] } {
  const all = new Map<string, Map<string, Response>>()
  return {
    names: () => [...all.keys()],
    async open(name: string) {
      if (!all.has(name)) all.set(name, new Map())
      const m = all.get(name)!
      const key = (r: RequestInfo | URL) => (typeof r === 'string' ? r : r instanceof URL ? r.href : r.url)
      return {
        async put(r: RequestInfo | URL, res: Response) {
          m.set(key(r), res)
        },
        async match(r: RequestInfo | URL) {
          const res = m.get(key(r))
          return res ? res.clone() : undefined
        },
        async keys() {
          return [...m.keys()].map((k) => ({ url: k }) as Request)
        },
        async delete(r: RequestInfo | URL) {
          return m.delete(key(r))
        },
      } as unknown as Cache
    },
    async delete(name: string) {
      return all.delete(name)
    },
  }
}

function page(id: number, over: Partial<DocumentPage> = {}): DocumentPage {
  return {
    id,
    title: 'Nghị quyết về chuyển đổi số',
    number: '57-NQ/TW',
    category: 'RESOLUTION',
    mustRead: true,
    format: 'RICH_TEXT',
    html: '<p>Thành phố <b>Đà Nẵng</b> tổ chức hội nghị.</p>',
    publishedBy: 'canbo',
    publishedAt: '2026-01-01T00:00:00Z',
    ...over,
  }
}

describe('library search rule', () => {
  it('folds Vietnamese to lower-case ASCII words, NFC or NFD alike', () => {
    expect(fold('Đà Nẵng')).toBe('da nang')
    expect(fold('Tổ chức'.normalize('NFD'))).toBe('to chuc')
    expect(fold('57-NQ/TW')).toBe('57 nq tw')
    expect(terms('  Tổ chức tổ ')).toEqual(['to', 'chuc'])
  })
  it('needs every word at the start of a word', () => {
    expect(matches('da nang', 'Thành phố Đà Nẵng')).toBe(true)
    expect(matches('to chuc', 'tổ chức hội nghị')).toBe(true)
    expect(matches('ang', 'Đà Nẵng')).toBe(false)
    expect(matches('da nang ha noi', 'Đà Nẵng')).toBe(false)
    expect(matches('', 'anything')).toBe(true)
  })
  it('marks the words a search found, keeping the text as it was', () => {
    const parts = highlight('… tại Đà Nẵng, tổ chức hội nghị', 'da nang')
    expect(parts.map((p) => p.text).join('')).toBe('… tại Đà Nẵng, tổ chức hội nghị')
    expect(parts.filter((p) => p.hit).map((p) => p.text.trim())).toEqual(['Đà Nẵng,'])
    expect(highlight('abc', '')).toEqual([{ text: 'abc', hit: false }])
  })
  it('writes file sizes as people read them', () => {
    expect(fileSize(2_500_000)).toBe('2,4 MB')
    expect(fileSize(300)).toBe('1 KB')
    expect(fileSize(undefined)).toBe('')
  })
})

describe('documents kept on this device', () => {
  it('keeps what was opened, with its file, and finds it without network', async () => {
    const store = offlineStore(memoryCaches())
    await store.claim('dangvien.01')
    await store.save(page(1))
    await store.save(page(2, { title: 'Tài liệu PDF', category: 'STUDY', format: 'PDF', html: undefined, text: 'An toàn thông tin' }),
      new Blob(['%PDF-1.7'], { type: 'application/pdf' }))
    expect((await store.get(1))?.page.title).toBe('Nghị quyết về chuyển đổi số')
    expect(await (await store.file(2))!.text()).toBe('%PDF-1.7')
    expect(await store.file(1)).toBeNull()
    const saved = await store.list()
    expect(saved.map((s) => s.page.id).sort()).toEqual([1, 2])
    expect(searchSaved(saved, 'da nang', null).map((d) => d.id)).toEqual([1])
    expect(searchSaved(saved, 'an toan', null).map((d) => d.id)).toEqual([2])
    expect(searchSaved(saved, '', 'RESOLUTION').map((d) => d.id)).toEqual([1])
  })
  it('starts from nothing for another user and at sign-out', async () => {
    const caches = memoryCaches()
    const store = offlineStore(caches)
    await store.claim('dangvien.01')
    await store.save(page(1))
    await store.claim('dangvien.01')
    expect(await store.get(1)).not.toBeNull()
    await store.claim('dangvien.02')
    expect(await store.get(1)).toBeNull()
    await store.save(page(3))
    await store.clear()
    expect(caches.names()).not.toContain('handbook-library-v1')
    expect(await store.list()).toEqual([])
  })
  it('does nothing where the browser has no Cache Storage', async () => {
    const store = offlineStore(null)
    await store.save(page(1))
    expect(store.available()).toBe(false)
    expect(await store.list()).toEqual([])
  })
})
