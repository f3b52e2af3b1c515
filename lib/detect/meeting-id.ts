import type { RawFinding } from './define';
import { defineDetector } from './define';
import { matchesOf } from './lexicon';

/*
 * Meeting IDs and codes given without a link ("Zoom ID 936 2214 0587, passcode 7741",
 * "Google Meet code: abc-defg-hij"). Links are the url detector's. A bare number or a
 * 3-4-3 letter string is nothing by itself: a platform or "meeting ID" label must name it.
 * Runs on the `digits` view so "Zoom ID nine three six…" reads as digits.
 */

// Zero for o, 3 for e, 4 for a in the names filters look for: "z00m", "t3ams", "web3x".
const PLATFORMS: ReadonlyArray<readonly [platform: string, pattern: string]> = [
  ['zoom', 'z[o0]{2}m'],
  ['teams', '(?:microsoft\\s{1,5}|ms\\s{1,5})?t[e3][a4]ms'],
  ['webex', '(?:cisco\\s{1,5})?w[e3]b[e3]x'],
  ['gotomeeting', 'goto\\s{0,5}meeting|goto\\s{1,5}connect'],
  ['bluejeans', 'blue\\s{0,5}jeans'],
  ['ringcentral', 'ringcentral(?:\\s{1,5}video)?'],
  ['zoho', 'zoho\\s{1,5}meeting'],
  ['skype', 'skype\\s{1,5}(?:meeting|meet\\s{1,5}now)'],
  ['chime', '(?:amazon\\s{1,5})?chime'],
  ['lark', 'lark\\s{1,5}(?:meeting|video)'],
  ['google-meet', 'google\\s{0,5}meet|g\\s{0,5}meet|hangouts?'],
];
const PLATFORM = `(${PLATFORMS.map(([, p]) => p).join('|')})`;

/** The label before the number. "code" and "PIN" are weak words, so only after a platform. */
const LABEL =
  '(?:(?:personal\\s{1,5})?(?:meeting|webinar|conference|room|event|session|call|reunión|reunião|réunion|besprechungs|konferenz)\\s{0,5})?(?:id|i\\.d\\.|number|no\\.?|num|#|code|access\\s{1,5}code|pin|pmi|n[uú]mero|nummer|kennung)s?';
/** Labels that say "meeting identifier" on their own. */
const STRONG_LABEL =
  '(?:(?:personal\\s{1,5})?(?:meeting|webinar)\\s{0,5}(?:id|i\\.d\\.|number|no\\.?|num|#|code)|(?:phone\\s{1,5})?conference\\s{1,5}id|pmi|id\\s{1,5}(?:de\\s{1,5})?(?:la\\s{1,5}|da\\s{1,5})?(?:reuni[oó]n|reuni[aã]o|r[ée]union)|meeting-id|besprechungs-?id|konferenz-?id)';

/**
 * 9 to 15 digits, single spaces, dots or hyphens between them (counted in code), or a comma
 * and a space before a group of three digits or more, as groups are read out ("eight one
 * two, three four five six, …").
 */
const NUMBER = '(?<![\\p{N}+])(\\p{N}(?:(?:, (?=\\p{N}(?:[ .-]?\\p{N}){2})|[ .-])?\\p{N}){8,14})(?![ .-]?\\p{N})#?';

/** A passcode after the number is part of the same finding. */
const PASSCODE =
  '(?:[,;.]?\\s{0,5}(?:and\\s{1,5}|\\(|/\\s{0,5})?(?:pass\\s?code|password|pwd|pw|pass|pin|access\\s{1,5}code|clave|senha|contraseña|code\\s{1,5}secret|kennwort)\\s{0,5}[:=#-]?\\s{0,5}[A-Za-z0-9][A-Za-z0-9!@#$%^&*._-]{1,18}[A-Za-z0-9])?';

/** Words in the gap that make the number something else: a phone, an order, a ticket. */
const GAP_BLOCK =
  /(?<![\p{L}])(?:call|phone|tel|mobile|cell|whatsapp|fax|sms|text|dial(?:-in)?|order|invoice|ticket|tracking|account|ref|reference|transaction|job|contract|sdk|api|returns?|as)(?![\p{L}])/iu;

/** What may stand between a platform and an unlabelled number: "Zoom meeting: 812…". */
const UNLABELLED_GAP =
  /^(?:[\s:,-]{1,3}(?:meeting|call|room|session|webinar|details|info|link|personal|reunión|reunião|réunion))?$/iu;

const PLATFORM_ID = new RegExp(
  `(?<![\\p{L}\\p{N}])${PLATFORM}(?![\\p{L}])((?:[\\s:,-]{1,5}[\\p{L}'’]{1,12}){0,4}?)[\\s:,-]{0,4}(${LABEL}\\s{0,5}[:#=-]?\\s{0,5})?${NUMBER}${PASSCODE}`,
  'giu',
);

const LABELLED_ID = new RegExp(`(?<![\\p{L}\\p{N}])${STRONG_LABEL}\\s{0,5}[:#=-]?\\s{0,5}${NUMBER}${PASSCODE}`, 'giu');

