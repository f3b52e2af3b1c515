import { defineDetector } from './define';

// Placeholder: replaced by the real detector.
export const meetingIdDetector = defineDetector({
  id: 'meeting-id',
  categories: ['link'],
  description: 'TODO',
  view: 'base',
  *find() {},
  examples: { match: [], ignore: [] },
});
