import { defineBackground } from '#imports';
import { installExplainerHandoff } from '../lib/ext/explainer-handoff';

// The background only hands text from a warning card or the popup to the explainer page.
// No network, nothing stored.
export default defineBackground(() => {
  installExplainerHandoff();
});
