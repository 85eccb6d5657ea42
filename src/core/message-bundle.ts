// The UI's words as the background looked them up, sent to the page with the
// analysis: in a content script the first i18n lookup is a synchronous trip
// to the browser process that loads the whole bundle (~6 ms of the page's
// main thread in the profile of a 34k-character report), which the page
// need not make at all.

/** Stand-ins for the substitutions $1…$9, looked up with the message so that
 * the browser's own rules for placing them apply; private-use characters,
 * never in a message. */
export const SUBSTITUTION_SLOTS: readonly string[] = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe001 + i));

export interface MessageBundle {
  /** the language of the messages the browser chose (messagesLanguage) */
  language: string;
  /** key → message, substitutions as SUBSTITUTION_SLOTS */
  messages: Record<string, string>;
}

export type Translate = (key: string, substitutions?: string | string[]) => string;

/** A lookup over the bundle that answers as i18n.getMessage does: the
 * message with its substitutions in place, the key itself when unknown. */
export function translatorFor(bundle: MessageBundle): Translate {
  return (key, substitutions) => {
    const message = bundle.messages[key];
    if (message === undefined || message === '') return key;
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    let text = message;
    SUBSTITUTION_SLOTS.forEach((slot, index) => {
      if (text.includes(slot)) text = text.split(slot).join(values[index] ?? '');
    });
    return text;
  };
}

/** A messages.json file (src/public/_locales/<locale>/messages.json). */
export type LocaleMessages = Record<string, { message: string }>;

/** The bundle of a locale the extension reads itself, for a UI language the
 * reader chose over the browser's: each message as getMessage would give it
 * with the slots as substitutions ($1…$9 placed, $$ a dollar sign). A key
 * the locale lacks comes from `fallback`, as the browser falls back to the
 * default locale (en). */
export function bundleFromLocale(language: string, messages: LocaleMessages, fallback: LocaleMessages = {}): MessageBundle {
  const bundle: Record<string, string> = {};
  for (const source of [fallback, messages]) {
    for (const [key, entry] of Object.entries(source)) {
      if (typeof entry?.message !== 'string') continue;
      bundle[key] = entry.message.replace(/\$(\$|[1-9])/g, (_whole, mark: string) => (mark === '$' ? '$' : (SUBSTITUTION_SLOTS[Number(mark) - 1] ?? '')));
    }
  }
  return { language, messages: bundle };
}
