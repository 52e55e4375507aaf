/** `az devops` (the Azure DevOps extension of the Azure CLI) reads a PAT from AZURE_DEVOPS_EXT_PAT. */
import type { Consumer } from './consumer';

export const az: Consumer = {
  readsIt: 'az devops',
  exports: ({ token }) => ({
    variables: [{ name: 'AZURE_DEVOPS_EXT_PAT', value: token, secret: true }],
    files: [],
  }),
};
