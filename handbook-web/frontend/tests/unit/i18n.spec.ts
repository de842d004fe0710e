import { describe, expect, it } from 'vitest'
import vi from '../../src/i18n/vi'
import en from '../../src/i18n/en'
import { primeLocales } from '../../src/i18n/primevue'
import { i18n } from '../../src/i18n'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key, v)
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv)
  }
  return out
}

const viKeys = flatten(vi as unknown as Tree)
const enKeys = flatten(en as unknown as Tree)

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort()
}

describe('messages', () => {
  it('every Vietnamese key exists in English', () => {
    expect([...viKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([])
  })
  it('every English key exists in Vietnamese', () => {
    expect([...enKeys.keys()].filter((k) => !viKeys.has(k))).toEqual([])
  })
  it('has no empty messages', () => {
    expect([...viKeys].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([])
    expect([...enKeys].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([])
  })
  it('uses the same placeholders in both languages', () => {
    const mismatched = [...viKeys.keys()].filter(
      (k) => placeholders(viKeys.get(k)!).join() !== placeholders(enKeys.get(k) ?? '').join(),
    )
    expect(mismatched).toEqual([])
  })
  it('avoids vue-i18n special characters that would break compilation', () => {
    const risky = [...viKeys, ...enKeys].filter(([, v]) => /[@|$]/.test(v)).map(([k]) => k)
    expect(risky).toEqual([])
  })
  it('carries the required Vietnamese wording', () => {
    expect(vi.app.name).toBe('Sổ tay Đảng viên')
    expect(vi.auth.unavailable).toBe('Dịch vụ đăng nhập đang không hoạt động')
    expect(vi.errors.forbiddenDossier).toBe('Bạn không có quyền xem hồ sơ này')
    expect(vi.errors.conflict).toBe('Hồ sơ đã được người khác sửa, vui lòng tải lại')
    expect(vi.enums.status).toEqual({
      PROBATIONARY: 'Dự bị',
      FULL: 'Chính thức',
      EXEMPT: 'Miễn sinh hoạt',
      TRANSFERRED_OUT: 'Đã chuyển sinh hoạt đi',
      DECEASED: 'Từ trần',
      REMOVED: 'Xóa tên',
      EXPELLED: 'Khai trừ',
    })
    expect(vi.enums.politicalTheory.BACHELOR).toBe('Cử nhân')
    expect(vi.enums.kind).toEqual({ WARD: 'Đảng bộ phường', SUB: 'Đảng bộ bộ phận', CELL: 'Chi bộ' })
  })
  it('compiles and interpolates every message', () => {
    const t = i18n.global.t
    for (const locale of ['vi', 'en'] as const) {
      for (const key of viKeys.keys()) {
        const out = t(key, { name: 'X', count: 2, date: '01/01/2025', status: 500, who: 'u', page: 1 }, { locale })
        expect(out, `${locale}:${key}`).not.toBe(key)
        expect(out).not.toMatch(/\{\w+\}/)
      }
    }
  })
  it('gives PrimeVue the same set of strings in both languages', () => {
    const keys = (o: object) => Object.keys(flatten(o as Tree)).sort()
    expect(keys(primeLocales.vi)).toEqual(keys(primeLocales.en))
  })
})
