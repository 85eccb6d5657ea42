import { HIDDEN_ATTRIBUTE } from './reader-css';
import { combineUndos, once, setAttribute, type Undo } from '../undo';

/** An image the browser gave up on: loading is over and it has no picture
 * (a 404, a blocked host, a lazy-load placeholder without a source). An
 * image still loading is not broken yet. */
export function isBrokenImage(image: HTMLImageElement): boolean {
  return image.complete === true && image.naturalWidth === 0 && image.naturalHeight === 0;
}

/**
 * Hides the report's broken images (HIDDEN_ATTRIBUTE), which would show the
 * browser's broken-image icon and their alt text in the middle of the
 * report; an image that fails later, while the view is shown, is hidden when
 * it does. The undo shows them again and stops listening.
 */
export function hideBrokenImages(roots: readonly Element[]): Undo {
  const undos: Undo[] = [];
  const hide = (image: HTMLImageElement) => {
    if (!image.hasAttribute(HIDDEN_ATTRIBUTE)) undos.push(setAttribute(image, HIDDEN_ATTRIBUTE, ''));
  };
  const listeners: Undo[] = [];
  for (const root of roots) {
    let waiting = false;
    for (const image of root.querySelectorAll('img')) {
      if (isBrokenImage(image as HTMLImageElement)) hide(image as HTMLImageElement);
      else if (!(image as HTMLImageElement).complete) waiting = true;
    }
    if (!waiting) continue;
    // error does not bubble; a capturing listener on the root hears it
    const failed = (event: Event) => {
      const target = event.target as Element | null;
      if (target?.localName === 'img' && isBrokenImage(target as HTMLImageElement)) hide(target as HTMLImageElement);
    };
    root.addEventListener('error', failed, true);
    listeners.push(once(() => root.removeEventListener('error', failed, true)));
  }
  return once(() => {
    combineUndos(listeners)();
    combineUndos(undos)();
  });
}
