import { describe, expect, it } from 'vitest'
import {
  byParagraph,
  chartOf,
  commentProblems,
  congressOfflineStore,
  CONGRESS_CACHE,
  fieldNames,
  suggestFields,
} from '../../src/lib/congressDocuments'
import { offlineStore, type Caches } from '../../src/lib/library'
import type { CommentLine, CongressDocumentText } from '../../src/api/congressDocuments'

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

const FIELDS = [
  { id: 1, name: 'Kinh tế', keywords: ['kinh tế', 'doanh nghiệp'], standard: true },
  { id: 2, name: 'Quốc phòng - An ninh', keywords: ['an ninh', 'trật tự'], standard: true },
  { id: 5, name: 'Chuyển đổi số', keywords: ['chuyển đổi số', 'dữ liệu', 'trực tuyến'], standard: true },
]

function doc(id: number, congressId = 7): CongressDocumentText {
  return {
    id,
    congressId,
    title: 'Dự thảo Báo cáo chính trị',
    kind: 'DRAFT',
    publicDraft: true,
    publishedBy: 'canbo',
    publishedAt: '2026-11-20T01:00:00Z',
    paragraphs: [{ number: 1, html: '<p>Một</p>', text: 'Một' }],
  }
}

function comment(id: number, paragraph: number | undefined, createdAt: string): CommentLine {
  return {
    id,
    documentId: 1,
    paragraph,
    author: 'A',
    authorKind: 'DELEGATE',
    text: 'x',
    status: 'APPROVED',
    fieldIds: [],
    suggestedFieldIds: [],
    fieldsConfirmed: false,
    createdAt,
  }
}

describe('suggested fields', () => {
  it('finds keywords as whole words, diacritics and case ignored, more hits first', () => {
    expect(suggestFields('CHUYEN DOI SO va du lieu, an ninh', FIELDS)).toEqual([5, 2])
    expect(suggestFields('Doanh nghiệp và kinh tế; giữ trật tự', FIELDS)).toEqual([1, 2])
    expect(suggestFields('Giữ gìn an ninh'.normalize('NFD'), FIELDS)).toEqual([2])
  })

  it('suggests nothing from parts of words or an empty text', () => {
    expect(suggestFields('quan ninh', FIELDS)).toEqual([])
    expect(suggestFields('', FIELDS)).toEqual([])
    expect(suggestFields('Tôi đồng ý.', FIELDS)).toEqual([])
  })
})

describe('comment problems', () => {
  it('wants a text, and from a resident a name and a neighbourhood', () => {
    expect(commentProblems({ text: ' ' }, false)).toEqual({ text: 'required' })
    expect(commentProblems({ text: 'Ý kiến' }, true)).toEqual({ name: 'required', neighbourhood: 'required' })
    expect(commentProblems({ text: 'Ý kiến', name: 'An', neighbourhood: 'Khu phố 2' }, true)).toEqual({})
  })

  it('refuses long texts and control characters but keeps line breaks', () => {
    expect(commentProblems({ text: 'a'.repeat(10_000) }, false)).toEqual({ text: 'tooLong' })
    expect(commentProblems({ text: 'chào\u0007' }, false)).toEqual({ text: 'controlCharacters' })
    expect(commentProblems({ text: 'dòng 1\r\ndòng 2' }, false)).toEqual({})
    expect(commentProblems({ text: 'x', name: 'An\nB', neighbourhood: 'KP1' }, true)).toEqual({ name: 'controlCharacters' })
    expect(commentProblems({ text: 'x', name: 'An', neighbourhood: 'k'.repeat(121) }, true)).toEqual({ neighbourhood: 'tooLong' })
  })
})

describe('charts and grouping', () => {
  it('turns counts into labels and values in field order', () => {
    expect(
      chartOf({ fields: [{ fieldId: 1, name: 'Kinh tế', comments: 2 }, { fieldId: 2, name: 'An ninh', comments: 0 }], approved: 2, pending: 1, unclassified: 0 }),
    ).toEqual({ labels: ['Kinh tế', 'An ninh'], values: [2, 0] })
    expect(chartOf(null)).toEqual({ labels: [], values: [] })
  })

  it('groups comments by paragraph, the whole document under 0, oldest first', () => {
    const g = byParagraph([comment(1, 2, '2026-11-20T02:00:00Z'), comment(2, undefined, '2026-11-20T01:00:00Z'), comment(3, 2, '2026-11-20T01:00:00Z')])
    expect(g.get(2)?.map((c) => c.id)).toEqual([3, 1])
    expect(g.get(0)?.map((c) => c.id)).toEqual([2])
  })

  it('names fields by id, skipping unknown ones', () => {
    expect(fieldNames([5, 99, 1], FIELDS)).toEqual(['Chuyển đổi số', 'Kinh tế'])
  })
})

describe('congress documents kept on this device', () => {
  it('saves and reads back per congress, apart from the library', async () => {
    const caches = memoryCaches()
    const store = congressOfflineStore(caches)
    await store.claim('daibieu.1')
    await store.save(doc(1), [comment(9, 1, '2026-11-20T01:00:00Z')], FIELDS)
    await store.save(doc(2, 8), [], FIELDS)
    expect((await store.get(7, 1))?.comments.map((c) => c.id)).toEqual([9])
    expect((await store.list(7)).map((s) => s.document.id)).toEqual([1])
    expect(await store.get(7, 2)).toBeNull()
    expect(caches.names()).toContain(CONGRESS_CACHE)
    expect(await offlineStore(caches).list()).toEqual([])
  })

  it('starts from nothing for another user and is emptied at sign-out', async () => {
    const caches = memoryCaches()
    const store = congressOfflineStore(caches)
    await store.claim('a')
    await store.save(doc(1), [], FIELDS)
    await store.claim('b')
    expect(await store.get(7, 1)).toBeNull()
    await store.save(doc(1), [], FIELDS)
    await store.clear()
    expect(await store.get(7, 1)).toBeNull()
  })
})
