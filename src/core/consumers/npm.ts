/**
 * npm reads per-registry credentials from a user config file; NPM_CONFIG_USERCONFIG points later steps at
 * one written for this job alone (never the user's home or the project's .npmrc). Azure Artifacts wants the
 * PAT base64-encoded as `_password` with any user name, and npm wants an email it does not use.
 * `always-auth` is left out: npm 7 and later send the credentials of a registry's path without it, and warn
 * about it as deprecated.
 */
import type { Consumer } from './consumer';
import { FEED_USERNAME } from './nuget';

/** The file's first line: the post step deletes only a file that starts with it. */
export const NPMRC_HEADER = '; ado-ephemeral-pat: npm credentials for this job only, deleted when it ends';

/** `https://host/org/_packaging/feed/npm/registry/` → `//host/org/_packaging/feed/npm/registry/`. */
function registryKey(url: string): string {
  return url.replace(/^https:/, '');
}

export const npm: Consumer = {
  readsIt: 'npm',
  exports: ({ token, feeds }) => {
    const password = Buffer.from(token, 'utf8').toString('base64');
    const lines = [NPMRC_HEADER];
    for (const feed of feeds.npm) {
      const key = registryKey(feed);
      lines.push(
        `${key}:username=${FEED_USERNAME}`,
        `${key}:_password=${password}`,
        `${key}:email=npm requires email to be set but doesn't use the value`,
      );
    }
    return {
      variables: [],
      files: [{ name: 'npmrc', content: `${lines.join('\n')}\n`, pathVariable: 'NPM_CONFIG_USERCONFIG' }],
    };
  },
};
