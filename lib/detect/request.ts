import { defineDetector } from './define';

// Placeholder: replaced by the real detector.
export const requestDetector = defineDetector({
  id: 'request',
  categories: ['link'],
  description: 'TODO',
  view: 'base',
  *find() {},
  examples: { match: [], ignore: [] },
});
