// npm run bench:quick -- <page key,...> [runs]
// The browser bench on a few of its pages only, for trying a change: the same
// loads and trace reading as `npm run bench`, printed per page, nothing
// written. The budget table still comes from the full run.
import { runBrowserBench, type LoadSample } from './browser';
import { addedMedian, median } from './median';

const [keys = 'seed', runs = '3'] = process.argv.slice(2);
const only = new Set(keys.split(','));
const result = await runBrowserBench(Number(runs), (line) => process.stderr.write(`${line}\n`), only);
type Measure = Exclude<keyof LoadSample, 'backgroundEngine' | 'toFirstScreen' | 'longestTaskToFirstScreen'>;
const pick = (samples: LoadSample[], field: Measure) => median(samples.map((sample) => sample[field]));
for (const { page, withExt, without } of result.pages.values()) {
  const added = (field: Measure) => addedMedian(withExt, without, (sample) => sample[field]);
  console.log(`${page.key}: added script ${added('script').toFixed(2)} ms, layout ${added('layout').toFixed(1)} ms, style ${added('style').toFixed(1)} ms; ` +
    `longest task after the extension's first script ${pick(withExt, 'longestExtensionTask').toFixed(1)} ms (worst ${Math.max(...withExt.map((s) => s.longestExtensionTask)).toFixed(1)}), ` +
    `page's own longest ${pick(without, 'longestTask').toFixed(1)} ms; heap +${(added('heap') / 1048576).toFixed(2)} MB; ` +
    `extension modules compiled and evaluated ${pick(withExt, 'extensionModules').toFixed(1)} ms`);
  const background = withExt.flatMap((sample) => (sample.backgroundEngine === undefined ? [] : [sample.backgroundEngine]));
  if (page.report) console.log(`  engine in the background ${background.length ? `${median(background).toFixed(1)} ms` : 'not measured: the page ran it'} (${background.length}/${withExt.length} loads)`);
  const readability = result.readability.get(page.key);
  if (readability) console.log(`  Readability parse() ${median(readability).toFixed(2)} ms`);
  const peer = result.markJs.get(page.key);
  if (peer) console.log(`  mark.js wrapping the same figures ${median(peer).toFixed(2)} ms`);
  const firstScreen = withExt.flatMap((sample) => (sample.toFirstScreen === undefined ? [] : [sample.toFirstScreen]));
  if (firstScreen.length) console.log(`  to the first screen ${median(firstScreen).toFixed(1)} ms; longest task to it ${pick(withExt, 'longestExtensionTask').toFixed(1)} ms over the whole load, ${median(withExt.map((sample) => sample.longestTaskToFirstScreen ?? 0)).toFixed(1)} ms to the first screen`);
}
