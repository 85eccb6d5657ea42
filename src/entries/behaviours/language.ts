// The reader chose another language for the UI: the sidebar's words come
// from the background (a content script cannot read the package's locales);
// until they do, the old words stay.
import { translatorFor, type MessageBundle } from '../../core/message-bundle';
import { bundleLanguage, requestMessageBundle } from '../../ext/ui-words';
import type { Behaviour } from '../annotated-report';
import { LOG_PREFIX } from '../read-report';

export const followTheLanguage: Behaviour = ({ settings, sidebar, failsafe }) =>
  settings.onChange((next, previous) => {
    if (next.language === previous.language) return;
    requestMessageBundle(next.language).then(
      failsafe.guard((bundle: MessageBundle) => sidebar.setWords(translatorFor(bundle), bundleLanguage(bundle))),
      (error: unknown) => console.info(`${LOG_PREFIX} the words in the language chosen could not be had:`, error),
    );
  });
