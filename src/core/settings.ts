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
}

export const DEFAULT_SETTINGS: Settings = {
  autoAnnotate: true,
  disabledSites: [],
  sidebarWidth: 380,
  keepReports: true,
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
  };
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return !settings.disabledSites.includes(hostname.toLowerCase());
}

export function withSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = hostname.toLowerCase();
  const others = settings.disabledSites.filter((site) => site !== host);
  return { ...settings, disabledSites: enabled ? others : [...others, host] };
}
