/**
 * X.509 v3 certificates for the emulator's own CA and its loopback server certificate, ECDSA P-256 with
 * SHA-256, built with the DER encoder in asn1.ts and signed with Node's crypto.
 */
import { createHash, createPublicKey, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isIPv4 } from 'node:net';
import * as der from './asn1';

const OID = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  subjectAltName: '2.5.29.17',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
};

export interface CertificateRequest {
  subjectCommonName: string;
  /** The subject's public key. */
  publicKey: KeyObject;
  /** The signer: the CA's key (or the subject's own key for a self-signed CA). */
  issuerKey: KeyObject;
  issuerCommonName: string;
  /** The issuer's public key, for the authorityKeyIdentifier. */
  issuerPublicKey: KeyObject;
  isCA: boolean;
  notBefore: Date;
  notAfter: Date;
  dnsNames?: string[];
  ipAddresses?: string[];
}

function name(commonName: string): Buffer {
  return der.sequence(
    der.set(
      der.sequence(der.objectIdentifier(OID.organization), der.utf8String('ado-ephemeral-pat emulator')),
    ),
    der.set(der.sequence(der.objectIdentifier(OID.commonName), der.utf8String(commonName))),
  );
}

function keyIdentifier(publicKey: KeyObject): Buffer {
  return createHash('sha1')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest();
}

function extension(oid: string, critical: boolean, value: Buffer): Buffer {
  return der.sequence(
    der.objectIdentifier(oid),
    ...(critical ? [der.boolean(true)] : []),
    der.octetString(value),
  );
}

function ipBytes(ip: string): Buffer {
  if (isIPv4(ip)) return Buffer.from(ip.split('.').map(Number));
  // IPv6: expand '::' then write eight 16-bit groups.
  const [head = '', tail = ''] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = ip.includes('::') && tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t] : h;
  return Buffer.concat(groups.map((g) => Buffer.from(g.padStart(4, '0'), 'hex')));
}

/** keyUsage bits: digitalSignature = bit 0, keyCertSign = bit 5, cRLSign = bit 6. */
function keyUsage(isCA: boolean): Buffer {
  return isCA ? Buffer.from([0x03, 0x02, 0x01, 0x86]) : Buffer.from([0x03, 0x02, 0x07, 0x80]);
}

function extensions(req: CertificateRequest): Buffer {
  const list = [
    extension(OID.basicConstraints, true, der.sequence(...(req.isCA ? [der.boolean(true)] : []))),
    extension(OID.keyUsage, true, keyUsage(req.isCA)),
    extension(OID.subjectKeyIdentifier, false, der.octetString(keyIdentifier(req.publicKey))),
    extension(
      OID.authorityKeyIdentifier,
      false,
      der.sequence(der.implicitPrimitive(0, keyIdentifier(req.issuerPublicKey))),
    ),
  ];
  if (!req.isCA) {
    list.push(extension(OID.extKeyUsage, false, der.sequence(der.objectIdentifier(OID.serverAuth))));
    const names = [
      ...(req.dnsNames ?? []).map((d) => der.implicitPrimitive(2, Buffer.from(d, 'ascii'))),
      ...(req.ipAddresses ?? []).map((ip) => der.implicitPrimitive(7, ipBytes(ip))),
    ];
    list.push(extension(OID.subjectAltName, false, der.sequence(...names)));
  }
  return der.explicit(3, der.sequence(...list));
}

/** Returns the certificate as PEM. */
export function createCertificate(req: CertificateRequest): string {
  const algorithm = der.sequence(der.objectIdentifier(OID.ecdsaWithSha256));
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const tbs = der.sequence(
    der.explicit(0, der.integer(2)),
    der.integer(serial),
    algorithm,
    name(req.issuerCommonName),
    der.sequence(der.time(req.notBefore), der.time(req.notAfter)),
    name(req.subjectCommonName),
    req.publicKey.export({ type: 'spki', format: 'der' }),
    extensions(req),
  );
  const signature = sign('sha256', tbs, req.issuerKey);
  const certificate = der.sequence(tbs, algorithm, der.bitString(signature));
  const body = certificate
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trimEnd();
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

export function publicKeyOf(privateKey: KeyObject): KeyObject {
  return createPublicKey(privateKey);
}
