import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/cli/analyze-input';
import { guessEncoding, prescanMeta, sniffHtmlEncoding, sniffTextEncoding } from '../../../src/core/sniff-encoding';
import { legacyBytes } from '../../tools/legacy-encoding';
import { REPO_ROOT } from '../../fixtures/paths';

const ROOT = REPO_ROOT;
const ascii = (text: string) => new TextEncoder().encode(text);
const SENTENCE = '全市地区生产总值增长6.5%左右，一般公共预算收入完成221.46亿元，城镇新增就业2300人以上。各位代表，过去一年极不平凡。';

describe('prescanMeta: the WHATWG prescan of the first bytes', () => {
  it.each([
    ['<meta charset="gb2312">', 'gbk'],
    ['<meta charset=big5>', 'big5'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GBK">', 'gbk'],
    ["<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=gb18030'>", 'gb18030'],
    ['<meta content="text/html; charset=big5" http-equiv="Content-Type">', 'big5'],
    ['<meta charset="utf-16">', 'utf-8'],
    ['<meta charset="x-user-defined">', 'windows-1252'],
  ])('%s → %s', (markup, encoding) => {
    expect(prescanMeta(ascii(`<!DOCTYPE html><html><head>${markup}</head>`))).toBe(encoding);
  });
  it.each([
    ['content without http-equiv', '<meta content="text/html; charset=gbk">'],
    ['a charset inside a comment', '<!-- <meta charset="gbk"> -->'],
    ['a charset in another tag’s attribute', '<div data-x="<meta charset=gbk>">'],
    ['an unknown label', '<meta charset="klingon">'],
  ])('ignores %s', (_name, markup) => {
    expect(prescanMeta(ascii(`<html><head>${markup}</head>`))).toBeNull();
  });
  it('looks at the first 1,024 bytes; a later <meta> still inside <head> counts too, as browsers re-decode on meeting it', () => {
    const late = ascii(`<html><head><script>${'x'.repeat(2000)}</script><meta charset="gbk"></head><body>`);
    expect(prescanMeta(late)).toBeNull();
    expect(sniffHtmlEncoding(late)).toEqual({ encoding: 'gbk', source: 'meta', skip: 0 });
    const inBody = ascii(`<html><head></head><body>${'x'.repeat(2000)}<meta charset="gbk">`);
    expect(sniffHtmlEncoding(inBody).source).toBe('guess');
  });
});

describe('pages and texts that declare nothing are guessed as browsers guess', () => {
  it.each([
    ['UTF-8', (text: string) => new TextEncoder().encode(text), 'utf-8'],
    ['GBK', (text: string) => legacyBytes(text, 'gbk'), 'gb18030'],
    ['Big5', (text: string) => legacyBytes(text, 'big5'), 'big5'],
  ])('%s', (_name, encode, encoding) => {
    const traditional = encoding === 'big5' ? SENTENCE.replace('区', '區').replace('产', '產').replace('总', '總').replace('长', '長') : SENTENCE;
    const bytes = encode(`<html><head><title>报告</title></head><body><p>${traditional}</p></body></html>`);
    expect(guessEncoding(bytes)).toBe(encoding);
    expect(decode(bytes, 'html')).toContain(traditional.slice(0, 12));
  });
  it('a byte-order mark wins over everything', () => {
    expect(sniffTextEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', source: 'bom', skip: 2 });
    expect(sniffTextEncoding(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: 'utf-16be', source: 'bom', skip: 2 });
    expect(sniffHtmlEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('<meta charset="gbk">')]))).toEqual({ encoding: 'utf-8', source: 'bom', skip: 3 });
  });
  it('reads the corpus’s GB2312 portal page by its <meta>', () => {
    const bytes = readFileSync(resolve(ROOT, 'seeds/pages/portal-hn-yiyang-2025-budget/index.html'));
    expect(sniffHtmlEncoding(bytes)).toEqual({ encoding: 'gbk', source: 'meta', skip: 0 });
    expect(decode(bytes, 'html')).toContain('益阳');
  });
  it('a UTF-8 text cut in the middle of a character is still UTF-8', () => {
    const bytes = new TextEncoder().encode('政'.repeat(30000));
    expect(guessEncoding(bytes)).toBe('utf-8');
  });
});
