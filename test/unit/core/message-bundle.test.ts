import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleFromLocale, SUBSTITUTION_SLOTS, translatorFor, type LocaleMessages, type MessageBundle } from '../../../src/core/message-bundle';
import { repoPath } from '../../fixtures/paths';

// What the background builds: each message looked up with the slots as its
// substitutions, here done the way i18n.getMessage places $1…$9.
function bundleFrom(file: string): MessageBundle {
  const json = JSON.parse(readFileSync(repoPath('src/public/_locales', file), 'utf8')) as Record<string, { message: string }>;
  const messages: Record<string, string> = {};
  for (const [key, { message }] of Object.entries(json)) messages[key] = message.replace(/\$([1-9])/g, (_, n: string) => SUBSTITUTION_SLOTS[Number(n) - 1] ?? '');
  return { language: file.startsWith('zh') ? 'zh_CN' : 'en', messages };
}

describe('translatorFor', () => {
  const en = translatorFor(bundleFrom('en/messages.json'));
  const zh = translatorFor(bundleFrom('zh_CN/messages.json'));
  it('gives a plain label as written, in each language', () => {
    expect(en('sidebarLabel')).not.toBe('sidebarLabel');
    expect(zh('sidebarLabel')).toMatch(/[\u4e00-\u9fff]/);
    expect(en('sidebarLabel')).not.toBe(zh('sidebarLabel'));
  });
  it('puts one substitution, given alone or in a list, where $1 stands', () => {
    const withNumber = en('countActual', '12');
    expect(withNumber).toBe(en('countActual', ['12']));
    expect(withNumber).toContain('12');
    expect(withNumber).not.toMatch(/[\ue001-\ue009]/);
    expect(zh('countActual', '12')).toContain('12');
  });
  it('leaves no slot behind when a substitution is missing', () => {
    expect(en('countActual')).not.toMatch(/[\ue001-\ue009]/);
  });
  it('places several substitutions in order and keeps $ in the values as written', () => {
    const t = translatorFor({ language: 'en', messages: { pair: `${SUBSTITUTION_SLOTS[1]} after ${SUBSTITUTION_SLOTS[0]}` } });
    expect(t('pair', ['first $1', 'second $$'])).toBe('second $$ after first $1');
  });
  it('answers an unknown key with the key, as getMessage does through message()', () => {
    expect(en('noSuchMessage')).toBe('noSuchMessage');
  });
});

describe('bundleFromLocale: a locale the extension reads itself', () => {
  const read = (file: string) => JSON.parse(readFileSync(repoPath('src/public/_locales', file), 'utf8')) as LocaleMessages;
  const english = read('en/messages.json');
  const chinese = read('zh_CN/messages.json');

  it('answers as the bundle the browser builds for that locale', () => {
    const ours = translatorFor(bundleFromLocale('zh_CN', chinese, english));
    const browsers = translatorFor(bundleFrom('zh_CN/messages.json'));
    for (const key of Object.keys(chinese)) {
      expect(ours(key, ['12', '3', '4']), key).toBe(browsers(key, ['12', '3', '4']));
    }
    expect(bundleFromLocale('zh_CN', chinese, english).language).toBe('zh_CN');
  });

  it('takes a key the locale lacks from the fallback, as the browser takes it from the default locale', () => {
    const t = translatorFor(bundleFromLocale('zh_CN', { tabOutline: { message: '目录' } }, { tabOutline: { message: 'Outline' }, close: { message: 'Close' } }));
    expect(t('tabOutline')).toBe('目录');
    expect(t('close')).toBe('Close');
  });

  it('reads $$ as a dollar sign and places $1 and $2 where they stand', () => {
    const t = translatorFor(bundleFromLocale('en', { price: { message: '$$$1 for $2' } }));
    expect(t('price', ['5', 'two'])).toBe('$5 for two');
  });
});
