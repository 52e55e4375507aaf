/** What the job itself tells the core: the run facts for the display name, and its own organization. */
import type { RunContext } from '../../core/host';

/** Reads one pipeline variable by its dotted name (`System.CollectionUri`). */
export type VariableReader = (name: string) => string | undefined;

/**
 * The organization name in a collection URI of Azure DevOps Services: `https://dev.azure.com/{org}/` or the
 * legacy `https://{org}.visualstudio.com/`. Any other URI (a sovereign cloud, the emulator, Azure DevOps
 * Server) is returned whole: the core resolves it against the `azureDevOpsUrl` input, or reports it as the
 * organization input it cannot use, so the user knows to set `organization`.
 */
export function organizationFromCollectionUri(uri: string | undefined): string | undefined {
  const text = uri?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  const segments = url.pathname.split('/').filter(Boolean);
  const host = url.hostname.toLowerCase();
  if (url.protocol === 'https:' && host === 'dev.azure.com' && segments.length === 1) return segments[0];
  const legacy = /^([a-z0-9-]+)\.visualstudio\.com$/.exec(host);
  if (url.protocol === 'https:' && legacy && segments.length === 0) return legacy[1];
  return text;
}

function first(read: VariableReader, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = read(name)?.trim();
    if (value) return value;
  }
  return undefined;
}

/** `Project/Pipeline run <build id>.<attempt> job <job>`, as the display name will show it. */
export function runContextFrom(read: VariableReader): RunContext {
  const project = first(read, 'System.TeamProject');
  const pipeline = first(read, 'Build.DefinitionName', 'Release.DefinitionName');
  const source = [project, pipeline].filter(Boolean).join('/');
  return {
    source: source || undefined,
    runId: first(read, 'Build.BuildId', 'Release.ReleaseId'),
    attempt: first(read, 'System.JobAttempt'),
    job: first(read, 'System.JobDisplayName', 'Agent.JobName'),
    organization: organizationFromCollectionUri(
      first(read, 'System.CollectionUri', 'System.TeamFoundationCollectionUri'),
    ),
  };
}
