import { defineBackground } from '#imports';

export default defineBackground(() => {
  // The background does nothing yet: no network, no text. Kept so the popup can find the worker.
});
