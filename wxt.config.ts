import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See README: every permission here is one the extension cannot work without.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: ['*://*.upwork.com/*'],
    browser_specific_settings: {
      gecko: {
        id: 'contact-guard@contact-guard.dev',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
