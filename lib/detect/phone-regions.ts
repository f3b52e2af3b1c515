import { type CountryCode, Metadata } from 'libphonenumber-js/max';

/**
 * Regions whose national formats are tried when a number does not validate in the user's
 * own region: the marketplace's big talent and client countries. A freelancer in Lagos
 * writing to a client in Ohio still types "0803 441 2290", so every user needs them.
 * Order matters only for which region a number is reported under when several accept it.
 */
export const PHONE_REGIONS: readonly CountryCode[] = [
  'IN',
  'PK',
  'PH',
  'BD',
  'NG',
  'KE',
  'EG',
  'UA',
  'BR',
  'US',
  'GB',
  'VN',
  'ID',
  'AU',
  'CA',
  'AE',
  'ZA',
  'GH',
  'IR',
  'TR',
  'LK',
  'NP',
  'MA',
  'AR',
  'MX',
  'CO',
  'RU',
  'PL',
  'RO',
  'FR',
  'ES',
  'IT',
  'NL',
  // Last: German numbers have variable length, so almost any run starting with 0 "validates"
  // there; trying it after the others keeps more specific regions in the evidence.
  'DE',
] as const;

/**
 * Regions whose mobile numbers are conventionally written WITHOUT a trunk prefix and
 * without a country code ("98112 47036", "(11) 98734-2210"). A run that starts with
 * neither 0 nor + is only tried here (plus the user's own region), and only as a mobile.
 */
export const NO_TRUNK_MOBILE_REGIONS: readonly CountryCode[] = ['IN', 'BR'] as const;

/*
 * A cheap necessary condition of "these national digits parse to a valid number with this
 * default region", so the region loop skips regions without paying for a parse (tens of
 * microseconds each inside the library). A valid number's national significant number
 * matches the general pattern of its country (the region, or another country sharing its
 * calling code) and, where the country lists number types, the pattern of one of them
 * (fixed line, mobile, toll free...); it is the digits themselves or what is left once the region's national
 * prefix (its "national prefix for parsing" pattern, as the library reads it) is stripped.
 * The library also reads digits that start with the region's calling code as the calling
 * code and a national number. Regions that rewrite the prefix (a transform rule) or digits
 * that start with the region's international prefix are always parsed.
 */
/** A country's general pattern, and its type patterns (null: the country lists no types). */
interface CountryPatterns {
  general: RegExp;
  types: readonly RegExp[] | null;
}

interface RegionCheck {
  always: boolean;
  idd: RegExp;
  prefix: RegExp | null;
  callingCode: string;
  patterns: readonly CountryPatterns[];
}

// The types the library tries when it decides a number is valid, fixed line first.
const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

const checks = new Map<string, RegionCheck>();

// The numbering-plan readers the library's own parser uses; its typings name only a few.
// Should a later version lack one, every region is parsed as before (slower, same result).
interface PlanReader {
  callingCode(): string;
  hasTypes(): boolean;
  type(name: string): { pattern(): string | undefined } | undefined;
  nationalNumberPattern(): string;
  nationalPrefixTransformRule(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  IDDPrefix(): string;
}
interface MetadataReader {
  selectNumberingPlan(country: string): void;
  numberingPlan?: PlanReader;
  getCountryCodesForCallingCode(code: string): string[] | undefined;
}

const PARSE_ALWAYS: RegionCheck = { always: true, idd: /$^/u, prefix: null, callingCode: '', patterns: [] };

function readCheck(region: CountryCode): RegionCheck {
  const m = new Metadata() as unknown as MetadataReader;
  m.selectNumberingPlan(region);
  const plan = m.numberingPlan;
  if (!plan || plan.nationalPrefixTransformRule()) return PARSE_ALWAYS;
  const idd = new RegExp(`^(?:${plan.IDDPrefix()})`);
  const forParsing = plan.nationalPrefixForParsing();
  const prefix = forParsing ? new RegExp(`^(?:${forParsing})`) : null;
  const patterns: CountryPatterns[] = [];
  for (const country of m.getCountryCodesForCallingCode(plan.callingCode()) ?? [region]) {
    m.selectNumberingPlan(country);
    const other = m.numberingPlan;
    const pattern = other?.nationalNumberPattern();
    if (!other || !pattern) return PARSE_ALWAYS;
    let types: RegExp[] | null = null;
    if (other.hasTypes()) {
      types = [];
      for (const t of NUMBER_TYPES) {
        const p = other.type(t)?.pattern();
        if (p) types.push(new RegExp(`^(?:${p})$`));
      }
    }
    patterns.push({ general: new RegExp(`^(?:${pattern})$`), types });
  }
  return patterns.length ? { always: false, idd, prefix, callingCode: plan.callingCode(), patterns } : PARSE_ALWAYS;
}

function regionCheck(region: CountryCode): RegionCheck {
  let check = checks.get(region);
  if (!check) {
    try {
      check = readCheck(region);
    } catch {
      check = PARSE_ALWAYS;
    }
    checks.set(region, check);
  }
  return check;
}

/** Whether the pre-check is in force for a region (false: every number is parsed). */
export function checksBeforeParsing(region: CountryCode): boolean {
  return !regionCheck(region).always;
}

/** False only where parsing `digits` with default `region` cannot give a valid number. */
export function mayBeValidIn(digits: string, region: CountryCode): boolean {
  const check = regionCheck(region);
  if (check.always || check.idd.test(digits)) return true;
  if (nationalMatches(check, digits)) return true;
  const cc = check.callingCode;
  return cc !== '' && digits.startsWith(cc) && nationalMatches(check, digits.slice(cc.length));
}

function nationalMatches(check: RegionCheck, digits: string): boolean {
  const stripped = check.prefix?.exec(digits)?.[0].length ?? 0;
  for (const country of check.patterns) {
    if (fits(country, digits) || (stripped > 0 && fits(country, digits.slice(stripped)))) return true;
  }
  return false;
}

function fits(country: CountryPatterns, nsn: string): boolean {
  if (!country.general.test(nsn)) return false;
  return country.types === null || country.types.some((t) => t.test(nsn));
}
