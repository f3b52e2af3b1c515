/**
 * Test-only builders of synthetic payment identifiers (never real accounts): a Base58Check
 * encoder for wallet-shaped addresses and an IBAN builder that computes the check digits.
 */
import { ibanMod97, sha256 } from './checksums';

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function base58CheckEncode(payload: Uint8Array): string {
  const bytes = [...payload, ...sha256(sha256(payload)).subarray(0, 4)];
  const digits: number[] = [];
  for (const byte of bytes) {
    let carry = byte;
    for (let i = 0; i < digits.length; i++) {
      carry += (digits[i] as number) << 8;
      digits[i] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  let out = '';
  for (const b of bytes) {
    if (b !== 0) break;
    out += '1';
  }
  for (let i = digits.length - 1; i >= 0; i--) out += B58[digits[i] as number];
  return out;
}

/** A 21-byte version + payload address, every payload byte `fill`. */
export function walletAddress(version: number, fill: number): string {
  const payload = new Uint8Array(21).fill(fill);
  payload[0] = version;
  return base58CheckEncode(payload);
}

/** An IBAN for a country and BBAN, with correct check digits. */
export function syntheticIban(country: string, bban: string): string {
  return `${country}${String(98 - ibanMod97(`${country}00${bban}`)).padStart(2, '0')}${bban}`;
}
