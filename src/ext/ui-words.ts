// The UI's words in the language the reader chose (Settings.language). The
// browser's i18n API only ever gives the browser's own language; for the
// other one the extension reads that locale's messages.json itself, from its
// own package, and looks words up in it as the browser would
// (core/message-bundle.ts). Content scripts cannot read the package's files:
// they get the bundle from the background, with the analysis or on request.
import { browser } from './browser';
import { bundleFromLocale, translatorFor, type LocaleMessages, type MessageBundle, type Translate } from '../core/message-bundle';
import { type LanguageSetting, resolveLanguage, type UiLanguage } from '../core/settings';
import { message, readMessageBundle, uiLanguage } from './messages';

const LOCALE_FOLDERS: Record<UiLanguage, string> = { en: 'en', zh: 'zh_CN' };
/** the default locale of manifest.json, where the browser takes a missing key from */
const DEFAULT_FOLDER = 'en';

async function readLocale(folder: string): Promise<LocaleMessages> {
  const response = await fetch(browser.runtime.getURL(`_locales/${folder}/messages.json`));
  if (!response.ok) throw new Error(`_locales/${folder}/messages.json: ${response.status}`);
  return (await response.json()) as LocaleMessages;
}

const localeBundles = new Map<UiLanguage, Promise<MessageBundle>>();
let browserBundlePending: Promise<MessageBundle> | undefined;

/** The browser's own words (i18n.getMessage, in the locale the browser
 * chose) for every key of the default locale, whose keys are read from the
 * package once rather than bundled into the background as a module (19 KB of
 * dist/). Started when the background starts, so that it is there before a
 * page asks; a failed read is tried again next time. */
export function browserMessageBundle(): Promise<MessageBundle> {
  if (!browserBundlePending) {
    const pending = readLocale(DEFAULT_FOLDER).then((messages) => readMessageBundle(Object.keys(messages)));
    browserBundlePending = pending;
    pending.catch(() => {
      if (browserBundlePending === pending) browserBundlePending = undefined;
    });
  }
  return browserBundlePending;
}

/** A locale's bundle as the extension reads it, once per language (a failed
 * read is tried again next time). */
export function localeBundle(language: UiLanguage): Promise<MessageBundle> {
  let pending = localeBundles.get(language);
  if (!pending) {
    const folder = LOCALE_FOLDERS[language];
    pending = Promise.all([readLocale(folder), folder === DEFAULT_FOLDER ? Promise.resolve({}) : readLocale(DEFAULT_FOLDER)]).then(
      ([messages, fallback]) => bundleFromLocale(folder, messages, fallback),
    );
    localeBundles.set(language, pending);
    pending.catch(() => localeBundles.delete(language));
  }
  return pending;
}

/** The bundle for a language setting: the browser's own (`browserBundle`)
 * when the setting comes to its language, else the other locale's. */
export async function bundleForSetting(setting: LanguageSetting, browserBundle: MessageBundle): Promise<MessageBundle> {
  const own = resolveLanguage('auto', browserBundle.language);
  const wanted = resolveLanguage(setting, browserBundle.language);
  if (wanted === own) return browserBundle;
  try {
    return await localeBundle(wanted);
  } catch {
    // a package without the file cannot happen in a build; words in the browser's language beat none
    return browserBundle;
  }
}

export interface PageWords {
  t: Translate;
  language: UiLanguage;
}

/** For an extension page (popup, options, ledger): its words and language. */
export async function pageWords(setting: LanguageSetting): Promise<PageWords> {
  const browserLanguage = uiLanguage();
  const own = resolveLanguage('auto', browserLanguage);
  const wanted = resolveLanguage(setting, browserLanguage);
  if (wanted === own) return { t: message, language: own };
  try {
    return { t: translatorFor(await localeBundle(wanted)), language: wanted };
  } catch {
    return { t: message, language: own };
  }
}

/** The language a bundle's words are in. */
export function bundleLanguage(bundle: MessageBundle): UiLanguage {
  return resolveLanguage('auto', bundle.language);
}

interface BundleRequest {
  type: 'report-lens:message-bundle';
  language: LanguageSetting;
}

/** In a content script: the words for a language the reader just chose. */
export async function requestMessageBundle(language: LanguageSetting): Promise<MessageBundle> {
  const request: BundleRequest = { type: 'report-lens:message-bundle', language };
  const answer = (await browser.runtime.sendMessage(request)) as MessageBundle | undefined;
  if (!answer?.messages || typeof answer.language !== 'string') throw new Error('the background sent no words');
  return answer;
}

/** In the background: answers a content script's request for words. */
export function onMessageBundleRequest(bundleFor: (setting: LanguageSetting) => Promise<MessageBundle>): void {
  browser.runtime.onMessage.addListener((request: unknown) => {
    const asked = request as Partial<BundleRequest> | null;
    if (asked?.type !== 'report-lens:message-bundle') return undefined;
    const setting = asked.language === 'zh' || asked.language === 'en' ? asked.language : 'auto';
    return bundleFor(setting);
  });
}
