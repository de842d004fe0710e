/**
 * The service worker (public/sw.js is generated at build time with the list of this build's files, see
 * vite.config.ts) keeps the app shell, so the installed app opens without network and shows the documents
 * saved on this device. Only in built apps: in `npm run dev` it would serve stale modules.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      /* no offline shell (e.g. not a secure context); everything else works */
    })
  })
}
