// How a browser decides the encoding of a page it was given as bytes with no
// HTTP header (a saved file): a byte-order mark, else a <meta> found by the
// WHATWG prescan, else a guess from the bytes. Pure: bytes in, a WHATWG
// encoding name out, for TextDecoder.

export type EncodingSource = 'bom' | 'meta' | 'guess';

export interface SniffedEncoding {
  /** a WHATWG encoding name: utf-8, utf-16le, utf-16be, gbk, gb18030, big5, … */
  encoding: string;
  source: EncodingSource;
  /** bytes of a byte-order mark to skip before decoding */
  skip: number;
}

/** The encoding a byte-order mark names, if the bytes start with one. */
export function bomEncoding(bytes: Uint8Array): SniffedEncoding | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', source: 'bom', skip: 3 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', source: 'bom', skip: 2 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', source: 'bom', skip: 2 };
  return null;
}

/** The WHATWG name for a label, or null for a label no browser knows. */
export function encodingForLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

const SPACE = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const isSpace = (byte: number | undefined) => byte !== undefined && SPACE.has(byte);
const isAlpha = (byte: number | undefined) => byte !== undefined && ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a);
const lower = (byte: number) => (byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte);

function startsWith(bytes: Uint8Array, at: number, ascii: string, caseless = true): boolean {
  for (let i = 0; i < ascii.length; i++) {
    const byte = bytes[at + i];
    if (byte === undefined || (caseless ? lower(byte) : byte) !== ascii.charCodeAt(i)) return false;
  }
  return true;
}

interface Attribute {
  name: string;
  value: string;
  next: number;
}

const latin = (codes: number[]) => String.fromCharCode(...codes);

/** "Get an attribute" of the prescan: the next name="value" from `at`, or
 * null at the end of the tag. */
function readAttribute(bytes: Uint8Array, at: number, end: number): Attribute | null {
  let i = at;
  while (i < end && (isSpace(bytes[i]) || bytes[i] === 0x2f)) i++;
  if (i >= end || bytes[i] === 0x3e) return null;
  const name: number[] = [];
  const value: number[] = [];
  for (; i < end; i++) {
    const byte = bytes[i] as number;
    if (byte === 0x3d && name.length > 0) break;
    if (isSpace(byte)) {
      while (i < end && isSpace(bytes[i])) i++;
      if (bytes[i] !== 0x3d) return { name: latin(name), value: '', next: i };
      break;
    }
    if (byte === 0x2f || byte === 0x3e) return { name: latin(name), value: '', next: i };
    name.push(lower(byte));
  }
  i++; // past "="
  while (i < end && isSpace(bytes[i])) i++;
  const quote = bytes[i];
  if (quote === 0x22 || quote === 0x27) {
    for (i++; i < end && bytes[i] !== quote; i++) value.push(lower(bytes[i] as number));
    return { name: latin(name), value: latin(value), next: i + 1 };
  }
  for (; i < end && !isSpace(bytes[i]) && bytes[i] !== 0x3e; i++) value.push(lower(bytes[i] as number));
  return { name: latin(name), value: latin(value), next: i };
}

/** The charset named in a Content-Type value such as "text/html; charset=gbk". */
export function charsetFromContentType(content: string): string | null {
  const match = /charset\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s;"']+))/i.exec(content);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? null;
}

/** One <meta>: its charset, from `charset` or from http-equiv + content. */
function metaCharset(bytes: Uint8Array, at: number, end: number): { encoding: string | null; next: number } {
  const seen = new Set<string>();
  let pragma = false;
  let charset: string | null = null;
  let fromContent = false;
  let i = at;
  for (let attr = readAttribute(bytes, i, end); attr; attr = readAttribute(bytes, i, end)) {
    i = attr.next;
    if (seen.has(attr.name)) continue;
    seen.add(attr.name);
    if (attr.name === 'http-equiv' && attr.value === 'content-type') pragma = true;
    else if (attr.name === 'content' && charset === null) {
      charset = charsetFromContentType(attr.value);
      fromContent = charset !== null;
    } else if (attr.name === 'charset') {
      charset = attr.value;
      fromContent = false;
    }
  }
  if (charset === null || (fromContent && !pragma)) return { encoding: null, next: i };
  // x-user-defined is for XHR, not pages (and TextDecoder may not know it)
  let encoding = charset.trim() === 'x-user-defined' ? 'windows-1252' : encodingForLabel(charset);
  // A page that reached us as bytes cannot be UTF-16 by its own say-so.
  if (encoding === 'utf-16le' || encoding === 'utf-16be') encoding = 'utf-8';
  return { encoding, next: i };
}

function skipTo(bytes: Uint8Array, from: number, end: number, ascii: string): number {
  for (let i = from; i < end; i++) if (startsWith(bytes, i, ascii, false)) return i + ascii.length;
  return end;
}

/** The WHATWG prescan over bytes [0, limit): the first <meta> that names a
 * known encoding, skipping comments and the attributes of other tags. */
