/**
 * Confidential-client authentication for the client-credentials grant: a client secret, or a
 * `client_assertion` JWT (jwt-bearer) from one of the emulator's OIDC issuers that matches one of the service
 * principal's federated credentials (issuer, subject, audience), as Entra workload identity federation does.
 * The assertion's signature is checked against the emulator's own issuer keys (any key but Entra's own).
 */
import { timingSafeEqual } from 'node:crypto';
import type { HttpError } from '../errors';
import { checkTokenTimes, claim, DEFAULT_KEY } from '../jwt';
import type { EmulatorContext } from '../routes';
import { aad } from './errors';

export const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Authenticates the service principal from the form; returns how it authenticated, or the Entra error. */
export function authenticateServicePrincipal(
  ctx: EmulatorContext,
  form: URLSearchParams,
): 'secret' | 'assertion' | HttpError {
  const now = ctx.clock.now();
  const sp = ctx.config.servicePrincipal;
  const secret = form.get('client_secret');
  const assertion = form.get('client_assertion');
  if (secret !== null)
    return sameSecret(secret, sp.clientSecret) ? 'secret' : aad.badClientSecret(now, sp.clientId);
  if (assertion === null) return aad.clientSecretRequired(now);
  if (form.get('client_assertion_type') !== JWT_BEARER_ASSERTION) return aad.malformedAssertion(now);

  const verified = ctx.keys.verify(assertion);
  if ('error' in verified)
    return verified.error === 'malformed' ? aad.malformedAssertion(now) : aad.assertionSignature(now);
  if (verified.keyName === DEFAULT_KEY) return aad.assertionSignature(now);
  const claims = verified.payload;
  if (checkTokenTimes(claims, ctx.clock.nowSeconds(), 0) || typeof claims.exp !== 'number')
    return aad.assertionTime(now);

  const issuer = claim(claims, 'iss');
  const subject = claim(claims, 'sub');
  const audiences = (Array.isArray(claims.aud) ? claims.aud : [claims.aud]).map(String);
  const byIssuer = sp.federatedCredentials.filter((f) => f.issuer === issuer);
  if (byIssuer.length === 0) return aad.noFederatedIssuer(now, issuer);
  const bySubject = byIssuer.filter((f) => f.subject === subject);
  if (bySubject.length === 0) return aad.noFederatedSubject(now, subject);
  if (!bySubject.some((f) => audiences.includes(f.audience)))
    return aad.noFederatedAudience(now, audiences.join(','));
  return 'assertion';
}
