import { defineContentScript } from '#imports';
import { startContactGuard } from './controller';

// Small on purpose: everything lives in ./controller and lib/site. Scanning runs here,
// on this machine; no text leaves the page except to the extension's own explainer.
export default defineContentScript({
  matches: ['*://*.upwork.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContactGuard(ctx).catch(() => {
      // If the extension fails to start, the page works exactly as without it.
    });
  },
});
