/**
 * The `feeds` input: Azure Artifacts feed URLs that `export-for: nuget` and `npm` write credentials for. A
 * credential goes only to the organization's own Artifacts hosts (or loopback, for the emulator), so a
 * variable that sets `feeds` cannot send the token elsewhere. Each URL says which tool it is for by its path:
 * `…/_packaging/<feed>/npm/registry/` or `…/_packaging/<feed>/nuget/…`.
 */
import { InputError } from '../errors';
import { isLoopbackHost } from '../loopback';
import type { ConsumerName } from './export-for';
import { inputRef } from './names';
import { quoteInput } from '../safety/log-safety';

export interface Feeds {
  /** Registry URLs ending in `/npm/registry/`. */
  npm: string[];
  /** NuGet endpoint URLs (`…/nuget/v3/index.json`, `…/nuget/v2`). */
  nuget: string[];
}

const SEPARATORS = /[\s,]+/;
const NPM_PATH = /\/_packaging\/[^/]+\/npm\/registry\/?$/i;
const NUGET_PATH = /\/_packaging\/[^/]+\/nuget\//i;

function examples(organization: string): string {
  return (
    `https://pkgs.dev.azure.com/${organization}/_packaging/<feed>/npm/registry/ or ` +
    `https://pkgs.dev.azure.com/${organization}/_packaging/<feed>/nuget/v3/index.json`
  );
}

function refuse(raw: string, problem: string, organization: string): never {
  throw new InputError(
    'feeds',
    `Input ${inputRef('feeds')} has ${quoteInput(raw, 200)}, which ${problem}.`,
    `List Azure Artifacts feed URLs of the organization, e.g. ${examples(organization)} ` +
      `(a project feed has the project after the organization).`,
  );
}

/** The organization's Artifacts hosts: pkgs.dev.azure.com/<org>/…, <org>.pkgs.visualstudio.com, loopback/<org>/…. */
function isOrganizationFeed(url: URL, organization: string): boolean {
  const org = organization.toLowerCase();
  const firstSegment = decodeURIComponent(url.pathname.split('/')[1] ?? '').toLowerCase();
  const host = url.hostname.toLowerCase();
  if (host === 'pkgs.dev.azure.com' || isLoopbackHost(host)) return firstSegment === org;
  return host === `${org}.pkgs.visualstudio.com`;
}

function parseFeed(raw: string, organization: string): { kind: 'npm' | 'nuget'; url: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse(raw, 'is not a URL', organization);
  }
  if (url.protocol !== 'https:') refuse(raw, 'is not an https URL', organization);
  if (url.username || url.password) refuse(raw, 'carries a user name or password', organization);
  if (url.search || url.hash) refuse(raw, 'has a query or fragment', organization);
  if (!isOrganizationFeed(url, organization)) {
    refuse(
      raw,
      `is not an Azure Artifacts host of the organization ${quoteInput(organization)}`,
      organization,
    );
  }
  if (NPM_PATH.test(url.pathname)) {
    const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    return { kind: 'npm', url: `${url.origin}${path}` };
  }
  if (NUGET_PATH.test(url.pathname)) return { kind: 'nuget', url: url.href };
  return refuse(raw, 'is neither an npm registry nor a NuGet endpoint of a feed', organization);
}

/**
 * Parses `feeds` for the tools in `exportFor`. A tool that needs a feed and has none is an error; a feed no
 * listed tool uses is reported in `warnings`.
 */
export function parseFeeds(
  raw: string | undefined,
  organization: string,
  exportFor: readonly ConsumerName[],
): { feeds: Feeds; warnings: string[] } {
  const feeds: Feeds = { npm: [], nuget: [] };
  for (const token of (raw ?? '').split(SEPARATORS).filter((part) => part !== '')) {
    const { kind, url } = parseFeed(token, organization);
    if (!feeds[kind].includes(url)) feeds[kind].push(url);
  }
  const warnings: string[] = [];
  for (const kind of ['npm', 'nuget'] as const) {
    const wanted = exportFor.includes(kind);
    if (wanted && feeds[kind].length === 0) {
      throw new InputError(
        'feeds',
        `Input ${inputRef('export-for')} has ${kind}, but ${inputRef('feeds')} lists no ${kind} feed.`,
        `Add the feed's URL to ${inputRef('feeds')}, e.g. ${examples(organization)}.`,
      );
    }
    if (!wanted && feeds[kind].length > 0) {
      warnings.push(
        `Input ${inputRef('feeds')} lists ${kind} feeds, but ${inputRef('export-for')} does not name ${kind}: they are ignored.`,
      );
    }
  }
  return { feeds, warnings };
}
