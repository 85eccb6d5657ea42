import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, redMeansUp, resolveLanguage } from '../../src/core/settings';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid choices and drops unknown or mistyped ones', () => {
    const stored = { language: 'zh', colourConvention: 'green-up', emphasis: 'headline', readingWidth: 'wide', fontSize: 'large' };
    expect(normalizeSettings(stored)).toMatchObject(stored);
    const damaged = normalizeSettings({ language: 'fr', colourConvention: 1, emphasis: null, readingWidth: 'WIDE', fontSize: {} });
    expect(damaged).toMatchObject({ language: 'auto', colourConvention: 'auto', emphasis: 'all', readingWidth: 'standard', fontSize: 'standard' });
  });

  it('keeps the table columns chosen, as unique names; anything else is every column (null)', () => {
    expect(normalizeSettings({ tableColumns: ['indicator', 'text', 'indicator', '', 7] }).tableColumns).toEqual(['indicator', 'text']);
    expect(normalizeSettings({ tableColumns: 'indicator' }).tableColumns).toBeNull();
    expect(normalizeSettings({}).tableColumns).toBeNull();
  });

  it('keeps the older settings beside the new ones', () => {
    expect(normalizeSettings({ keepReports: false, sidebarWidth: 5000, disabledSites: ['a.cn', 'a.cn', 3] })).toMatchObject({
      keepReports: false,
      sidebarWidth: 720,
      disabledSites: ['a.cn'],
      language: 'auto',
    });
  });
});

describe('resolveLanguage and redMeansUp', () => {
  it.each([
    ['auto', 'zh-CN', 'zh'],
    ['auto', 'zh-TW', 'zh'],
    ['auto', 'en-US', 'en'],
    ['auto', 'de', 'en'],
    ['en', 'zh-CN', 'en'],
    ['zh', 'en-GB', 'zh'],
  ] as const)('%s with a %s browser is %s', (setting, browserLanguage, language) => {
    expect(resolveLanguage(setting, browserLanguage)).toBe(language);
  });

  it('draws up red for a Chinese UI unless set otherwise', () => {
    expect(redMeansUp('auto', 'zh')).toBe(true);
    expect(redMeansUp('auto', 'en')).toBe(false);
    expect(redMeansUp('green-up', 'zh')).toBe(false);
    expect(redMeansUp('red-up', 'en')).toBe(true);
  });
});
