// The emulator's own CA and server certificate: valid X.509 v3, verifiable with Node and openssl, usable for TLS.
import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect } from 'node:tls';
import * as der from '../../emulator/asn1';
import { startEmulator } from '../../emulator/index';
import { createServerCertificate, ensureCertificateAuthority } from '../../emulator/tls';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'emu-ca-'));

test('DER building blocks encode lengths, integers and OIDs canonically', () => {
  expect(der.length(5)).toEqual(Buffer.from([5]));
  expect(der.length(300)).toEqual(Buffer.from([0x82, 0x01, 0x2c]));
  expect(der.integer(2)).toEqual(Buffer.from([0x02, 0x01, 0x02]));
  expect(der.integer(128)).toEqual(Buffer.from([0x02, 0x02, 0x00, 0x80]));
  expect(der.integer(Buffer.from([0, 0, 1]))).toEqual(Buffer.from([0x02, 0x01, 0x01]));
  expect(der.objectIdentifier('1.2.840.113549')).toEqual(
    Buffer.from([0x06, 0x06, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d]),
  );
  expect(der.time(new Date('2030-01-02T03:04:05Z'))).toEqual(
    Buffer.concat([Buffer.from([0x17, 13]), Buffer.from('300102030405Z')]),
  );
  expect(der.time(new Date('2051-01-02T03:04:05Z'))[0]).toBe(0x18);
});

test('creates a CA once and reuses it; concurrent callers agree', async () => {
  const dir = path.join(tmp(), 'nested', 'ca');
  const results = await Promise.all([1, 2, 3, 4].map(() => ensureCertificateAuthority(dir)));
  const pem = readFileSync(results[0]!.caCertFile, 'utf8');
  expect(new Set(results.map((r) => r.caCertFile)).size).toBe(1);
  const again = await ensureCertificateAuthority(dir);
  expect(readFileSync(again.caCertFile, 'utf8')).toBe(pem);
  expect(statSync(again.caKeyFile).mode & 0o077).toBe(0);
  const ca = new X509Certificate(pem);
  expect(ca.ca).toBe(true);
  expect(ca.verify(ca.publicKey)).toBe(true);
  // The key on disk matches the certificate.
  const server = await createServerCertificate(again);
  expect(new X509Certificate(server.cert).verify(ca.publicKey)).toBe(true);
});

test('the server certificate covers 127.0.0.1, ::1 and localhost, and openssl accepts the chain strictly', async () => {
  const ca = await ensureCertificateAuthority(tmp());
  const server = await createServerCertificate(ca);
  const cert = new X509Certificate(server.cert);
  expect(cert.ca).toBe(false);
  expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
  expect(cert.checkIP('::1')).toBe('::1');
  expect(cert.checkHost('localhost')).toBe('localhost');
  expect(cert.checkIssued(new X509Certificate(server.ca))).toBe(true);
  const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
  if (hasOpenssl) {
    const file = path.join(tmp(), 'server.pem');
    writeFileSync(file, server.cert);
    const out = execFileSync('openssl', [
      'verify',
      '-x509_strict',
      '-CAfile',
      ca.caCertFile,
      file,
    ]).toString();
    expect(out).toContain(': OK');
    const text = execFileSync('openssl', ['x509', '-in', ca.caCertFile, '-noout', '-text']).toString();
    expect(text).toMatch(/CA:TRUE/);
    expect(text).toMatch(/Certificate Sign/);
  }
});

test('a real TLS handshake with the emulator verifies against the CA', async () => {
  const caDir = tmp();
  const emu = await startEmulator({ caDir });
  try {
    const authorized = await new Promise<boolean>((resolve, reject) => {
      const socket = connect(
        { host: '127.0.0.1', port: Number(new URL(emu.url).port), ca: readFileSync(emu.caCertFile) },
        () => {
          resolve(socket.authorized);
          socket.end();
        },
      );
      socket.on('error', reject);
    });
    expect(authorized).toBe(true);
    expect(emu.caCertFile).toBe(path.join(caDir, 'ca.pem'));
    // A client that does not trust the CA is refused.
    await expect(
      new Promise((resolve, reject) => {
        const socket = connect({ host: '127.0.0.1', port: Number(new URL(emu.url).port), ca: [] }, () =>
          resolve(socket.authorized),
        );
        socket.on('error', reject);
      }),
    ).rejects.toThrow();
  } finally {
    await emu.close();
  }
});
