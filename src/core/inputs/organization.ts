/**
 * The `organization` input: a name (`contoso`) or an organization URL (`https://dev.azure.com/contoso`,
 * `https://contoso.visualstudio.com`, or `<azure-devops-url>/contoso` for sovereign clouds and the emulator),
 * with or without `https://`. Always reduced to the name, which becomes a URL path segment: hence Azure
 * DevOps' own naming rules.
 */
import { hasWhitespaceControlOrBackslash } from './characters';
import { InputError } from '../errors';
import { quoteInput } from '../safety/log-safety';
import { readInput, type InputReader } from './validate';

/** Letters, digits and hyphens; starts and ends with a letter or digit; at most 50 characters. */
const ORGANIZATION_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,48}[A-Za-z0-9])?$/;

export function isOrganizationName(value: string): boolean {
  return ORGANIZATION_NAME.test(value);
}

function refuse(raw: string, fix?: string): never {
  throw new InputError(
    'organization',
    `Input \`organization\` must be an Azure DevOps organization name or URL, got ${quoteInput(raw, 200)}.`,
    fix ??
      'Give the name (letters, digits and hyphens, at most 50 characters, e.g. contoso) or its URL, e.g. https://dev.azure.com/contoso.',
  );
}

/** Path segments of `url` below `base`'s path, or undefined when `url` is not under `base`. */
function segmentsBelow(url: URL, base: string): string[] | undefined {
  const root = new URL(base);
  if (url.origin !== root.origin) return undefined;
  const rootPath = root.pathname.replace(/\/+$/, '');
  if (url.pathname !== rootPath && !url.pathname.startsWith(`${rootPath}/`)) return undefined;
  return url.pathname
    .slice(rootPath.length)
    .split('/')
    .filter((segment) => segment !== '');
}

function nameFromUrl(raw: string, text: string, azureDevOpsUrl: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    refuse(raw);
  }
  if (url.username !== '' || url.password !== '' || text.includes('?') || text.includes('#')) refuse(raw);
  const host = url.hostname.toLowerCase();
  const legacy = /^([a-z0-9-]+)\.visualstudio\.com$/.exec(host);
  const segments =
    legacy !== null
      ? [
          legacy[1] ?? '',
          ...url.pathname.split('/').filter((s) => s !== '' && s.toLowerCase() !== 'defaultcollection'),
        ]
      : (segmentsBelow(url, azureDevOpsUrl) ?? segmentsBelow(url, 'https://dev.azure.com'));
  // Origins are compared whole, so a dev.azure.com or azure-devops-url match already has the right scheme.
  if (segments === undefined || (legacy !== null && url.protocol !== 'https:')) {
    refuse(raw, `Use https://dev.azure.com/<name>, https://<name>.visualstudio.com, or just the name.`);
  }
  if (segments.length === 0)
    refuse(raw, 'Add the organization to the URL, e.g. https://dev.azure.com/contoso.');
  if (segments.length > 1) {
    // A token is for a whole organization: a project in the URL would suggest otherwise, so it is refused.
    const first = segments[0] ?? '';
    const name = isOrganizationName(first) ? `"${first}"` : 'the name alone, e.g. "contoso"';
    refuse(
      raw,
      `Set \`organization\` to ${name}, without a project or other path: a token is for a whole organization.`,
    );
  }
  return segments[0] ?? '';
}

/** `dev.azure.com/contoso`, `contoso.visualstudio.com/`: a URL without its scheme (Azure DevOps is HTTPS only). */
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

function withScheme(text: string): string {
  return SCHEME.test(text) ? text : `https://${text}`;
}

/**
 * Parses an organization name or URL into the name. `azureDevOpsUrl` (already validated) lets URLs of a
 * sovereign cloud or the emulator through.
 */
export function parseOrganization(raw: string, azureDevOpsUrl = 'https://dev.azure.com'): string {
  const text = raw.trim();
  if (hasWhitespaceControlOrBackslash(text)) refuse(raw);
  const looksLikeUrl = text.includes('/') || text.includes(':') || text.includes('.');
  const name = looksLikeUrl ? nameFromUrl(raw, withScheme(text), azureDevOpsUrl) : text;
  if (!isOrganizationName(name)) refuse(raw);
  return name;
}

/**
 * The organization input, else the platform's own (Azure Pipelines' System.CollectionUri), as a name. Every
 * use case that talks to Azure DevOps needs it, so its absence is reported the same way everywhere.
 */
export function readOrganization(
  read: InputReader,
  azureDevOpsUrl: string,
  platformDefault?: string,
): string {
  const raw = readInput(read, 'organization') ?? platformDefault;
  if (raw === undefined || raw.trim() === '') {
    throw new InputError(
      'organization',
      'Input `organization` is required and was not given.',
      'Set `organization` to the name ("contoso") or URL ("https://dev.azure.com/contoso") of the Azure DevOps organization.',
    );
  }
  return parseOrganization(raw, azureDevOpsUrl);
}
