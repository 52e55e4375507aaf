/** Renovate's azure platform reads the PAT from RENOVATE_TOKEN. */
import type { Consumer } from './consumer';

export const renovate: Consumer = {
  readsIt: 'Renovate',
  exports: ({ token }) => ({
    variables: [{ name: 'RENOVATE_TOKEN', value: token, secret: true }],
    files: [],
  }),
};