export function prescanMeta(bytes: Uint8Array, limit = 1024): string | null {
  const end = Math.min(bytes.length, limit);
  let i = 0;
  while (i < end) {
    if (startsWith(bytes, i, '<!--')) {
      i = skipTo(bytes, i + 2, end, '-->');
    } else if (startsWith(bytes, i, '<meta') && (isSpace(bytes[i + 5]) || bytes[i + 5] === 0x2f)) {
      const found = metaCharset(bytes, i + 6, end);
      if (found.encoding) return found.encoding;
      i = found.next;
    } else if (bytes[i] === 0x3c && (isAlpha(bytes[i + 1]) || (bytes[i + 1] === 0x2f && isAlpha(bytes[i + 2])))) {
      i += bytes[i + 1] === 0x2f ? 2 : 1;
      while (i < end && !isSpace(bytes[i]) && bytes[i] !== 0x3e) i++;
      for (let attr = readAttribute(bytes, i, end); attr; attr = readAttribute(bytes, i, end)) i = attr.next;
    } else if (bytes[i] === 0x3c && (bytes[i + 1] === 0x21 || bytes[i + 1] === 0x2f || bytes[i + 1] === 0x3f)) {
      i = skipTo(bytes, i + 2, end, '>');
    } else {
      i++;
    }
  }
  return null;
}

/** Characters that fill any Chinese report, in simplified and in
 * traditional script: bytes decoded in the right legacy encoding hit them
 * often, in the wrong one almost never. */
const COMMON_HANS = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候亲快效院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严亿元';
const COMMON_HANT = '的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處隊南給色光門即保治北造百規熱領七海口東導器壓志世金增爭濟階油思術極交受聯什認六共權收證改清己美再採轉更單風切打白教速花帶安場身車例真務具萬每目至達走積示議聲報鬥完類八離華名確才科張信馬節話米整空元況今集溫傳土許步群廣石記需段研界拉林律叫且究觀越織裝影算低持音眾書布複容兒須際商非驗連斷深難近礦千周委素技備半辦青省列習響約支般史感勞便團往歷市克何除消構府稱太準精值號率族維劃選標寫存候親快效院查江型眼王按格養易置派層片始卻專狀育廠京識適屬圓包火住調滿縣局照參紅細引聽該鐵價嚴億';
const COMMON = new Set([...COMMON_HANS, ...COMMON_HANT]);

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Common characters found, less the bytes the encoding could not read. */
function fitScore(bytes: Uint8Array, encoding: string): number {
  const text = new TextDecoder(encoding).decode(bytes);
  let score = 0;
  for (const char of text) {
    if (char === '\uFFFD') score -= 4;
    else if (COMMON.has(char)) score++;
  }
  return score;
}

/** The guess a browser makes for bytes that declare nothing: UTF-8 when
 * they are valid UTF-8, else the Chinese legacy encoding they read best in
 * (GB18030, the superset of GBK and GB2312, or Big5), judged on the first
 * 64 KB. */
export function guessEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 65536);
  // A sample cut inside a character is still UTF-8 up to the cut.
  const whole = sample.length === bytes.length ? sample : sample.subarray(0, trimPartialUtf8(sample));
  if (isValidUtf8(whole)) return 'utf-8';
  return fitScore(sample, 'big5') > fitScore(sample, 'gb18030') ? 'big5' : 'gb18030';
}

/** Length of `bytes` without a UTF-8 sequence cut off at its end. */
function trimPartialUtf8(bytes: Uint8Array): number {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back] as number;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0) end -= back;
    break;
  }
  return end;
}

/** How a browser reads a page given as bytes with no HTTP header. The
 * prescan looks at the first 1,024 bytes as the standard says; a <meta>
 * later in <head> is honoured too, as browsers re-decode when their parser
 * meets one. */
export function sniffHtmlEncoding(bytes: Uint8Array): SniffedEncoding {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  const head = headLength(bytes);
  const meta = prescanMeta(bytes) ?? (head > 1024 ? prescanMeta(bytes, head) : null);
  if (meta) return { encoding: meta, source: 'meta', skip: 0 };
  return { encoding: guessEncoding(bytes), source: 'guess', skip: 0 };
}

/** Bytes before the page's <body (at most 64 KB). */
function headLength(bytes: Uint8Array): number {
  const end = Math.min(bytes.length, 65536);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x3c && startsWith(bytes, i + 1, 'body') && (isSpace(bytes[i + 5]) || bytes[i + 5] === 0x3e)) return i;
  }
  return end;
}

/** A plain text: a byte-order mark (Notepad's "Unicode" is UTF-16 LE with
 * one), else UTF-8 when valid, else the best Chinese legacy encoding. */
export function sniffTextEncoding(bytes: Uint8Array): SniffedEncoding {
  return bomEncoding(bytes) ?? { encoding: guessEncoding(bytes), source: 'guess', skip: 0 };
}

export function decodeWith(bytes: Uint8Array, sniffed: SniffedEncoding): string {
  return new TextDecoder(sniffed.encoding, { ignoreBOM: true }).decode(bytes.subarray(sniffed.skip));
}
