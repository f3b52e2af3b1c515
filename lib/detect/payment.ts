import { defineDetector } from './define';

// Placeholder: replaced by the real detector.
export const paymentDetector = defineDetector({
  id: 'payment',
  categories: ['link'],
  description: 'TODO',
  view: 'base',
  *find() {},
  examples: { match: [], ignore: [] },
});
