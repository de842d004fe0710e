import Keycloak from 'keycloak-js'
import { reactive } from 'vue'
import { api } from './api/api'
import { configureHttp } from './api/http'
import { currentLocale } from './i18n'
import { offlineStore } from './lib/library'
import { congressOfflineStore } from './lib/congressDocuments'

/**
 * loading      – fetching /api/config and asking Keycloak whether there is a session
 * authenticated – we hold tokens
 * anonymous    – Keycloak answered, no session: the app sends the user to the login page
 * unavailable  – Keycloak could not be reached (the page still renders and says so)
 * config-error – /api/config failed (the records server itself is down)
 * rejected     – the API kept answering 401 right after a fresh login (misconfiguration)
 */
export type AuthStatus = 'loading' | 'authenticated' | 'anonymous' | 'unavailable' | 'config-error' | 'rejected'

export const auth = reactive({ status: 'loading' as AuthStatus })

let keycloak: Keycloak | null = null

const INIT_TIMEOUT_MS = 20000
const RELOGIN_KEY = 'handbook.reloginAt'
const RELOGIN_WINDOW_MS = 60000

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms)
    promise.then(
      (v) => {
        clearTimeout(timer)
        resolve(v)
      },
      (e) => {
        clearTimeout(timer)
        reject(e)
      },
    )
  })
}

/** Called once, after the app is mounted, so that a dead Keycloak never blocks the first paint. */
export async function startAuth(): Promise<void> {
  auth.status = 'loading'
  let config
  try {
    config = await api.config()
  } catch {
    auth.status = 'config-error'
    return
  }
  try {
    const kc = new Keycloak({ url: config.authUrl, realm: config.realm, clientId: config.clientId })
    kc.onTokenExpired = () => {
      kc.updateToken(30).catch(() => {
        /* the next API call will send the user to the login page */
      })
    }
    kc.onAuthLogout = () => {
      auth.status = 'anonymous'
    }
    keycloak = kc
    const authenticated = await withTimeout(
      kc.init({
        onLoad: 'check-sso',
        pkceMethod: 'S256',
        responseMode: 'fragment',
        checkLoginIframe: false,
        silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
        messageReceiveTimeout: 5000,
      }),
      INIT_TIMEOUT_MS,
    )
    auth.status = authenticated ? 'authenticated' : 'anonymous'
  } catch {
    auth.status = 'unavailable'
  }
}

export async function login(): Promise<void> {
  if (!keycloak) return
  await keycloak.login({ redirectUri: window.location.href, locale: currentLocale() })
}

export async function logout(): Promise<void> {
  try {
    sessionStorage.removeItem(RELOGIN_KEY)
  } catch {
    /* ignore */
  }
  // Phones are shared: the documents this user kept for offline reading go with them.
  await offlineStore().clear().catch(() => undefined)
  await congressOfflineStore().clear().catch(() => undefined)
  if (!keycloak) {
    window.location.assign('/')
    return
  }
  await keycloak.logout({ redirectUri: `${window.location.origin}/` })
}

/** A token valid for at least 30 more seconds; refreshes it first if needed. */
export async function freshToken(): Promise<string | null> {
  if (!keycloak || !keycloak.authenticated) return null
  try {
    await keycloak.updateToken(30)
  } catch {
    // Offline the token cannot be refreshed, and the sign-in page cannot load: calls fail as offline and
    // the library falls back to the documents saved on this device.
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return keycloak.token ?? null
    auth.status = 'anonymous'
    await login()
    throw new Error('session expired')
  }
  return keycloak.token ?? null
}

/** On 401: log in again, unless we just did and the API still refuses (then say so instead of looping). */
export function handleUnauthorized(): void {
  let last = 0
  try {
    last = Number(sessionStorage.getItem(RELOGIN_KEY) ?? 0)
  } catch {
    /* ignore */
  }
  if (Date.now() - last < RELOGIN_WINDOW_MS) {
    auth.status = 'rejected'
    return
  }
  try {
    sessionStorage.setItem(RELOGIN_KEY, String(Date.now()))
  } catch {
    /* ignore */
  }
  auth.status = 'anonymous'
  void login()
}

configureHttp({
  token: freshToken,
  // The UI language exactly as chosen ('vi' or 'en'): the server localises its messages with it.
  locale: () => currentLocale(),
  onUnauthorized: handleUnauthorized,
})
