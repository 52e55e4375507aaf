/**
 * Server certificates from the test CA that `node scripts/jest.mjs` makes this process trust (through
 * NODE_EXTRA_CA_CERTS), for tests that speak TLS to servers of their own.
 */
import {
  createServerCertificate,
  ensureCertificateAuthority,
  type CertificateAuthority,
} from '../../emulator/tls';

export interface KeyPair {
  cert: string;
  key: string;
}

function testCaDir(): string {
  const dir = process.env.ADO_EPHEMERAL_PAT_TEST_CA_DIR;
  if (!dir || !process.env.NODE_EXTRA_CA_CERTS) {
    throw new Error(
      'Run this test with `node scripts/jest.mjs`: it trusts the test CA via NODE_EXTRA_CA_CERTS.',
    );
  }
  return dir;
}

function testCa(): Promise<CertificateAuthority> {
  return ensureCertificateAuthority(testCaDir());
}

/** A certificate for exactly these names (by default, the emulator's: localhost and 127.0.0.1). */
export async function issueTestCertificate(names?: {
  dnsNames: string[];
  ipAddresses?: string[];
}): Promise<KeyPair> {
  const { cert, key } = await createServerCertificate(
    await testCa(),
    names && { dnsNames: names.dnsNames, ipAddresses: names.ipAddresses ?? [] },
  );
  return { cert, key };
}
