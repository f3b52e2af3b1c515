import { defineDetector } from './define';

// Placeholder: replaced by the real detector.
export const urlDetector = defineDetector({
  id: 'url',
  categories: ['link'],
  description: 'TODO',
  view: 'base',
  *find() {},
  examples: { match: [], ignore: [] },
});
