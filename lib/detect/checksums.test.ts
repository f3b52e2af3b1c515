import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base58CheckDecode,
  base58Decode,
  isBitcoinBase58Address,
  isBitcoinBech32Address,
  isSolanaAddressShape,
  isTronAddress,
  isValidIban,
  sha256,
} from './checksums';
import { walletAddress as address, base58CheckEncode, syntheticIban as iban } from './test-helpers';

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sha256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(hex(sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(utf8('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('handles inputs around the 55/56/64-byte padding boundaries', () => {
    // Known digests of 'a' repeated.
    expect(hex(sha256(utf8('a'.repeat(55))))).toBe('9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318');
    expect(hex(sha256(utf8('a'.repeat(56))))).toBe('b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a');
    expect(hex(sha256(utf8('a'.repeat(64))))).toBe('ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb');
  });
});

describe('base58', () => {
  it('decodes leading ones as zero bytes', () => {
    expect([...(base58Decode('11') ?? [])]).toEqual([0, 0]);
    expect([...(base58Decode('2') ?? [])]).toEqual([1]);
  });

  it('rejects characters outside the alphabet (0, O, I, l)', () => {
    for (const s of ['0abc', 'Oabc', 'Iabc', 'labc', '']) expect(base58Decode(s)).toBeUndefined();
  });

  it('round-trips Base58Check and rejects a changed character', () => {
    const a = address(0x00, 7);
    expect(base58CheckDecode(a)?.[0]).toBe(0);
    const changed = a.slice(0, -1) + (a.endsWith('2') ? '3' : '2');
    expect(base58CheckDecode(changed)).toBeUndefined();
  });
});

describe('bitcoin and tron addresses', () => {
  it('accepts P2PKH (1…) and P2SH (3…) with a valid checksum', () => {
    const p2pkh = address(0x00, 0x42);
    const p2sh = address(0x05, 0x42);
    expect(p2pkh.startsWith('1')).toBe(true);
    expect(p2sh.startsWith('3')).toBe(true);
    expect(isBitcoinBase58Address(p2pkh)).toBe(true);
    expect(isBitcoinBase58Address(p2sh)).toBe(true);
  });

  it('rejects a wrong version byte, a typo, and a non-base58 string', () => {
    expect(isBitcoinBase58Address(address(0x41, 0x42))).toBe(false);
    const a = address(0x00, 0x13);
    expect(isBitcoinBase58Address(a.slice(0, 10) + (a[10] === 'x' ? 'y' : 'x') + a.slice(11))).toBe(false);
    expect(isBitcoinBase58Address(`1${'a'.repeat(30)}`)).toBe(false);
  });

  it('accepts a TRON address (version 0x41) and rejects the bitcoin one', () => {
    const t = address(0x41, 0x21);
    expect(t.startsWith('T')).toBe(true);
    expect(t).toHaveLength(34);
    expect(isTronAddress(t)).toBe(true);
    expect(isTronAddress(address(0x00, 0x21))).toBe(false);
  });

  it('checks bech32 (v0) and bech32m (v1) with the BIP-173/350 vectors', () => {
    expect(isBitcoinBech32Address('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(true);
    expect(isBitcoinBech32Address('BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4')).toBe(true);
    expect(isBitcoinBech32Address('bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0')).toBe(true);
    // One character changed, mixed case, a v1 program with a bech32 (not bech32m) checksum.
    expect(isBitcoinBech32Address('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5')).toBe(false);
    expect(isBitcoinBech32Address('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7KV8f3t4')).toBe(false);
    expect(isBitcoinBech32Address('bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx')).toBe(
      false,
    );
    expect(isBitcoinBech32Address('tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx')).toBe(false);
  });

  it('recognises a 32-byte Solana key shape only', () => {
    const key = base58CheckEncode(new Uint8Array(28).fill(9)); // 32 bytes with the checksum
    expect(isSolanaAddressShape(key)).toBe(true);
    expect(isSolanaAddressShape(address(0x00, 1))).toBe(false); // 25 bytes
  });
});

describe('iban', () => {
  it('accepts the ISO 13616 example, with or without spaces', () => {
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(isValidIban('gb82 west 1234 5698 7654 32')).toBe(true);
  });

  it('accepts synthetic IBANs of several countries', () => {
    for (const [cc, bban] of [
      ['DE', '100200300123456789'],
      ['FR', '20041010050500013M02606'],
      ['NO', '86011117947'],
      ['AE', '0331234567890123456'],
      ['PK', 'SCBL0000001123456702'],
      ['BR', '00360305000010009795493C1'],
    ] as const) {
      const s = iban(cc, bban);
      expect(isValidIban(s), s).toBe(true);
    }
  });

  it('rejects a changed digit, a wrong length, an unknown country', () => {
    expect(isValidIban('GB82 WEST 1234 5698 7654 33')).toBe(false);
    expect(isValidIban(iban('GB', 'WEST123456987654321'))).toBe(false); // GB is 22 long
    expect(isValidIban(iban('ZZ', '12345678901234'))).toBe(false);
  });

  it('catches every single-digit substitution (mod-97 property)', () => {
    const good = iban('DE', '370400440532013000');
    fc.assert(
      fc.property(fc.integer({ min: 4, max: good.length - 1 }), fc.integer({ min: 1, max: 9 }), (i, d) => {
        const c = good.charCodeAt(i) - 48;
        const bad = good.slice(0, i) + String((c + d) % 10) + good.slice(i + 1);
        return !isValidIban(bad);
      }),
    );
  });
});
