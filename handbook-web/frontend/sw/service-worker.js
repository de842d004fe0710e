/*
 * The handbook's service worker, written once and filled in at build time (vite.config.ts) with this build's
 * files and a version made from them. It keeps the app shell so that the installed app opens without network:
 *  - pages (navigations): network first, so a new build is used as soon as it is deployed; offline, the
 *    cached index.html of this build;
 *  - /assets/ (names carry a content hash), icons, manifest: from the cache, else the network;
 *  - the API, sign-in and everything else: untouched (the documents a member opened are kept by the app
 *    itself in the "handbook-library-v1" cache, the congress documents a delegate opened in
 *    "handbook-congress-v1"; this worker never deletes either).
 * Each build has its own cache; older ones are deleted when the new worker takes over, so a stale index.html
 * never outlives the build it belongs to.
 */
const VERSION = '__VERSION__'
const SHELL = `handbook-shell-${VERSION}`
const FILES = __FILES__

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(['/index.html', ...FILES]))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('handbook-shell-') && n !== SHELL).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  )
})

function passThrough(url) {
  return (
    url.origin !== self.location.origin ||
    url.pathname.startsWith('/api/') ||
    url.pathname === '/api' ||
    url.pathname.startsWith('/health') ||
    url.pathname.startsWith('/openapi') ||
    url.pathname.startsWith('/metrics') ||
    url.pathname.startsWith('/silent-check-sso') ||
    url.pathname === '/sw.js'
  )
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (passThrough(url)) return

  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(SHELL).then((cache) => cache.match('/index.html')).then((res) => res || Response.error()),
      ),
    )
    return
  }

  event.respondWith(
    caches.open(SHELL).then((cache) =>
      cache.match(request).then(
        (hit) =>
          hit ||
          fetch(request).then((res) => {
            if (res.ok && url.pathname.startsWith('/assets/')) cache.put(request, res.clone())
            return res
          }),
      ),
    ),
  )
})
