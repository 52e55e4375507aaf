/**
 * `git-credentials: true` gives later steps of the job an `http.<azure-devops-url>/<org>/.extraheader`
 * through git's GIT_CONFIG_COUNT/KEY/VALUE environment variables (git >= 2.31) rather than `git config
 * --global`: nothing is written to disk, the secret never appears on a command line, and it ends with the job.
 */
export function gitCredentialVariables(
  env: Record<string, string | undefined>,
  azureDevOpsUrl: string,
  organization: string,
  basicAuth: string,
): Record<string, string> {
  // Keep configuration that an earlier step passed the same way.
  const existing = Number.parseInt(env.GIT_CONFIG_COUNT ?? '0', 10);
  const index = Number.isSafeInteger(existing) && existing > 0 ? existing : 0;
  return {
    GIT_CONFIG_COUNT: String(index + 1),
    [`GIT_CONFIG_KEY_${index}`]: `http.${azureDevOpsUrl}/${organization}/.extraheader`,
    [`GIT_CONFIG_VALUE_${index}`]: `AUTHORIZATION: Basic ${basicAuth}`,
  };
}
