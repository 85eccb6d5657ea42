// The one place the extension API object comes from.
//
// Not `import browser from 'webextension-polyfill'`: for that default import
// of a CommonJS module the bundler builds a namespace object and copies every
// own property of the module's export onto it, reading each property's
// descriptor. Where the browser has a native `browser` (Chromium 156 and
// Firefox do) the polyfill exports that very object, whose API properties are
// made on first touch, so the copy made every extension API a content script
// can see (storage alone ~20 ms in the profile of a report page) before a
// line of ours ran. require() hands over the export as it is.
import type { Browser } from 'webextension-polyfill';

declare const require: (id: string) => unknown;

export const browser = require('webextension-polyfill') as Browser;
