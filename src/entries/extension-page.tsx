// What the extension's own pages (popup, options, ledger) share: their words
// in the language the reader chose, set before the first render and
// followed when the setting changes, and the prompt for a site set to
// "always".
import { render, type VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LanguageSetting, Settings, SiteMode } from '../core/settings';
import { requestSiteAccess } from '../ext/manual-reading';
import { loadSettings } from '../ext/settings';
import { pageWords, type PageWords } from '../ext/ui-words';

/** The page's language and title in `words`. */
function showWords(words: PageWords, titleKey: string): void {
  document.documentElement.lang = words.language === 'zh' ? 'zh-CN' : 'en';
  document.title = words.t(titleKey);
}

/** Renders `page` into the page's <body> (the three pages are a title and a
 * script, no markup of their own) with the stored settings and the words in the
 * language they choose, read before the first render: a page that changed
 * language under the pointer would be worse than one a few ms later. */
export function startExtensionPage(titleKey: string, page: (words: PageWords, stored: Settings) => VNode): void {
  void loadSettings().then(async (stored) => {
    const words = await pageWords(stored.language);
    showWords(words, titleKey);
    render(page(words, stored), document.body);
  });
}

/** The page's words, following the language setting: a language chosen on
 * this page or elsewhere is the page's at once. */
export function usePageWords(initial: PageWords, language: LanguageSetting, titleKey: string): PageWords {
  const [words, setWords] = useState(initial);
  useEffect(() => {
    let current = true;
    void pageWords(language).then((next) => {
      if (!current || next.language === words.language) return;
      setWords(next);
      showWords(next, titleKey);
    });
    return () => {
      current = false;
    };
  }, [language]);
  return words;
}

/** A site set to "always" needs the browser's leave to read its pages: asked
 * within the reader's choice, since the browser shows its prompt only then.
 * `denied` runs when the reader says no. */
export function askForSiteAccess(site: string, mode: SiteMode, denied: () => void): void {
  if (mode === 'always') void requestSiteAccess(site).then((granted) => !granted && denied());
}
