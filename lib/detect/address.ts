import { defineDetector } from './define';

// Placeholder: replaced by the real detector.
export const addressDetector = defineDetector({
  id: 'address',
  categories: ['link'],
  description: 'TODO',
  view: 'base',
  *find() {},
  examples: { match: [], ignore: [] },
});
