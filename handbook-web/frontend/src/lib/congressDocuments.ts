import type { CommentCounts, CommentFieldLine, CommentLine, CongressDocumentText } from '../api/congressDocuments'
import { fold, type Caches } from './library'

/** The server's limits (CongressDocuments.java): checked here first so a resident learns at once. */
export const MAX_COMMENT = 4000
export const MAX_NAME = 120

/**
 * The keyword rule of the server (FieldRule.java), for the comment form as one types: a field is suggested
 * when one of its keywords appears as whole words, diacritics and case ignored; more keywords found first.
 */
export function suggestFields(text: string, fields: Pick<CommentFieldLine, 'id' | 'keywords'>[]): number[] {
  const words = ` ${fold(text)} `
  if (!words.trim()) return []
  const hits: { id: number; count: number; order: number }[] = []
  fields.forEach((f, order) => {
    const count = f.keywords.filter((k) => {
      const folded = fold(k)
      return folded !== '' && words.includes(` ${folded} `)
    }).length
    if (count > 0) hits.push({ id: f.id, count, order })
  })
  return hits.sort((a, b) => b.count - a.count || a.order - b.order).map((h) => h.id)
}

// Control and invisible formatting characters (ZWNJ/ZWJ allowed), as VietnameseText.hasControlCharacters.
const CONTROL = /[\p{Cc}\p{Cf}]/u

function hasControl(text: string, newlinesAllowed: boolean): boolean {
  const t = newlinesAllowed ? text.replace(/\r?\n/g, '') : text
  return [...t].some((ch) => ch !== '\u200c' && ch !== '\u200d' && CONTROL.test(ch))
}

export type CommentProblem = 'required' | 'tooLong' | 'controlCharacters'

/** What is wrong with a comment before it is sent; name and neighbourhood only for residents. */
export function commentProblems(
  form: { text: string; name?: string; neighbourhood?: string },
  resident: boolean,
): Partial<Record<'text' | 'name' | 'neighbourhood', CommentProblem>> {
  const out: Partial<Record<'text' | 'name' | 'neighbourhood', CommentProblem>> = {}
  const check = (key: 'text' | 'name' | 'neighbourhood', value: string | undefined, max: number, lines: boolean) => {
    const v = (value ?? '').trim()
    if (!v) out[key] = 'required'
    else if (v.length > max) out[key] = 'tooLong'
    else if (hasControl(v, lines)) out[key] = 'controlCharacters'
  }
  check('text', form.text, MAX_COMMENT, true)
  if (resident) {
    check('name', form.name, MAX_NAME, false)
    check('neighbourhood', form.neighbourhood, MAX_NAME, false)
  }
  return out
}

/** The counts as a bar chart's labels and values, in the order of the fields. */
export function chartOf(counts: CommentCounts | null | undefined): { labels: string[]; values: number[] } {
  const fields = counts?.fields ?? []
  return { labels: fields.map((f) => f.name), values: fields.map((f) => f.comments) }
}

/** The comments of a document by paragraph number (0: about the document as a whole), oldest first. */
export function byParagraph(comments: CommentLine[]): Map<number, CommentLine[]> {
  const out = new Map<number, CommentLine[]>()
  for (const c of [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const key = c.paragraph ?? 0
    const list = out.get(key) ?? []
    list.push(c)
    out.set(key, list)
  }
  return out
}

export function fieldNames(ids: number[], fields: CommentFieldLine[]): string[] {
  return ids.map((id) => fields.find((f) => f.id === id)?.name).filter((n): n is string => !!n)
}

// ------------------------------------------------------------------ documents kept on this device

/**
 * Congress documents a participant opened, kept in Cache Storage so they read again without network (a hall's
 * Wi-Fi drops). A cache of its own, so the library's list never mixes them in; like the library, one owner at
 * a time, and emptied at sign-out. The service worker leaves it alone (it deletes only its shell caches).
 */
export const CONGRESS_CACHE = 'handbook-congress-v1'
const PREFIX = '/offline/congress/'
const OWNER = `${PREFIX}owner`

function browserCaches(): Caches | null {
  return typeof caches === 'undefined' ? null : (caches as unknown as Caches)
}

export interface SavedCongressDocument {
  document: CongressDocumentText
  comments: CommentLine[]
  fields: CommentFieldLine[]
  savedAt: string
}

export function congressOfflineStore(store: Caches | null = browserCaches()) {
  const key = (congressId: number, documentId: number) => `${PREFIX}${congressId}/${documentId}.json`
  async function cache() {
    return store ? store.open(CONGRESS_CACHE) : null
  }
  return {
    available: () => store !== null,

    async claim(owner: string): Promise<void> {
      const c = await cache()
      if (!c || !store) return
      const res = await c.match(OWNER)
      const current = res ? await res.text() : null
      if (current === owner) return
      if (current !== null) await store.delete(CONGRESS_CACHE)
      const fresh = await store.open(CONGRESS_CACHE)
      await fresh.put(OWNER, new Response(owner))
    },

    async save(document: CongressDocumentText, comments: CommentLine[], fields: CommentFieldLine[]): Promise<void> {
      const c = await cache()
      if (!c) return
      const saved: SavedCongressDocument = { document, comments, fields, savedAt: new Date().toISOString() }
      await c.put(key(document.congressId, document.id), new Response(JSON.stringify(saved), {
        headers: { 'Content-Type': 'application/json' },
      }))
    },

    async get(congressId: number, documentId: number): Promise<SavedCongressDocument | null> {
      const c = await cache()
      const res = c ? await c.match(key(congressId, documentId)) : undefined
      return res ? ((await res.json()) as SavedCongressDocument) : null
    },

    /** The documents of one congress saved here, the most recently saved first. */
    async list(congressId: number): Promise<SavedCongressDocument[]> {
      const c = await cache()
      if (!c) return []
      const out: SavedCongressDocument[] = []
      for (const req of await c.keys()) {
        const url = typeof req === 'string' ? req : req.url
        if (!url.includes(`${PREFIX}${congressId}/`) || !url.endsWith('.json')) continue
        const res = await c.match(req)
        if (res) out.push((await res.json()) as SavedCongressDocument)
      }
      return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
    },

    async clear(): Promise<void> {
      if (store) await store.delete(CONGRESS_CACHE)
    },
  }
}
