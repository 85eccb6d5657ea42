// The word tables (clause-words.ts) are long and read for every clause several
// times over: each is indexed once, on first use, by its words' last (or
// first) character, longest first, and the index kept as long as the table.

import { PLACE_WORDS } from './clause-words';

const withPlaces = new WeakMap<readonly string[], readonly string[]>();
/** The place words with the report's own places, one array per report (so that its index is built once). */
export function placeWords(places: readonly string[]): readonly string[] {
  if (places.length === 0) return PLACE_WORDS;
  let words = withPlaces.get(places);
  if (!words) {
    words = [...PLACE_WORDS, ...places];
    withPlaces.set(places, words);
  }
  return words;
}

type WordIndex = ReadonlyMap<string, readonly string[]>;
const endingIndexes = new WeakMap<readonly string[], WordIndex>();
const openingIndexes = new WeakMap<readonly string[], WordIndex>();

function wordIndex(words: readonly string[], cache: WeakMap<readonly string[], WordIndex>, key: (word: string) => string): WordIndex {
  let index = cache.get(words);
  if (!index) {
    const built = new Map<string, string[]>();
    for (const word of words) {
      if (word === '') continue;
      const bucket = built.get(key(word)) ?? [];
      bucket.push(word);
      built.set(key(word), bucket);
    }
    for (const bucket of built.values()) bucket.sort((a, b) => b.length - a.length);
    index = built;
    cache.set(words, index);
  }
  return index;
}

/** The longest of `words` that `rest` ends with. */
export function longestEnding(rest: string, words: readonly string[]): string | undefined {
  const bucket = wordIndex(words, endingIndexes, (w) => w.charAt(w.length - 1)).get(rest.charAt(rest.length - 1));
  return bucket?.find((w) => rest.endsWith(w));
}

/** The longest of `words` that `rest` opens with. */
export function longestOpening(rest: string, words: readonly string[]): string | undefined {
  const bucket = wordIndex(words, openingIndexes, (w) => w.charAt(0)).get(rest.charAt(0));
  return bucket?.find((w) => rest.startsWith(w));
}
