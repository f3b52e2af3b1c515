import type { CountryCode } from 'libphonenumber-js/max';

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
