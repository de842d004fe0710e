import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

/**
 * Writes sw.js from sw/service-worker.js with the list of every file of this build (hashed assets and
 * public files) and a version made from them: a new build gets a new cache, and the old one is dropped.
 */
function serviceWorker(): Plugin {
  let outDir = 'dist'
  return {
    name: 'handbook-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    // After the files are written: Vite drops some chunks late (a CSS-only module's empty script), so the
    // list is what is really in dist, not what the bundle once held.
    writeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((f) => {
          const p = join(dir, f)
          return statSync(p).isDirectory() ? walk(p) : [p]
        })
      const paths = walk(outDir)
        .map((p) => ({ path: p, url: '/' + relative(outDir, p).split('\\').join('/') }))
        // index.html is fetched by name; the silent sign-in page must always come from the server.
        .filter((f) => f.url !== '/index.html' && f.url !== '/sw.js' && !f.url.startsWith('/silent-check-sso'))
        // Icon-font formats only old browsers load (they are still fetched, and then kept, when asked for).
        .filter((f) => !/\/assets\/primeicons-[^/]+\.(eot|ttf|svg|woff)$/.test(f.url))
        // The face models (~7 MB) are for the congress's kiosks only, not for every member's phone.
        .filter((f) => !f.url.startsWith('/models/'))
        .sort((a, b) => a.url.localeCompare(b.url))
      // Names and contents (index.html too): a change anywhere makes a new version, hence a new cache.
      const hash = createHash('sha256')
      for (const f of paths) hash.update(f.url).update(readFileSync(f.path))
      hash.update(readFileSync(join(outDir, 'index.html')))
      const source = readFileSync(join(__dirname, 'sw/service-worker.js'), 'utf8')
        .replace('__VERSION__', hash.digest('hex').slice(0, 12))
        .replace('__FILES__', JSON.stringify(paths.map((f) => f.url)))
      writeFileSync(join(outDir, 'sw.js'), source)
    },
  }
}

/**
 * Copies the three face-api models the face kiosk uses from the package into the build (dist/models/face-api):
 * kept out of the repository and out of public/ so that only these ~7 MB of the package's ~30 MB of models
 * end up in the WAR.
 */
const FACE_MODELS = ['tiny_face_detector_model', 'face_landmark_68_model', 'face_recognition_model']
function faceModels(): Plugin {
  const from = resolve(__dirname, 'node_modules/@vladmandic/face-api/model')
  return {
    name: 'face-api-models',
    apply: 'build',
    generateBundle() {
      const files = readdirSync(from).filter((f) => FACE_MODELS.some((m) => f.startsWith(m + '.') || f.startsWith(m + '-')))
      if (files.length < FACE_MODELS.length * 2) throw new Error(`face-api models missing in ${from}: ${files.join(', ')}`)
      for (const f of files) {
        this.emitFile({ type: 'asset', fileName: `models/face-api/${f}`, source: readFileSync(join(from, f)) })
      }
    },
  }
}

// The WAR is deployed at the server root, so assets are served from '/'.
export default defineConfig({
  base: '/',
  plugins: [vue(), faceModels(), serviceWorker()],
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
