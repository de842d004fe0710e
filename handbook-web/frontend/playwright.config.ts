import { defineConfig } from '@playwright/test'

// Runs against a running system (WAR + Keycloak); nothing here starts a server or downloads a browser.
export default defineConfig({
  testDir: './e2e',
  // e2e/last: specs that take a part of the system down; e2e.sh runs them on their own, after all the others.
  testMatch: process.env.E2E_STAGE === 'last' ? 'last/**/*.spec.ts' : '**/*.spec.ts',
  testIgnore: process.env.E2E_STAGE === 'last' ? [] : ['**/last/**'],
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: process.env.E2E_BASE_URL || 'http://localhost:8080',
    trace: 'off',
    screenshot: 'off',
    video: 'off',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
})
