import { createI18n } from 'vue-i18n'
import vi from './vi'
import en from './en'

export type Locale = 'vi' | 'en'
export const LOCALES: readonly Locale[] = ['vi', 'en']
export const LOCALE_KEY = 'handbook.locale'

export function storedLocale(): Locale {
  try {
    const v = localStorage.getItem(LOCALE_KEY)
    if (v === 'vi' || v === 'en') return v
  } catch {
    /* storage unavailable */
  }
  return 'vi'
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: 'vi',
  messages: { vi, en },
  missingWarn: false,
  fallbackWarn: false,
})

export function currentLocale(): Locale {
  return i18n.global.locale.value as Locale
}

/** The BCP 47 tag for number and date formatting and for Accept-Language. */
export function localeTag(locale: Locale = currentLocale()): string {
  return locale === 'vi' ? 'vi-VN' : 'en-GB'
}

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  try {
    localStorage.setItem(LOCALE_KEY, locale)
  } catch {
    /* storage unavailable */
  }
  document.documentElement.lang = locale
}

/** Translated label for a field name from the API (history entries, error lists); the raw name otherwise. */
export function fieldLabel(field: string): string {
  const key = `fields.${field}`
  return i18n.global.te(key) ? i18n.global.t(key) : field
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(localeTag()).format(n)
}
