/**
 * Text ↔ base64url (RFC 4648 §5, no padding) of its UTF-8 bytes, for the user's CSV data in a
 * link. Chosen over percent-encoding because its alphabet (A–Z a–z 0–9 - _) is left alone by
 * every URL encoder, so a link stays free of '%' and a doubly encoded link can be recognised
 * and repaired without ever mangling the data (see linkText.ts). Hand-written rather than
 * btoa/atob: those need binary strings and are lenient about whitespace in different ways.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Value of each character code in ALPHABET, -1 for everything else. */
const VALUE_OF = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** Encodes well-formed text (lone surrogates become U+FFFD, as TextEncoder does). */
export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i];
    const b1 = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const b2 = i + 2 < bytes.length ? bytes[i + 2] : 0;
    const triple = (b0 << 16) | (b1 << 8) | b2;
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    let quad = '';
    for (let c = 0; c < chars; c++) quad += ALPHABET[(triple >> (18 - 6 * c)) & 63];
    parts.push(quad);
  }
  return parts.join('');
}

/**
 * Decodes base64url back to text, or returns null if `code` is not base64url (a character
 * outside the alphabet, an impossible length) or its bytes are not valid UTF-8.
 */
export function decodeBase64Url(code: string): string | null {
  // One leftover character carries only 6 bits: never a whole byte, so never valid.
  if (code.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((code.length * 6) / 8));
  let bits = 0;
  let bitCount = 0;
  let out = 0;
  for (let i = 0; i < code.length; i++) {
    const charCode = code.charCodeAt(i);
    const value = charCode < 128 ? VALUE_OF[charCode] : -1;
    if (value < 0) return null;
    bits = ((bits << 6) | value) & 0xffffff;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[out++] = (bits >> bitCount) & 0xff;
    }
  }
  try {
    // ignoreBOM keeps a leading U+FEFF: it was part of the text that was encoded.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
