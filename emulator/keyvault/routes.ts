/**
 * Key Vault secrets at `<keyVaultUrl>/secrets/{name}[/{version}]`: GET the latest or a given version, PUT a
 * new version. Bearer Entra tokens for `https://vault.azure.net` only; anything else gets the 401 challenge.
 */
import type { ServerResponse } from 'node:http';
import { KEY_VAULT_RESOURCE as VAULT_AUDIENCE } from '../config';
import { sendJson } from '../errors';
import type { EmulatorContext, EmulatorRequest, Route } from '../routes';
import { checkAccess, initialSecrets, keyVaultSeed, type SecretPermission } from './access';
import { SecretStore, type SecretsData } from './store';
import {
  challenge,
  checkApiVersion,
  KEY_VAULT_APP_ID,
  kvError,
  SECRET_NAME,
  secretBundle,
  secretNotFound,
  type KeyVaultError,
} from './wire';

export const KEY_VAULT_MODULE = 'keyvault';

/** The module's persisted slot; created (with the seeded secrets) on first use and after a reset. */
export function secretStore(ctx: EmulatorContext): SecretStore {
  const data = ctx.state.moduleData<{ secrets: SecretsData }>(KEY_VAULT_MODULE, () => {
    const store = new SecretStore();
    for (const [name, value] of Object.entries(initialSecrets(ctx, keyVaultSeed(ctx)))) {
      store.set(name, { value }, ctx.clock.nowSeconds());
    }
    return { secrets: store.toJSON() };
  });
  return new SecretStore(data.secrets);
}

class KeyVaultFailure extends Error {
  constructor(readonly error: KeyVaultError) {
    super(error.body.error.message);
  }
}

function fail(error: KeyVaultError): never {
  throw new KeyVaultFailure(error);
}

const AUDIENCES = new Set([VAULT_AUDIENCE, `${VAULT_AUDIENCE}/`, KEY_VAULT_APP_ID]);

/** The caller's identity, or the challenge. Checks api-version first, as the service does. */
function caller(req: EmulatorRequest, ctx: EmulatorContext, permission: SecretPermission) {
  const apiVersionError = checkApiVersion(req.query.get('api-version'));
  if (apiVersionError) fail(apiVersionError);
  const authority = `${ctx.url}/${ctx.config.tenantId}`;
  const id = req.identity;
  if (id.kind === 'anonymous')
    fail(challenge(authority, 'AKV10000: Request is missing a Bearer or PoP token.'));
  if (id.kind !== 'user' && id.kind !== 'app') {
    fail(challenge(authority, 'The bearer token is not a valid access token for Key Vault.'));
  }
  if (!AUDIENCES.has(id.audience)) {
    fail(
      challenge(authority, `AKV10022: Invalid audience. Expected ${VAULT_AUDIENCE}, found: ${id.audience}.`),
    );
  }
  const who = {
    oid: id.oid,
    appid: id.appid,
    issuer: typeof id.claims.iss === 'string' ? id.claims.iss : '',
  };
  const denied = checkAccess(keyVaultSeed(ctx), who, permission);
  if (denied) fail(denied);
}

function vaultUrl(ctx: EmulatorContext): string {
  return ctx.config.keyVaultUrl.replace(/\/+$/, '');
}

function checkName(name: string): void {
  if (!SECRET_NAME.test(name)) {
    fail(kvError(400, 'BadParameter', `The request URI contains an invalid name: ${name}`));
  }
}

async function run(res: ServerResponse, body: () => Promise<void> | void): Promise<void> {
  try {
    await body();
  } catch (e) {
    if (!(e instanceof KeyVaultFailure)) throw e;
    sendJson(res, e.error.status, e.error.body, e.error.headers ?? {});
  }
}

function getSecret(req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext) {
  return run(res, () => {
    caller(req, ctx, 'get');
    const name = req.params.name ?? '';
    const version = req.params.version ?? '';
    checkName(name);
    const secret = secretStore(ctx).get(name, version);
    if (!secret || !secret.enabled) fail(secretNotFound(name, version || undefined));
    sendJson(res, 200, secretBundle(vaultUrl(ctx), name, secret));
  });
}

interface SetSecretBody {
  value: string;
  contentType?: string;
  tags?: Record<string, string>;
}

function parseSetBody(raw: Buffer): SetSecretBody {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    fail(kvError(400, 'BadParameter', 'The request body is not valid JSON.'));
  }
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof b.value !== 'string')
    fail(kvError(400, 'BadParameter', "Property 'value' is required and must be a string."));
  const tags = b.tags;
  const validTags =
    tags === undefined ||
    (typeof tags === 'object' && tags !== null && Object.values(tags).every((t) => typeof t === 'string'));
  if (!validTags) fail(kvError(400, 'BadParameter', "Property 'tags' must map names to strings."));
  return {
    value: b.value,
    ...(typeof b.contentType === 'string' ? { contentType: b.contentType } : {}),
    ...(tags === undefined ? {} : { tags: tags as Record<string, string> }),
  };
}

function setSecret(req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext) {
  return run(res, async () => {
    caller(req, ctx, 'set');
    const name = req.params.name ?? '';
    checkName(name);
    const input = parseSetBody(await req.body());
    const secret = secretStore(ctx).set(name, input, ctx.clock.nowSeconds());
    ctx.persist();
    sendJson(res, 200, secretBundle(vaultUrl(ctx), name, secret));
  });
}

export const keyVaultRoutes: Route[] = [
  // `*version` also matches no version and a trailing slash: both mean "latest", as on the real service.
  {
    id: 'keyvault.get-secret',
    family: 'plain',
    method: 'GET',
    path: '/keyvault/secrets/:name/*version',
    handler: getSecret,
  },
  {
    id: 'keyvault.set-secret',
    family: 'plain',
    method: 'PUT',
    path: '/keyvault/secrets/:name',
    handler: setSecret,
  },
];
