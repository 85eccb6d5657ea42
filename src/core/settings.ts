/** What the user can switch, stored locally (browser.storage.local) and
 * nowhere else. */
export interface Settings {
  /** annotate report pages as soon as they are recognised */
  autoAnnotate: boolean;
  /** per site (hostname, lower case), when it is not 'auto': 'always' reads
   * its pages as reports at once, whatever the detector and the automatic
   * switch say; 'never' leaves it alone. Replaces the older disabledSites
   * list, whose sites are read as 'never'. */
  siteModes: Record<string, SiteMode>;
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

/** 'auto': the detector decides, and autoAnnotate whether at once */
export type SiteMode = 'auto' | 'always' | 'never';
export const SITE_MODES: readonly SiteMode[] = ['auto', 'always', 'never'];
const isSiteMode = (value: unknown): value is SiteMode => (SITE_MODES as readonly unknown[]).includes(value);

/** The two languages the extension speaks: its UI, its tables' words, the command line's help. */
export type UiLanguage = 'zh' | 'en';
export type LanguageSetting = 'auto' | UiLanguage;
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
  siteModes: {},
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
  const width = typeof value.sidebarWidth === 'number' && Number.isFinite(value.sidebarWidth)
    ? Math.min(SIDEBAR_WIDTH_LIMITS.max, Math.max(SIDEBAR_WIDTH_LIMITS.min, Math.round(value.sidebarWidth)))
    : DEFAULT_SETTINGS.sidebarWidth;
  return {
    autoAnnotate: typeof value.autoAnnotate === 'boolean' ? value.autoAnnotate : DEFAULT_SETTINGS.autoAnnotate,
    siteModes: siteModesOf(value),
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
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Whether up is drawn red: the setting, or the UI language's convention when it is 'auto'. */
export function redMeansUp(convention: ColourConvention, language: UiLanguage): boolean {
  return convention === 'auto' ? language === 'zh' : convention === 'red-up';
}

/** The stored per-site modes, and the sites of the older disabledSites
 * list (before siteModes) as 'never' where siteModes says nothing of them. */
function siteModesOf(value: Partial<Record<string, unknown>>): Record<string, SiteMode> {
  const modes: Record<string, SiteMode> = {};
  if (Array.isArray(value['disabledSites'])) {
    for (const site of value['disabledSites']) if (typeof site === 'string' && site.length > 0) modes[site.toLowerCase()] = 'never';
  }
  const stored = value['siteModes'];
  if (stored && typeof stored === 'object' && !Array.isArray(stored)) {
    for (const [site, mode] of Object.entries(stored as Record<string, unknown>)) {
      if (site.length === 0 || !isSiteMode(mode)) continue;
      if (mode === 'auto') delete modes[site.toLowerCase()];
      else modes[site.toLowerCase()] = mode;
    }
  }
  return modes;
}

/** The host name a reader typed or pasted (www.gov.cn, https://www.gov.cn/zhengce/…),
 * lower case; null when it is none. */
export function siteFromInput(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
  try {
    const { hostname } = new URL(text);
    return /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$|^\[[0-9a-f:.]+\]$/.test(hostname) ? hostname : null;
  } catch {
    return null;
  }
}

export function siteModeOf(settings: Settings, hostname: string): SiteMode {
  return settings.siteModes[hostname.toLowerCase()] ?? 'auto';
}

export function withSiteMode(settings: Settings, hostname: string, mode: SiteMode): Settings {
  const host = hostname.toLowerCase();
  const siteModes = { ...settings.siteModes };
  if (mode === 'auto') delete siteModes[host];
  else siteModes[host] = mode;
  return { ...settings, siteModes };
}

/** The sites with a mode of their own, in order of their names. */
export function sitesWithModes(settings: Settings): { site: string; mode: Exclude<SiteMode, 'auto'> }[] {
  return Object.entries(settings.siteModes)
    .filter((entry): entry is [string, Exclude<SiteMode, 'auto'>] => entry[1] !== 'auto')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([site, mode]) => ({ site, mode }));
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return siteModeOf(settings, hostname) !== 'never';
}

/** On: back to 'auto' from 'never' ('always' stays); off: 'never'. */
export function withSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  if (!enabled) return withSiteMode(settings, hostname, 'never');
  return siteModeOf(settings, hostname) === 'never' ? withSiteMode(settings, hostname, 'auto') : settings;
}

/** Whether a report page of this site is annotated as soon as it is read. */
export function annotatesAtOnce(settings: Settings, hostname: string): boolean {
  const mode = siteModeOf(settings, hostname);
  return mode === 'always' || (mode === 'auto' && settings.autoAnnotate);
}
