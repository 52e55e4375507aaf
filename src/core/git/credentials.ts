/**
 * `git-credentials: true` gives later steps of the job an `http.<url>.extraheader` for the organization
 * through git's GIT_CONFIG_COUNT/KEY/VALUE environment variables (git >= 2.31) rather than `git config
 * --global`: nothing is written to disk, the secret never appears on a command line, and it ends with the job.
 */
import { DEFAULT_ENDPOINTS } from '../inputs/endpoints';

/**
 * The organization URLs a remote may start with. git compares the path of an `http.<url>.*` key
 * case-sensitively while Azure DevOps does not, so the name as given and in lower case each get a key. The
 * public cloud's organizations also answer at the legacy `<org>.visualstudio.com` (hosts git compares in
 * any case).
 */
export function organizationUrls(azureDevOpsUrl: string, organization: string): string[] {
  const lower = organization.toLowerCase();
  const urls = [`${azureDevOpsUrl}/${organization}/`];
  if (lower !== organization) urls.push(`${azureDevOpsUrl}/${lower}/`);
  if (azureDevOpsUrl === DEFAULT_ENDPOINTS.azureDevOpsUrl) urls.push(`https://${lower}.visualstudio.com/`);
  return urls;
}

export function gitCredentialVariables(
  env: Record<string, string | undefined>,
  azureDevOpsUrl: string,
  organization: string,
  basicAuth: string,
): Record<string, string> {
  return gitAuthorizationVariables(env, azureDevOpsUrl, organization, `Basic ${basicAuth}`);
}

/** The same for any `Authorization` value: `Bearer <Entra token>` for `token-type: entra`. */
export function gitAuthorizationVariables(
  env: Record<string, string | undefined>,
  azureDevOpsUrl: string,
  organization: string,
  authorization: string,
): Record<string, string> {
  const header = `AUTHORIZATION: ${authorization}`;
  return appendGitConfig(
    env,
    organizationUrls(azureDevOpsUrl, organization).map((url) => [`http.${url}.extraheader`, header] as const),
  );
}

/**
 * Appends entries to git's environment configuration (GIT_CONFIG_COUNT, GIT_CONFIG_KEY_n, GIT_CONFIG_VALUE_n;
 * git >= 2.31) without replacing any entry an earlier step passed the same way.
 */
/** git refuses a count above INT_MAX ("too many entries in GIT_CONFIG_COUNT"). */
const MAX_COUNT = 2 ** 31 - 1;

/** The count as git reads it (strtoul, base 10, nothing after the digits), or undefined when git refuses it. */
function parseCount(raw: string): number | undefined {
  if (raw === '') return 0;
  if (!/^[ \t\n\v\f\r]*\+?[0-9]+$/.test(raw)) return undefined;
  const count = Number(raw);
  return count <= MAX_COUNT ? count : undefined;
}

/** One past the highest GIT_CONFIG_KEY_n or GIT_CONFIG_VALUE_n present. */
function pastEveryEntry(env: Record<string, string | undefined>): number {
  let next = 0;
  for (const name of Object.keys(env)) {
    const match = /^GIT_CONFIG_(?:KEY|VALUE)_([0-9]+)$/.exec(name);
    if (match && env[name] !== undefined) next = Math.max(next, Number(match[1]) + 1);
  }
  return next;
}

export function appendGitConfig(
  env: Record<string, string | undefined>,
  entries: readonly (readonly [key: string, value: string])[],
): Record<string, string> {
  const raw = env.GIT_CONFIG_COUNT;
  // Entries past a valid count are not in effect, so the new ones go right after it. A count git refuses
  // breaks every git command already; the new entries then go past all of them, so none is overwritten.
  const first = (raw === undefined ? 0 : parseCount(raw)) ?? pastEveryEntry(env);
  const variables: Record<string, string> = { GIT_CONFIG_COUNT: String(first + entries.length) };
  entries.forEach(([key, value], offset) => {
    variables[`GIT_CONFIG_KEY_${first + offset}`] = key;
    variables[`GIT_CONFIG_VALUE_${first + offset}`] = value;
  });
  return variables;
}