/** Google Meet codes are three lowercase letters, four, three: "abc-defg-hij". */
const MEET_CODE = /(?<![\p{L}\p{N}-])([a-z]{3})\s{0,5}-\s{0,5}([a-z]{4})\s{0,5}-\s{0,5}([a-z]{3})(?![\p{L}\p{N}-])/giu;
const MEET_CUE =
  /(?<![\p{L}])(?:google\s{0,5}meet|g\s{0,5}meet|meet\s{0,5}\.\s{0,5}google|hangouts?|meet(?:ing)?\s{1,5}code|join(?:ing)?\s{1,5}code|meet)(?![\p{L}])/iu;

const PLATFORM_EXACT = PLATFORMS.map(([id, p]) => [id, new RegExp(`^(?:${p})$`, 'iu')] as const);

function platformOf(s: string): string | undefined {
  const t = s.trim();
  for (const [id, re] of PLATFORM_EXACT) if (re.test(t)) return id;
  return undefined;
}

function digitCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '0' && ch <= '9') n++;
  return n;
}

const NUMERIC = /\p{N}/gu;

/** Whether the text holds at least n numeric characters (NUMBER needs nine). */
function hasNumerals(text: string, n: number): boolean {
  NUMERIC.lastIndex = 0;
  let seen = 0;
  while (seen < n && NUMERIC.exec(text) !== null) seen++;
  return seen >= n;
}

function* findAll(text: string): Generator<RawFinding> {
  // Each pass below needs something most texts lack; checked before the text is scanned.
  if (hasNumerals(text, 9)) yield* numbered(text);
  if (text.includes('-')) yield* meetCodes(text);
}

function* numbered(text: string): Generator<RawFinding> {
  for (const m of matchesOf(PLATFORM_ID, text)) {
    const gap = m[2] ?? '';
    if (GAP_BLOCK.test(gap)) continue;
    // Without a label ("Zoom 812 3456 7890") the number must follow the platform closely:
    // "Teams or at 415 555 0132" is a phone number next to a platform name.
    if (m[3] === undefined && !UNLABELLED_GAP.test(gap)) continue;
    const digits = m[4] ?? '';
    if (digitCount(digits) < 9 || digitCount(digits) > 15) continue;
    yield {
      start: m.index,
      end: m.index + m[0].length,
      confidence: 'high',
      platform: platformOf(m[1] ?? ''),
      canonical: digits.replace(/\D/gu, ''),
      evidence: ['platform-meeting-id'],
    };
  }
  for (const m of matchesOf(LABELLED_ID, text)) {
    const digits = m[1] ?? '';
    if (digitCount(digits) < 9 || digitCount(digits) > 15) continue;
    yield {
      start: m.index,
      end: m.index + m[0].length,
      confidence: 'high',
      canonical: digits.replace(/\D/gu, ''),
      evidence: ['labelled-meeting-id'],
    };
  }
}

function* meetCodes(text: string): Generator<RawFinding> {
  for (const m of matchesOf(MEET_CODE, text)) {
    const end = m.index + m[0].length;
    const ctx = text.slice(Math.max(0, m.index - 60), Math.min(text.length, end + 30));
    if (!MEET_CUE.test(ctx)) continue;
    yield {
      start: m.index,
      end,
      confidence: 'high',
      platform: 'google-meet',
      canonical: `${m[1]}-${m[2]}-${m[3]}`.toLowerCase(),
      evidence: ['meet-code'],
    };
  }
}

/** A word of PLATFORMS, STRONG_LABEL or MEET_CUE (substrings, so it can only pass more). */
const MEETING_GATE =
  /z[o0]{2}m|t[e3][a4]ms|w[e3]b[e3]x|goto|jeans|ringcentral|zoho|skype|chime|lark|meet|hangout|webinar|pmi|conference|besprechungs|konferenz|reuni|r[ée]union/iu;

/** Overlapping hits (a platform match and a label match of one ID) become one finding. */
function merge(hits: RawFinding[]): RawFinding[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawFinding[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      last.platform ??= h.platform;
      for (const e of h.evidence ?? []) if (!last.evidence?.includes(e)) last.evidence?.push(e);
    } else out.push({ ...h, evidence: [...(h.evidence ?? [])] });
  }
  return out;
}

export const meetingIdDetector = defineDetector({
  id: 'meeting-id',
  categories: ['meeting'],
  description:
    'Meeting IDs and codes without a link: "Zoom ID 936 2214 0587", "Meeting ID: …", "Google Meet code abc-defg-hij".',
  view: 'digits',
  // Every finding needs a platform name, a strong label or a Meet cue; each contains one of
  // these words, and the digits view only turns number words and look-alikes into digits.
  gate: (base) => MEETING_GATE.test(base),
  *find(text) {
    if (text.length === 0) return;
    yield* merge([...findAll(text)]);
  },
  examples: {
    match: [
      'Zoom ID 555 0123 4567, passcode 7741',
      'Meeting ID: 555 012 345 678',
      'Google Meet code: abc-defg-hij',
      'my z00m, ID five five five, zero one two three, four five six seven',
    ],
    ignore: [
      'The Zoom SDK returns meeting IDs as 11-digit numbers',
      'ticket abc-defg-hij is closed',
      'Teams of 12 people',
      'z00m ID is in the calendar invite',
    ],
  },
});
