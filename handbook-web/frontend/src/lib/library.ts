import type { DocumentLine, DocumentPage } from '../api/library'

/**
 * The library's search rule, as the server applies it (LibrarySearch.java), for the documents saved on this
 * device when there is no network: every word typed begins a word of the title, number, issuer or text,
 * diacritics and case ignored, NFC or NFD alike.
 */
export function fold(text: string | null | undefined): string {
  if (!text) return ''
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

export function terms(query: string | null | undefined): string[] {
  const out: string[] = []
  for (const w of fold(query).split(' ')) {
    if (w && !out.includes(w)) out.push(w)
  }
  return out.slice(0, 8)
}

export function matches(query: string, ...texts: (string | null | undefined)[]): boolean {
  const t = terms(query)
  if (!t.length) return true
  const words = ` ${texts.map(fold).filter(Boolean).join(' ')}`
  return t.every((term) => words.includes(` ${term}`))
}

/** A snippet cut into parts, those that begin with a searched word marked, for <mark>. */
export interface Part {
  text: string
  hit: boolean
}

export function highlight(text: string, query: string | null | undefined): Part[] {
  const t = terms(query)
  if (!text) return []
  if (!t.length) return [{ text, hit: false }]
  // Words and the spaces between them, so the text is given back exactly.
  const pieces = text.split(/(\s+)/).filter(Boolean)
  const hits = pieces.map((piece) => {
    const folded = fold(piece)
    return !!folded && folded.split(' ').some((w) => t.some((term) => w.startsWith(term)))
  })
  // A space between two marked words stays inside one mark.
  pieces.forEach((piece, i) => {
    if (!piece.trim() && i > 0 && i < pieces.length - 1) hits[i] = !!hits[i - 1] && !!hits[i + 1]
  })
  const parts: Part[] = []
  pieces.forEach((piece, i) => {
    const last = parts[parts.length - 1]
    if (last && last.hit === !!hits[i]) last.text += piece
    else parts.push({ text: piece, hit: !!hits[i] })
  })
  return parts
}

/** "2.3 MB", "850 KB". */
export function fileSize(bytes: number | null | undefined): string {
  if (bytes == null) return ''
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** A saved page as a line of the list, for the library shown without network. */
export function lineOf(page: DocumentPage): DocumentLine {
  return {
    id: page.id,
    title: page.title,
    number: page.number,
    issuer: page.issuer,
    issuedOn: page.issuedOn,
    category: page.category,
    mustRead: page.mustRead,
    format: page.format,
    pageCount: page.pageCount,
    fileSize: page.fileSize,
    publishedAt: page.publishedAt,
    withdrawn: !!page.withdrawnAt,
    opened: true,
  }
}

/** The readable text of a saved page (for searching it offline). */
export function pageText(page: DocumentPage): string {
  if (page.text) return page.text
  if (!page.html) return ''
  return page.html.replace(/<[^>]*>/g, ' ')
}

// ------------------------------------------------------------------ documents kept on this device

/**
 * The documents a member opened, kept in the browser's Cache Storage (shared with the service worker) under
 * addresses of their own, so they open without network. One owner at a time: another login on the same
 * phone starts from nothing, and signing out clears them.
 */
export const OFFLINE_CACHE = 'handbook-library-v1'
const PREFIX = '/offline/library/'
const OWNER = `${PREFIX}owner`

/** The part of CacheStorage used here (an in-memory one in unit tests). */
export interface Caches {
  open(name: string): Promise<Pick<Cache, 'put' | 'match' | 'keys' | 'delete'>>
  delete(name: string): Promise<boolean>
}

function browserCaches(): Caches | null {
  return typeof caches === 'undefined' ? null : (caches as unknown as Caches)
}

export interface SavedDocument {
  page: DocumentPage
  savedAt: string
  hasFile: boolean
}

export function offlineStore(store: Caches | null = browserCaches()) {
  async function cache() {
    return store ? store.open(OFFLINE_CACHE) : null
  }
  return {
    available: () => store !== null,

    /** Empties the store when it holds another user's documents; then marks it as this user's. */
    async claim(owner: string): Promise<void> {
      const c = await cache()
      if (!c || !store) return
      const res = await c.match(OWNER)
      const current = res ? await res.text() : null
      if (current === owner) return
      if (current !== null) await store.delete(OFFLINE_CACHE)
      const fresh = await store.open(OFFLINE_CACHE)
      await fresh.put(OWNER, new Response(owner))
    },

    async save(page: DocumentPage, file?: Blob | null): Promise<void> {
      const c = await cache()
      if (!c) return
      if (file) {
        await c.put(`${PREFIX}${page.id}.pdf`, new Response(await file.arrayBuffer(), { headers: { 'Content-Type': 'application/pdf' } }))
      }
      const saved: SavedDocument = { page, savedAt: new Date().toISOString(), hasFile: !!file }
      await c.put(`${PREFIX}${page.id}.json`, new Response(JSON.stringify(saved), { headers: { 'Content-Type': 'application/json' } }))
    },

    async get(id: number): Promise<SavedDocument | null> {
      const c = await cache()
      const res = c ? await c.match(`${PREFIX}${id}.json`) : undefined
      return res ? ((await res.json()) as SavedDocument) : null
    },

    async file(id: number): Promise<Blob | null> {
      const c = await cache()
      const res = c ? await c.match(`${PREFIX}${id}.pdf`) : undefined
      return res ? res.blob() : null
    },

    /** Every saved document, the most recently saved first. */
    async list(): Promise<SavedDocument[]> {
      const c = await cache()
      if (!c) return []
      const out: SavedDocument[] = []
      for (const req of await c.keys()) {
        const url = typeof req === 'string' ? req : req.url
        if (!url.endsWith('.json')) continue
        const res = await c.match(req)
        if (res) out.push((await res.json()) as SavedDocument)
      }
      return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
    },

    async remove(id: number): Promise<void> {
      const c = await cache()
      if (!c) return
      await c.delete(`${PREFIX}${id}.json`)
      await c.delete(`${PREFIX}${id}.pdf`)
    },

    /** At sign-out: nothing of this user stays on a shared phone. */
    async clear(): Promise<void> {
      if (store) await store.delete(OFFLINE_CACHE)
    },
  }
}

/** The documents saved on this device, filtered as the server would search them. */
export function searchSaved(saved: SavedDocument[], query: string, category: string | null): DocumentLine[] {
  return saved
    .filter((s) => !category || s.page.category === category)
    .filter((s) => matches(query, s.page.title, s.page.number, s.page.issuer, pageText(s.page)))
    .map((s) => lineOf(s.page))
}
