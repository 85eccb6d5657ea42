/** Bytes of a text in a legacy Chinese encoding, through the platform's
 * WHATWG decoder run backwards (TextEncoder writes only UTF-8): for tests
 * of pages and texts saved in GBK or Big5. A character the encoding lacks
 * becomes "?". */
export function legacyBytes(text: string, encoding: 'gbk' | 'big5'): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return new Uint8Array([...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : (table.get(char) ?? [0x3f]))));
}
