import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../normalize';
import { detect } from './index';
import { meetingIdDetector } from './meeting-id';

/** Findings of the meeting-id detector alone, as original-text slices. */
function meetings(text: string) {
  const mt = normalize(text, meetingIdDetector.view);
  return [...meetingIdDetector.find(mt.text, { defaultCountry: 'US' })].map((f) => ({
    text: text.slice(...toOriginalSpan(mt, f.start, f.end)),
    canonical: f.canonical,
    platform: f.platform,
    evidence: f.evidence ?? [],
  }));
}

describe('meeting-id: matches', () => {
  it.each([
    [
      'zoom id + passcode',
      'Zoom ID 555 0123 4567, passcode 7741. See you.',
      'Zoom ID 555 0123 4567, passcode 7741',
      '55501234567',
      'zoom',
    ],
    ['zoom meeting id', 'Zoom meeting ID 555 012 3456', 'Zoom meeting ID 555 012 3456', '5550123456', 'zoom'],
    ['zoom colon', 'Zoom: 555 0123 4567 pw 1234', 'Zoom: 555 0123 4567 pw 1234', '55501234567', 'zoom'],
    ['label only', 'meeting id: 55501234567 pwd abc', 'meeting id: 55501234567 pwd abc', '55501234567', undefined],
    [
      'teams',
      'Meeting ID: 555 012 345 678 Passcode: aB3xYz',
      'Meeting ID: 555 012 345 678 Passcode: aB3xYz',
      '555012345678',
      undefined,
    ],
    [
      'webex number',
      'Webex meeting number: 2555 012 3456',
      'Webex meeting number: 2555 012 3456',
      '25550123456',
      'webex',
    ],
    ['webex access code', 'Webex access code 255 501 2345', 'Webex access code 255 501 2345', '2555012345', 'webex'],
    [
      'dial-in conference id',
      'Phone conference ID: 555 012 345#',
      'Phone conference ID: 555 012 345#',
      '555012345',
      undefined,
    ],
    [
      'spelled digits',
      'zoom id five five five zero one two three four five six seven',
      'zoom id five five five zero one two three four five six seven',
      '55501234567',
      'zoom',
    ],
  ])('%s', (_name, text, span, canonical, platform) => {
    expect(meetings(text)).toEqual([expect.objectContaining({ text: span, canonical, platform })]);
  });

  it.each([
    ['meet code', 'Google Meet code: abc-defg-hij, be there in 5', 'abc-defg-hij'],
    ['meet code short cue', 'meet code qwe-rtyu-iop', 'qwe-rtyu-iop'],
    ['gmeet', 'join my gmeet zxc-vbnm-asd at 5', 'zxc-vbnm-asd'],
    ['spaced dashes', 'google meet: abc - defg - hij', 'abc - defg - hij'],
  ])('Google Meet: %s', (_name, text, span) => {
    expect(meetings(text)).toEqual([
      expect.objectContaining({ text: span, platform: 'google-meet', evidence: ['meet-code'] }),
    ]);
  });

  it.each([
    [
      'leet platform, groups read out with commas',
      'hop on my z00m, ID five five five, zero one two three, four five six seven, pw 9931',
      'z00m, ID five five five, zero one two three, four five six seven, pw 9931',
      '55501234567',
      'zoom',
    ],
    ['leet teams', 'T3ams meeting ID: 555 012 345 678', 'T3ams meeting ID: 555 012 345 678', '555012345678', 'teams'],
    ['leet webex', 'w3bex access code 255 501 2345', 'w3bex access code 255 501 2345', '2555012345', 'webex'],
    ['comma groups', 'Zoom ID 555, 0123, 4567', 'Zoom ID 555, 0123, 4567', '55501234567', 'zoom'],
  ])('%s', (_name, text, span, canonical, platform) => {
    expect(meetings(text)).toEqual([expect.objectContaining({ text: span, canonical, platform })]);
  });

  it('does not take a count after the ID into it', () => {
    expect(meetings('Zoom ID 555 0123 4567, 2 people max').map((m) => m.text)).toEqual(['Zoom ID 555 0123 4567']);
  });

  it('is one meeting finding that hides the phone-like digits inside it', () => {
    const found = detect('Zoom ID 555 0123 4567, passcode 7741');
    expect(found.map((f) => f.category)).toEqual(['meeting']);
  });
});

describe('meeting-id: ignores', () => {
  it.each([
    'The Zoom SDK returns meeting IDs as 11-digit numbers, so store them as strings.',
    'I ran weekly Zoom workshops for 2 years.',
    'Teams of 12 people, 3 squads.',
    'call me on Teams or at 415 555 0132',
    'Zoom call? My number is +1 415 555 0132',
    'Order 123456789 via Teams store',
    'ticket abc-defg-hij is closed',
    'the slug is abc-defg-hij in the CMS',
    'meeting at 10am, budget 1500',
    'Map zoom level 12 at 40.7128, -74.0060',
    'Meeting ID is stored in the meetings table as bigint',
    'our team meets every Monday, see ABC-DEF-123',
    'zoom in 150% on the 1920x1080 mockup',
    'z00m ID is in the calendar invite',
    'our t3ams shipped 812 3456 7890 lines of code',
    'the z00m call had 555 participants, 0123 views, 4567 likes',
    'Zoom ID 555, 12 people, 3 topics, 45 minutes',
  ])('%s', (text) => {
    expect(meetings(text)).toEqual([]);
  });
});

describe('meeting-id: robustness', () => {
  it('never throws and keeps spans inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const mt = normalize(s, 'digits');
        for (const f of meetingIdDetector.find(mt.text, { defaultCountry: 'US' })) {
          if (!(f.start >= 0 && f.end > f.start && f.end <= mt.text.length)) return false;
        }
        return true;
      }),
    );
  });

  it('scans 100 KB of hostile input quickly', () => {
    for (const chunk of ['zoom meeting id 123 ', '1 2 3 4 5 6 7 8 9 ', 'meet abc-defg-hij ', 'Zoom Zoom Zoom ']) {
      const text = chunk.repeat(Math.ceil(100_000 / chunk.length));
      const t0 = performance.now();
      [...meetingIdDetector.find(text, { defaultCountry: 'US' })];
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });
});
