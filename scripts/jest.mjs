// Runs jest with the test CA trusted from the very first instruction: Node reads NODE_EXTRA_CA_CERTS only at
// start-up, so it must be set before jest starts (a single test file runs inside jest's own process).
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outfile = path.join(root, '.tmp', 'run', 'tls.cjs');
await build({
  absWorkingDir: root,
  entryPoints: ['emulator/tls.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile,
  logLevel: 'warning',
});
const { ensureCertificateAuthority } = createRequire(import.meta.url)(outfile);
const dir = path.join(root, '.tmp', 'test-ca');
const { caCertFile } = await ensureCertificateAuthority(dir);

const env = {
  ...process.env,
  ADO_EPHEMERAL_PAT_TEST_CA_DIR: dir,
  NODE_EXTRA_CA_CERTS: caCertFile,
  GIT_SSL_CAINFO: caCertFile,
};
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const child = spawn(process.execPath, [jest, ...process.argv.slice(2)], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
