import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Extension pages run only our own bundled code: no inline or remote script, no eval, no
// plugins, no network (connect-src 'none': the extension never sends anything anywhere).
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// See README: every permission here is one the extension cannot work without.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: (env) => ({
    plugins: [preact()],
    // Test-only fault injection (entrypoints/upwork.content/fault.ts): honoured only in the
    // `e2e-fault` mode the fail-safe e2e test builds into a temp dir; '' everywhere else, so
    // the fault branches are dead code in every real build.
    define: { __CG_FAULT__: JSON.stringify(env.mode === 'e2e-fault' ? (process.env.CG_FAULT ?? '') : '') },
  }),
  manifest: ({ manifestVersion, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and per-thread facts. No 'tabs', 'scripting', 'activeTab' or hosts
    // beyond the marketplace: the popup asks the content script instead of reading tabs.
    permissions: ['storage'],
    host_permissions: ['*://*.upwork.com/*'],
    // The dev server (wxt dev) injects its own scripts, so the strict policy is for builds.
    ...(command === 'build' && {
      content_security_policy: manifestVersion === 3 ? { extension_pages: CSP } : CSP,
    }),
    browser_specific_settings: {
      gecko: {
        id: 'contact-guard@contact-guard.dev',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
