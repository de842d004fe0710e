import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * Writes sw.js from sw/service-worker.js with the list of every file of this build (hashed assets and
 * public files) and a version made from that list: a new build gets a new cache, and the old one is dropped.
 */
function serviceWorker(): Plugin {
  return {
    name: 'handbook-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const publicDir = join(__dirname, 'public')
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((f) => {
          const p = join(dir, f)
          return statSync(p).isDirectory() ? walk(p) : [p]
        })
      const publicFiles = walk(publicDir)
        .map((p) => '/' + relative(publicDir, p).split('\\').join('/'))
        // The silent sign-in page must always come from the server.
        .filter((p) => !p.startsWith('/silent-check-sso'))
      const files = [...Object.keys(bundle).filter((f) => f !== 'index.html').map((f) => `/${f}`), ...publicFiles].sort()
      // Names and contents: a change anywhere (index.html, an icon) makes a new version.
      const hash = createHash('sha256').update(files.join('\n'))
      for (const item of Object.values(bundle)) hash.update(item.type === 'chunk' ? item.code : item.source)
      for (const p of walk(publicDir)) hash.update(readFileSync(p))
      const version = hash.digest('hex').slice(0, 12)
      const source = readFileSync(join(__dirname, 'sw/service-worker.js'), 'utf8')
        .replace('__VERSION__', version)
        .replace('__FILES__', JSON.stringify(files))
      this.emitFile({ type: 'asset', fileName: 'sw.js', source })
    },
  }
}

// The WAR is deployed at the server root, so assets are served from '/'.
export default defineConfig({
  base: '/',
  plugins: [vue(), serviceWorker()],
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // During `npm run dev`, forward API calls to a locally running back end.
    proxy: {
      '/api': process.env.API_TARGET || 'http://localhost:8080',
    },
  },
})
