import { defineContentScript } from '#imports';

export default defineContentScript({
  matches: ['*://*.upwork.com/*'],
  main() {},
});
