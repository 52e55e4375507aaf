/**
 * `git-credentials: true` gives later steps of the job an `http.<url>.extraheader` for the organization
 * through git's GIT_CONFIG_COUNT/KEY/VALUE environment variables (git >= 2.31) rather than `git config
 * --global`: nothing is written to disk, the secret never appears on a command line, and it ends with the job.
 */
import { DEFAULT_ENDPOINTS } from '../inputs/endpoints';
import { appendGitConfig } from './config-env';

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
  const header = `AUTHORIZATION: Basic ${basicAuth}`;
  return appendGitConfig(
    env,
    organizationUrls(azureDevOpsUrl, organization).map((url) => [`http.${url}.extraheader`, header] as const),
  );
}
