/**
 * The Azure Artifacts Credential Provider (dotnet, nuget, msbuild) reads feed credentials as JSON from
 * ARTIFACTS_CREDENTIALPROVIDER_EXTERNAL_FEED_ENDPOINTS, one entry per feed URL.
 */
import type { Consumer } from './consumer';

/** Azure Artifacts ignores the user name of a PAT; this one says who put it there. */
export const FEED_USERNAME = 'ado-ephemeral-pat';

export const nuget: Consumer = {
  readsIt: 'the Azure Artifacts Credential Provider (dotnet, nuget, msbuild)',
  exports: ({ token, feeds }) => ({
    variables: [
      {
        name: 'ARTIFACTS_CREDENTIALPROVIDER_EXTERNAL_FEED_ENDPOINTS',
        // One line: the Azure Pipelines agent cannot mask a value that spans lines.
        value: JSON.stringify({
          endpointCredentials: feeds.nuget.map((endpoint) => ({
            endpoint,
            username: FEED_USERNAME,
            password: token,
          })),
        }),
        secret: true,
      },
    ],
    files: [],
  }),
};
