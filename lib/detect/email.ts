import { defineDetector } from './define';

// Placeholder: replaced by the real detector.
export const emailDetector = defineDetector({
  id: 'email',
  categories: ['link'],
  description: 'TODO',
  view: 'base',
  *find() {},
  examples: { match: [], ignore: [] },
});
