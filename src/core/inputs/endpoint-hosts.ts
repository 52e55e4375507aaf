/**
 * The hosts an endpoint input may name without `allow-custom-endpoints`: Microsoft's own, per service. Each
 * endpoint receives a credential (the bot's refresh token or password, a PAT-minting Entra token, the job's
 * Key Vault token), so a host outside these lists is refused unless the user opts in. Loopback is always
 * allowed: it is this machine (the emulator).
 */
import { isLoopbackHost } from '../loopback';

export type EndpointService = 'entra' | 'azure-devops' | 'key-vault';

/** Which service each endpoint input points at. */
export const ENDPOINT_SERVICE = {
  'authority-host': 'entra',
  'vssps-url': 'azure-devops',
  'azure-devops-url': 'azure-devops',
  'key-vault-url': 'key-vault',
} as const satisfies Record<string, EndpointService>;

export type EndpointInput = keyof typeof ENDPOINT_SERVICE;

/** One DNS label: an organization or vault name. */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';

/**
 * Entra ID: the host names Entra's own instance discovery lists as aliases of each cloud. Public:
 * login.microsoftonline.com, login.windows.net, login.microsoft.com, sts.windows.net. US Government:
 * login.microsoftonline.us, login.usgovcloudapi.net, and login-us.microsoftonline.com. China (21Vianet):
 * login.partner.microsoftonline.cn, login.chinacloudapi.cn. Germany's login.microsoftonline.de is left out:
 * that cloud closed in 2021.
 */
const ENTRA_HOSTS: ReadonlySet<string> = new Set([
  'login.microsoftonline.com',
  'login.windows.net',
  'login.microsoft.com',
  'sts.windows.net',
  'login.microsoftonline.us',
  'login.usgovcloudapi.net',
  'login-us.microsoftonline.com',
  'login.partner.microsoftonline.cn',
  'login.chinacloudapi.cn',
]);

/**
 * Azure DevOps Services: dev.azure.com and vssps.dev.azure.com, and the legacy <org>.visualstudio.com and
 * <org>.vssps.visualstudio.com (app.vssps.visualstudio.com among them). Microsoft documents Azure DevOps
 * Services as a public-cloud service only; no sovereign host (such as dev.azure.us) is documented by
 * Microsoft, so none is listed: such a host needs the opt-in.
 */
const AZURE_DEVOPS_HOSTS: ReadonlySet<string> = new Set(['dev.azure.com', 'vssps.dev.azure.com']);
const AZURE_DEVOPS_PATTERN = new RegExp(`^${LABEL}(?:\\.vssps)?\\.visualstudio\\.com$`);

/**
 * Key Vault: <vault>.vault.azure.net (public), <vault>.vault.usgovcloudapi.net (US Government) and
 * <vault>.vault.azure.cn (China). Managed HSM (*.managedhsm.*) is not listed: it holds keys only, and the
 * key-vault source stores its refresh token as a secret.
 */
const KEY_VAULT_PATTERN = new RegExp(`^${LABEL}\\.vault\\.(?:azure\\.net|usgovcloudapi\\.net|azure\\.cn)$`);

/** Whether `hostname` (as the URL parser gives it: lower case, IPv6 in brackets) is one of `service`'s. */
export function isKnownHost(service: EndpointService, hostname: string): boolean {
  const host = hostname.toLowerCase();
  switch (service) {
    case 'entra':
      return ENTRA_HOSTS.has(host);
    case 'azure-devops':
      return AZURE_DEVOPS_HOSTS.has(host) || AZURE_DEVOPS_PATTERN.test(host);
    case 'key-vault':
      return KEY_VAULT_PATTERN.test(host);
  }
}

/** Allowed without the opt-in: a known host of the input's service, or loopback. */
export function isAllowedHost(input: EndpointInput, hostname: string): boolean {
  return isLoopbackHost(hostname) || isKnownHost(ENDPOINT_SERVICE[input], hostname);
}

/** The known hosts of an input's service, for messages. */
export function knownHostsOf(input: EndpointInput): string {
  switch (ENDPOINT_SERVICE[input]) {
    case 'entra':
      return [...ENTRA_HOSTS].join(', ');
    case 'azure-devops':
      return 'dev.azure.com, vssps.dev.azure.com, <org>.visualstudio.com, <org>.vssps.visualstudio.com';
    case 'key-vault':
      return '<vault>.vault.azure.net, <vault>.vault.usgovcloudapi.net, <vault>.vault.azure.cn';
  }
}
