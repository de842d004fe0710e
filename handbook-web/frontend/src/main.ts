import { createApp } from 'vue'
import PrimeVue from 'primevue/config'
import ToastService from 'primevue/toastservice'
import 'primeicons/primeicons.css'
import './styles/app.css'

import App from './App.vue'
import { router } from './router'
import { i18n, currentLocale } from './i18n'
import { primeLocales } from './i18n/primevue'
import { HandbookPreset } from './theme'
import { applyPrefs } from './prefs'
import { startAuth } from './auth'
import { registerServiceWorker } from './pwa'

applyPrefs()
document.documentElement.lang = currentLocale()

const app = createApp(App)
app.use(PrimeVue, {
  theme: {
    preset: HandbookPreset,
    options: { darkModeSelector: '.hc', cssLayer: false },
  },
  locale: primeLocales[currentLocale()],
})
app.use(ToastService)
app.use(i18n)
app.use(router)
app.mount('#app')

// Only after the page is on screen: an unreachable Keycloak must never block it.
void startAuth()
registerServiceWorker()
