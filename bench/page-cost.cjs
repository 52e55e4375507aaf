// What one page of memory costs a process the first time it touches it (a minor page fault), on this machine.
// Start-up time is largely memory touched: a virtual machine whose host backs guest memory lazily pays far more
// per page than bare metal, and the benchmark converts each step's extra pages into milliseconds with this figure.
// Prints the microseconds per page, from a buffer of fresh pages written once each.
// 8 MiB, written every 4 KiB: every page whatever the page size; the time is divided by the faults counted.
const BYTES = 8 * 1024 * 1024;
const STRIDE = 4096;

const before = process.resourceUsage().minorPageFault;
const started = process.hrtime.bigint();
const buffer = Buffer.allocUnsafeSlow(BYTES);
for (let offset = 0; offset < buffer.length; offset += STRIDE) buffer[offset] = 1;
const micros = Number(process.hrtime.bigint() - started) / 1000;
const faults = process.resourceUsage().minorPageFault - before;
if (faults === 0) throw new Error('no page faults: the buffer was not fresh memory');
process.stdout.write(JSON.stringify({ microsPerPage: micros / faults, faults }));
