import { describe, expect, it } from 'vitest';
import {
  annotatesAtOnce,
  DEFAULT_SETTINGS,
  isSiteEnabled,
  normalizeSettings,
  redMeansUp,
  resolveLanguage,
  siteFromInput,
  siteModeOf,
  sitesWithModes,
  withSiteEnabled,
  withSiteMode,
} from '../../../src/core/settings';

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

  it('keeps the older settings beside the new ones; the sites switched off before per-site modes are "never"', () => {
    const migrated = normalizeSettings({ keepReports: false, sidebarWidth: 5000, disabledSites: ['a.cn', 'A.cn', 3, ''] });
    expect(migrated).toMatchObject({ keepReports: false, sidebarWidth: 720, siteModes: { 'a.cn': 'never' }, language: 'auto' });
    expect(migrated).not.toHaveProperty('disabledSites');
    // a mode stored since wins over the older list, and damaged entries are dropped
    expect(normalizeSettings({ disabledSites: ['a.cn', 'b.cn'], siteModes: { 'a.cn': 'always', 'b.cn': 'auto', 'c.cn': 'sometimes', '': 'never' } }).siteModes).toEqual({
      'a.cn': 'always',
    });
    expect(normalizeSettings({ siteModes: ['a.cn'] }).siteModes).toEqual({});
  });
});

describe('per-site modes', () => {
  it('reads, sets and lists them; "auto" is no entry at all', () => {
    let settings = withSiteMode(DEFAULT_SETTINGS, 'WWW.Gov.CN', 'always');
    expect(settings.siteModes).toEqual({ 'www.gov.cn': 'always' });
    expect(siteModeOf(settings, 'www.gov.cn')).toBe('always');
    settings = withSiteMode(settings, 'bbs.example.com', 'never');
    expect(sitesWithModes(settings)).toEqual([{ site: 'bbs.example.com', mode: 'never' }, { site: 'www.gov.cn', mode: 'always' }]);
    expect(isSiteEnabled(settings, 'bbs.example.com')).toBe(false);
    expect(withSiteMode(settings, 'www.gov.cn', 'auto').siteModes).toEqual({ 'bbs.example.com': 'never' });
    expect(siteModeOf(DEFAULT_SETTINGS, 'www.gov.cn')).toBe('auto');
  });

  it('the site switch: off is "never", on again is "auto", and leaves "always" as it is', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'a.cn', false);
    expect(off.siteModes).toEqual({ 'a.cn': 'never' });
    expect(withSiteEnabled(off, 'a.cn', true).siteModes).toEqual({});
    const always = withSiteMode(DEFAULT_SETTINGS, 'a.cn', 'always');
    expect(withSiteEnabled(always, 'a.cn', true)).toBe(always);
  });

  it('annotates at once: always on an "always" site, never on a "never" one, else as the automatic switch says', () => {
    const manual = { ...DEFAULT_SETTINGS, autoAnnotate: false };
    expect(annotatesAtOnce(manual, 'a.cn')).toBe(false);
    expect(annotatesAtOnce(withSiteMode(manual, 'a.cn', 'always'), 'a.cn')).toBe(true);
    expect(annotatesAtOnce(DEFAULT_SETTINGS, 'a.cn')).toBe(true);
    expect(annotatesAtOnce(withSiteMode(DEFAULT_SETTINGS, 'a.cn', 'never'), 'a.cn')).toBe(false);
  });

  it.each([
    ['www.gov.cn', 'www.gov.cn'],
    ['  HTTPS://www.Gov.cn/zhengce/2025-03/12/content.htm  ', 'www.gov.cn'],
    ['tjj.jiangxi.gov.cn:8080/art', 'tjj.jiangxi.gov.cn'],
    ['127.0.0.1', '127.0.0.1'],
    ['', null],
    ['not a site', null],
    ['http://', null],
  ])('takes the site of %j as %j', (input, site) => {
    expect(siteFromInput(input)).toBe(site);
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
