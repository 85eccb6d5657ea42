/** What the user can switch, stored locally (browser.storage.local) and
 * nowhere else. */
export interface Settings {
  /** annotate report pages as soon as they are recognised */
  autoAnnotate: boolean;
  /** hostnames where Report Lens stays off */
  disabledSites: string[];
  /** sidebar width in CSS pixels, as the user last resized it */
  sidebarWidth: number;
  /** keep each report read in the library (IndexedDB, this browser only),
   * for the ledger of targets beside outcomes */
  keepReports: boolean;
  /** the language of the sidebar, card, popup, options, ledger and of copied
   * and downloaded tables; 'auto' follows the browser's */
  language: LanguageSetting;
  /** which colour means up: 红涨绿跌 (red-up) as Chinese readers know it, or
   * the reverse; 'auto' is red-up when the UI is Chinese */
  colourConvention: ColourConvention;
  /** which figures are highlighted in the page */
  emphasis: EmphasisSetting;
  /** the reading view's line length and type size */
  readingWidth: ReadingWidth;
  fontSize: FontSize;
  /** the columns (export keys) the sidebar's copies and downloads carry, as
   * the reader chose them; null: every column */
  tableColumns: string[] | null;
}

export type LanguageSetting = 'auto' | 'zh' | 'en';
export type ColourConvention = 'auto' | 'red-up' | 'green-up';
/** all figures (key ones strong, plain counts quiet), key figures only, headline targets only */
export type EmphasisSetting = 'all' | 'key' | 'headline';
export type ReadingWidth = 'narrow' | 'standard' | 'wide';
export type FontSize = 'small' | 'standard' | 'large';

const CHOICES = {
  language: ['auto', 'zh', 'en'],
  colourConvention: ['auto', 'red-up', 'green-up'],
  emphasis: ['all', 'key', 'headline'],
  readingWidth: ['narrow', 'standard', 'wide'],
  fontSize: ['small', 'standard', 'large'],
} as const satisfies Partial<Record<keyof Settings, readonly string[]>>;

export const DEFAULT_SETTINGS: Settings = {
  autoAnnotate: true,
  disabledSites: [],
  sidebarWidth: 380,
  keepReports: true,
  language: 'auto',
  colourConvention: 'auto',
  emphasis: 'all',
  readingWidth: 'standard',
  fontSize: 'standard',
  tableColumns: null,
};

export const SIDEBAR_WIDTH_LIMITS = { min: 280, max: 720 } as const;

/** Stored data may come from an older version or be damaged: keep what is
 * valid, fall back to the defaults for the rest. */
export function normalizeSettings(stored: unknown): Settings {
  const value = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  const sites = Array.isArray(value.disabledSites)
    ? value.disabledSites.filter((site): site is string => typeof site === 'string' && site.length > 0)
    : DEFAULT_SETTINGS.disabledSites;
  const width = typeof value.sidebarWidth === 'number' && Number.isFinite(value.sidebarWidth)
    ? Math.min(SIDEBAR_WIDTH_LIMITS.max, Math.max(SIDEBAR_WIDTH_LIMITS.min, Math.round(value.sidebarWidth)))
    : DEFAULT_SETTINGS.sidebarWidth;
  return {
    autoAnnotate: typeof value.autoAnnotate === 'boolean' ? value.autoAnnotate : DEFAULT_SETTINGS.autoAnnotate,
    disabledSites: [...new Set(sites)],
    sidebarWidth: width,
    keepReports: typeof value.keepReports === 'boolean' ? value.keepReports : DEFAULT_SETTINGS.keepReports,
    language: choice(value.language, 'language'),
    colourConvention: choice(value.colourConvention, 'colourConvention'),
    emphasis: choice(value.emphasis, 'emphasis'),
    readingWidth: choice(value.readingWidth, 'readingWidth'),
    fontSize: choice(value.fontSize, 'fontSize'),
    tableColumns: Array.isArray(value.tableColumns)
      ? [...new Set(value.tableColumns.filter((column): column is string => typeof column === 'string' && column.length > 0))]
      : DEFAULT_SETTINGS.tableColumns,
  };
}

function choice<K extends keyof typeof CHOICES>(stored: unknown, key: K): Settings[K] {
  const allowed: readonly string[] = CHOICES[key];
  return (typeof stored === 'string' && allowed.includes(stored) ? stored : DEFAULT_SETTINGS[key]) as Settings[K];
}

/** The UI's language: the setting, or the browser's when it is 'auto'. */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): 'zh' | 'en' {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Whether up is drawn red: the setting, or the UI language's convention when it is 'auto'. */
export function redMeansUp(convention: ColourConvention, language: 'zh' | 'en'): boolean {
  return convention === 'auto' ? language === 'zh' : convention === 'red-up';
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return !settings.disabledSites.includes(hostname.toLowerCase());
}

export function withSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = hostname.toLowerCase();
  const others = settings.disabledSites.filter((site) => site !== host);
  return { ...settings, disabledSites: enabled ? others : [...others, host] };
}
