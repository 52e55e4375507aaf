/**
 * Key Vault's wire formats (secrets, api-version 7.x): the secret bundle, the `{"error":{…}}` body, and
 * the bearer challenge that @azure/keyvault-* clients parse to find the tenant and resource. Shapes come
 * from recorded Key Vault responses in Azure/azure-sdk-for-js test recordings.
 */
import type { SecretVersion } from './store';

export const KEY_VAULT_RESOURCE = 'https://vault.azure.net';
/** Key Vault's first-party app id: a token may name the resource by URL or by this id. */
export const KEY_VAULT_APP_ID = 'cfa8b339-82a2-471a-a3c9-0fc0be7a4093';

/** Secret names: 1-127 letters, digits and dashes. */
export const SECRET_NAME = /^[0-9a-zA-Z-]{1,127}$/;

export interface KeyVaultError {
  status: number;
  body: { error: { code: string; message: string; innererror?: { code: string } } };
  headers?: Record<string, string>;
}

export function kvError(status: number, code: string, message: string, inner?: string): KeyVaultError {
  return { status, body: { error: { code, message, ...(inner ? { innererror: { code: inner } } : {}) } } };
}

/** 401 with the challenge; `authority` is `<authority host>/<tenant>`. */
export function challenge(authority: string, message: string): KeyVaultError {
  return {
    ...kvError(401, 'Unauthorized', message),
    headers: { 'WWW-Authenticate': `Bearer authorization="${authority}", resource="${KEY_VAULT_RESOURCE}"` },
  };
}

export function secretNotFound(name: string, version?: string): KeyVaultError {
  const id = version ? `${name}/${version}` : name;
  return kvError(
    404,
    'SecretNotFound',
    `A secret with (name/id) ${id} was not found in this key vault. If you recently deleted this secret you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182`,
  );
}

/** The secret bundle: `id` is `<vault>/secrets/<name>/<version>`. */
export function secretBundle(vaultUrl: string, name: string, secret: SecretVersion): Record<string, unknown> {
  return {
    value: secret.value,
    ...(secret.contentType === undefined ? {} : { contentType: secret.contentType }),
    id: `${vaultUrl}/secrets/${name}/${secret.version}`,
    attributes: {
      enabled: secret.enabled,
      created: secret.created,
      updated: secret.updated,
      recoveryLevel: 'Recoverable+Purgeable',
      recoverableDays: 90,
    },
    ...(secret.tags === undefined ? {} : { tags: secret.tags }),
  };
}

/** Versions Key Vault's secrets API answers to; anything else is a BadParameter, as on the real service. */
export const SUPPORTED_API_VERSIONS = ['7.0', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6', '2025-07-01'];

export function checkApiVersion(apiVersion: string | null): KeyVaultError | undefined {
  if (apiVersion === null || apiVersion === '') {
    return kvError(
      400,
      'BadParameter',
      'The request URI contains an invalid parameter: api-version is required.',
    );
  }
  if (!SUPPORTED_API_VERSIONS.includes(apiVersion)) {
    return kvError(
      400,
      'BadParameter',
      `The specified version (${apiVersion}) is not recognized. Consider using the latest supported version (7.4).`,
    );
  }
  return undefined;
}
