import { defineDetector } from './define';

// Placeholder: replaced by the real detector.
export const phoneDetector = defineDetector({
  id: 'phone',
  categories: ['link'],
  description: 'TODO',
  view: 'base',
  *find() {},
  examples: { match: [], ignore: [] },
});
