import { reactive, watch } from 'vue'

/** Root font sizes the A- / A / A+ buttons step through (percent of the browser's default). */
export const FONT_SCALES = [87.5, 100, 112.5, 125, 150, 175] as const
export const DEFAULT_SCALE_INDEX = 1
const FONT_KEY = 'handbook.fontScale'
const CONTRAST_KEY = 'handbook.highContrast'

function read(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value)
  } catch {
    /* storage unavailable */
  }
}

function initialScale(): number {
  const n = Number(read(FONT_KEY))
  return Number.isInteger(n) && n >= 0 && n < FONT_SCALES.length && read(FONT_KEY) !== null ? n : DEFAULT_SCALE_INDEX
}

function initialContrast(): boolean {
  const v = read(CONTRAST_KEY)
  if (v === 'true') return true
  if (v === 'false') return false
  return typeof matchMedia === 'function' && matchMedia('(prefers-contrast: more)').matches
}

export const prefs = reactive({
  scaleIndex: initialScale(),
  highContrast: initialContrast(),
})

export function applyPrefs(): void {
  const root = document.documentElement
  root.style.fontSize = `${FONT_SCALES[prefs.scaleIndex] ?? 100}%`
  root.classList.toggle('hc', prefs.highContrast)
  const meta = document.querySelector('meta[name="color-scheme"]')
  meta?.setAttribute('content', prefs.highContrast ? 'dark' : 'light')
}

export function smallerText(): void {
  prefs.scaleIndex = Math.max(0, prefs.scaleIndex - 1)
}
export function resetText(): void {
  prefs.scaleIndex = DEFAULT_SCALE_INDEX
}
export function largerText(): void {
  prefs.scaleIndex = Math.min(FONT_SCALES.length - 1, prefs.scaleIndex + 1)
}
export function toggleContrast(): void {
  prefs.highContrast = !prefs.highContrast
}

watch(
  () => [prefs.scaleIndex, prefs.highContrast] as const,
  ([scale, contrast]) => {
    write(FONT_KEY, String(scale))
    write(CONTRAST_KEY, String(contrast))
    applyPrefs()
  },
)
