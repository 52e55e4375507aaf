/**
 * The azuredevops provider of Terraform (and Pulumi's, built on it) reads the PAT from
 * AZDO_PERSONAL_ACCESS_TOKEN and the organization from AZDO_ORG_SERVICE_URL.
 */
import type { Consumer } from './consumer';

export const terraform: Consumer = {
  readsIt: 'the Terraform and Pulumi azuredevops providers',
  exports: ({ token, azureDevOpsUrl, organization }) => ({
    variables: [
      { name: 'AZDO_PERSONAL_ACCESS_TOKEN', value: token, secret: true },
      { name: 'AZDO_ORG_SERVICE_URL', value: `${azureDevOpsUrl}/${organization}`, secret: false },
    ],
    files: [],
  }),
};
