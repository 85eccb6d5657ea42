/** Firefox has failed a module load of a just-installed extension now and
 * then ("error loading dynamically imported module"); a second try a moment
 * later is what a reload would do. */
const RETRY_MS = 300;

/** `load()` (a stage's dynamic import), once more after a moment if it fails. */
export function loadStage<T>(load: () => Promise<T>): Promise<T> {
  return load().catch(() => new Promise((retry) => setTimeout(retry, RETRY_MS)).then(load));
}
