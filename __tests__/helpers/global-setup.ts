// One test CA for the whole run: every emulator the tests start signs its server certificate with it, and
// every test worker and child process trusts it through NODE_EXTRA_CA_CERTS and GIT_SSL_CAINFO.
// `npm run jest` (scripts/jest.mjs) sets these before jest starts, which also covers a single test file
// run inside jest's own process; this setup is the fallback for a bare `npx jest` (workers only).
import path from 'node:path';
import { ensureCertificateAuthority } from '../../emulator/tls';

export default async function globalSetup(): Promise<void> {
  if (process.env.ADO_EPHEMERAL_PAT_TEST_CA_DIR) return;
  const dir = path.join(__dirname, '..', '..', '.tmp', 'test-ca');
  const ca = await ensureCertificateAuthority(dir);
  process.env.ADO_EPHEMERAL_PAT_TEST_CA_DIR = dir;
  process.env.NODE_EXTRA_CA_CERTS = ca.caCertFile;
  process.env.GIT_SSL_CAINFO = ca.caCertFile;
}
