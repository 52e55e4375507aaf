/**
 * The emulator's certificate authority and its loopback server certificate. The CA lives in a directory
 * (`ca.pem` + `ca-key.pem`) that test runs and users reuse, so clients trust it once (NODE_EXTRA_CA_CERTS,
 * GIT_SSL_CAINFO, curl --cacert); the server certificate is made fresh at every start.
 */
import { createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createCertificate, publicKeyOf } from './x509';

export const CA_COMMON_NAME = 'ado-ephemeral-pat emulator CA';
const DAY_MS = 24 * 3600 * 1000;

export interface CertificateAuthority {
  caCertFile: string;
  caKeyFile: string;
}

export interface ServerCertificate {
  cert: string;
  key: string;
  ca: string;
}

function newKey(): KeyObject {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

async function waitFor(file: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await exists(file))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${file}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Creates `dir` and a CA in it if absent, else reuses it. Safe when several processes race: the key is
 * published with a hard link (which fails if another process won), and the loser waits for the winner's cert.
 */
export async function ensureCertificateAuthority(dir: string): Promise<CertificateAuthority> {
  const caCertFile = path.resolve(dir, 'ca.pem');
  const caKeyFile = path.resolve(dir, 'ca-key.pem');
  await fs.mkdir(path.dirname(caCertFile), { recursive: true });
  if (await exists(caCertFile)) return { caCertFile, caKeyFile };

  const key = newKey();
  const publicKey = publicKeyOf(key);
  const now = Date.now();
  const cert = createCertificate({
    subjectCommonName: CA_COMMON_NAME,
    issuerCommonName: CA_COMMON_NAME,
    publicKey,
    issuerKey: key,
    issuerPublicKey: publicKey,
    isCA: true,
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + 10 * 365 * DAY_MS),
  });
  const suffix = `${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const keyTmp = `${caKeyFile}.${suffix}`;
  const certTmp = `${caCertFile}.${suffix}`;
  await fs.writeFile(keyTmp, key.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  await fs.writeFile(certTmp, cert);
  try {
    await fs.link(keyTmp, caKeyFile);
    await fs.rename(certTmp, caCertFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    await waitFor(caCertFile, 10_000);
  } finally {
    await fs.rm(keyTmp, { force: true });
    await fs.rm(certTmp, { force: true });
  }
  return { caCertFile, caKeyFile };
}

/** Whom a server certificate names; the emulator's own covers this machine's loopback names. */
export interface CertificateNames {
  dnsNames: string[];
  ipAddresses: string[];
}
const LOOPBACK_NAMES: CertificateNames = { dnsNames: ['localhost'], ipAddresses: ['127.0.0.1', '::1'] };

/** A server certificate for `names` (by default 127.0.0.1, ::1 and localhost), signed by the CA in `ca`. */
export async function createServerCertificate(
  ca: CertificateAuthority,
  names: CertificateNames = LOOPBACK_NAMES,
): Promise<ServerCertificate> {
  const caCert = await fs.readFile(ca.caCertFile, 'utf8');
  const caKey = createPrivateKey(await fs.readFile(ca.caKeyFile, 'utf8'));
  const key = newKey();
  const now = Date.now();
  const cert = createCertificate({
    subjectCommonName: names.dnsNames[0] ?? names.ipAddresses[0] ?? 'localhost',
    issuerCommonName: CA_COMMON_NAME,
    publicKey: publicKeyOf(key),
    issuerKey: caKey,
    issuerPublicKey: publicKeyOf(caKey),
    isCA: false,
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + 365 * DAY_MS),
    ...names,
  });
  return { cert, key: String(key.export({ type: 'pkcs8', format: 'pem' })), ca: caCert };
}
