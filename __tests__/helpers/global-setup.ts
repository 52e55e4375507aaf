// One test CA for the whole run: every emulator the tests start signs its server certificate with it, and
// every test worker and child process trusts it through NODE_EXTRA_CA_CERTS (read by Node at start-up) and
// GIT_SSL_CAINFO (read by git).
import path from 'node:path';
import { ensureCertificateAuthority } from '../../emulator/tls';

export default async function globalSetup(): Promise<void> {
  const dir = path.join(__dirname, '..', '..', '.tmp', 'test-ca');
  const ca = await ensureCertificateAuthority(dir);
  process.env.ADO_EPHEMERAL_PAT_TEST_CA_DIR = dir;
  process.env.NODE_EXTRA_CA_CERTS = ca.caCertFile;
  process.env.GIT_SSL_CAINFO = ca.caCertFile;
}
