// The settings a report page goes by while it is shown, and who hears of a
// change: the behaviours that follow the language and the site's switch
// (behaviours/), then the sidebar, drawn again.
import type { Settings } from '../core/settings';
import type { Undo } from '../dom/undo';

export interface ReportSettings {
  current(): Settings;
  /** A change from outside the page (the popup, the options page, storage
   * read after the back-forward cache): every listener hears it, with the
   * settings before it, then `afterChange` runs. */
  update(next: Settings): void;
  /** The sidebar's own choice (its width, the table's columns), which it has
   * drawn already: kept, and nobody told. */
  record(next: Settings): void;
  onChange(listener: (next: Settings, previous: Settings) => void): Undo;
}

export function reportSettings(initial: Settings, afterChange: () => void): ReportSettings {
  let settings = initial;
  const listeners: ((next: Settings, previous: Settings) => void)[] = [];
  return {
    current: () => settings,
    update(next) {
      const previous = settings;
      settings = next;
      for (const listener of listeners.slice()) listener(next, previous);
      afterChange();
    },
    record(next) {
      settings = next;
    },
    onChange(listener) {
      listeners.push(listener);
      return () => {
        const at = listeners.indexOf(listener);
        if (at >= 0) listeners.splice(at, 1);
      };
    },
  };
}
