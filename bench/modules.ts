/**
 * The heavy third-party modules inside a bundle, read from the `// node_modules/<package>/<file>` markers
 * esbuild writes before each module when whitespace is not minified: bytes per package, biggest first.
 */
const MARKER = /^\/\/ (?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//;
const OWN = /^\/\/ (src|emulator)\//;
/** Smaller packages are listed only in the total. */
const HEAVY_BYTES = 10_000;

export function moduleSizes(text: string): Map<string, number> {
  const sizes = new Map<string, number>();
  let current: string | undefined;
  for (const line of text.split('\n')) {
    const marker = MARKER.exec(line);
    if (marker) current = marker[1];
    else if (OWN.test(line)) current = '(own code)';
    if (current) sizes.set(current, (sizes.get(current) ?? 0) + line.length + 1);
  }
  return sizes;
}

export function heavyModules(text: string): string {
  const sizes = moduleSizes(text);
  if (sizes.size === 0) return 'unknown (no module markers)';
  const heavy = [...sizes.entries()]
    .filter(([name, bytes]) => name !== '(own code)' && bytes >= HEAVY_BYTES)
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => `${name} ${(bytes / 1000).toFixed(0)} KB`);
  return heavy.length > 0 ? heavy.join(', ') : 'none';
}
