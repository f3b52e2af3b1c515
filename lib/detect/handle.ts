import { defineDetector } from './define';

// Placeholder: replaced by the real detector.
export const handleDetector = defineDetector({
  id: 'handle',
  categories: ['link'],
  description: 'TODO',
  view: 'base',
  *find() {},
  examples: { match: [], ignore: [] },
});
