// npm run bench:compare -- <dist A> <dist B> [page keys] [runs]
// Two builds of the extension on the same bench pages, loads interleaved
// A, B, without, so that a noisy machine hurts all three alike: the way to
// tell whether a change moved a number by less than the run-to-run noise.
import { resolve } from 'node:path';
import { launchChromium } from '../e2e/harness/chromium';
import { benchPages, measureLoad, serveBenchPages, type LoadSample } from './browser';
import { addedMedian, median } from './median';

const [distA, distB, keys = 'seed,gd', runsArgument = '5'] = process.argv.slice(2);
if (!distA || !distB) throw new Error('usage: npm run bench:compare -- <dist A> <dist B> [page keys] [runs]');
const runs = Number(runsArgument);
const only = new Set(keys.split(','));
const { pages: allPages, routes } = benchPages();
const pages = allPages.filter((page) => only.has(page.key));
const server = await serveBenchPages(routes);
const sides = {
  A: await launchChromium({ extension: true, dist: resolve(distA) }),
  B: await launchChromium({ extension: true, dist: resolve(distB) }),
  without: await launchChromium({ extension: false }),
};
try {
  for (const page of pages) {
    const url = server.url(page.path);
    const samples: Record<keyof typeof sides, LoadSample[]> = { A: [], B: [], without: [] };
    // one load each first: the browser's own first-use costs are no side's
    for (const [name, session] of Object.entries(sides)) await measureLoad(session, url, page.report && name !== 'without');
    for (let run = 0; run < runs; run++) {
      for (const [name, session] of Object.entries(sides) as [keyof typeof sides, (typeof sides)['A']][]) {
        samples[name].push(await measureLoad(session, url, page.report && name !== 'without'));
      }
    }
    const added = (side: 'A' | 'B', field: 'script' | 'layout' | 'style') => addedMedian(samples[side], samples.without, (sample) => sample[field]);
    for (const side of ['A', 'B'] as const) {
      const firstScreen = samples[side].flatMap((sample) => (sample.toFirstScreen === undefined ? [] : [sample.toFirstScreen]));
      const longest = samples[side].map((sample) => sample.longestTaskToFirstScreen ?? sample.longestExtensionTask);
      console.log(`${page.key} ${side}: added script ${added(side, 'script').toFixed(2)} ms, layout ${added(side, 'layout').toFixed(1)} ms, style ${added(side, 'style').toFixed(1)} ms` +
        (page.report ? `; to the first screen ${median(firstScreen).toFixed(1)} ms (${firstScreen.length} loads); longest task to it ${median(longest).toFixed(1)} ms (worst ${Math.max(...longest).toFixed(1)}), after it too ${median(samples[side].map((sample) => sample.longestExtensionTask)).toFixed(1)} ms` : ''));
    }
  }
} finally {
  for (const session of Object.values(sides)) await session.close();
  await server.close();
}
