import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The WAR is deployed at the server root, so assets are served from '/'.
export default defineConfig({
  base: '/',
  plugins: [vue()],
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
