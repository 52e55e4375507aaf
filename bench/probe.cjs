// Loaded with `node --require bench/probe.cjs <bundle>` in the benchmark's probe runs (never in the timed
// runs). At exit it writes what the step loaded to the file named by BENCH_PROBE_OUT: the JavaScript files
// (require.cache), Node's own internal modules that matter for start-up (undici behind fetch, https, tls) and
// the process's peak resident memory (process.resourceUsage().maxRSS, in KiB) and the pages it touched first
// (minor page faults), for when /usr/bin/time is missing.
const fs = require('node:fs');

const self = module.filename;

const out = process.env.BENCH_PROBE_OUT;
if (out) {
  process.on('exit', () => {
    const internals = (process.moduleLoadList || [])
      .filter((name) => name.startsWith('NativeModule '))
      .map((name) => name.slice('NativeModule '.length));
    const report = {
      files: Object.keys(require.cache).filter((file) => file !== self),
      undici: internals.some((name) => name.includes('undici')),
      https: internals.includes('https'),
      tls: internals.includes('tls'),
      internals: internals.length,
      maxRssKiB: process.resourceUsage().maxRSS,
      minorPageFaults: process.resourceUsage().minorPageFault,
    };
    fs.writeFileSync(out, JSON.stringify(report));
  });
}
