/**
 * What the documentation's placeholders stand for when a snippet runs against the emulator: the one table
 * of substitutions. Anything a snippet leaves for the reader to fill in is listed here, or the snippet fails.
 */
import type { EmulatorHandle } from '../../emulator/index';
import {
  contributedServiceConnection,
  type ServiceConnection,
} from '../../scripts/harness/azure-pipelines-agent';

export interface Substitutions {
  /** `${{ secrets.NAME }}` in a GitHub workflow. */
  githubSecrets: Record<string, string>;
  /** `${{ vars.NAME }}` in a GitHub workflow. */
  githubVars: Record<string, string>;
  /** Pipeline variables a snippet uses but does not define (a variable group, a secret variable). */
  pipelineVariables: Record<string, { value: string; secret: boolean }>;
  /** `NAME=...` in a shell snippet: the value the reader exports. */
  shellExports: Record<string, string>;
  /** Literal text a snippet leaves for the reader (`<app id>`, an all-zero GUID), anywhere in a snippet. */
  literals: [placeholder: string, value: string][];
  /** Azure Pipelines service connections by the name a snippet gives `azureSubscription` or `botConnection`. */
  serviceConnections: Record<string, ServiceConnection>;
  /** The Key Vault secret the docs store the bot's refresh token in. */
  keyVaultSecret: string;
}

/** The documentation's organization URL, wherever a snippet calls it (curl, git, az). */
export const DOCS_ORGANIZATION_URL = 'https://dev.azure.com/contoso';

/** The organization's Azure Artifacts host (`feeds`, `registry=`): the emulator serves its feeds under the organization. */
export const DOCS_FEEDS_URL = 'https://pkgs.dev.azure.com/contoso/';

export function substitutions(emulator: EmulatorHandle): Substitutions {
  const { bot, tenantId, organization } = emulator;
  return {
    githubSecrets: { ADO_BOT_REFRESH_TOKEN: bot.refreshToken },
    githubVars: { ADO_BOT_CLIENT_ID: bot.clientId, ADO_TENANT_ID: tenantId },
    pipelineVariables: {
      ADO_BOT_REFRESH_TOKEN: { value: bot.refreshToken, secret: true },
      ADO_BOT_CLIENT_ID: { value: bot.clientId, secret: false },
      ADO_TENANT_ID: { value: tenantId, secret: false },
    },
    shellExports: {
      ADO_EPHEMERAL_PAT_ORGANIZATION: organization,
      ADO_EPHEMERAL_PAT_REFRESH_TOKEN: bot.refreshToken,
      ADO_EPHEMERAL_PAT_CLIENT_ID: bot.clientId,
    },
    literals: [
      ['<app id>', bot.clientId],
      ['<tenant id>', tenantId],
      ['<job identity app id>', emulator.servicePrincipal.clientId],
      ['00000000-0000-0000-0000-000000000000', bot.clientId],
      ['https://<vault>.vault.azure.net', emulator.keyVaultUrl],
      ['https://my-vault.vault.azure.net', emulator.keyVaultUrl],
      [DOCS_FEEDS_URL, `${emulator.azureDevOpsUrl}/${organization}/`],
      [DOCS_ORGANIZATION_URL, `${emulator.azureDevOpsUrl}/${organization}`],
    ],
    serviceConnections: {
      // The extension's own "Ephemeral PAT bot" connection, holding the bot's refresh token.
      'ado-bot': contributedServiceConnection('EphemeralPatBot', {
        id: 'b0b0b0b0-0000-4000-8000-00000000d0c5',
        url: `${emulator.azureDevOpsUrl}/${organization}/`,
        parameters: { apitoken: bot.refreshToken, clientid: bot.clientId, tenantid: tenantId },
      }),
      // The emulator's workload identity federation connection: its service principal may use the vault.
      'my-wif-connection': {
        id: emulator.azurePipelines.serviceConnectionId,
        parameters: {
          serviceprincipalid: emulator.servicePrincipal.clientId,
          tenantid: tenantId,
          workloadIdentityFederationSubject: `sc://${organization}/${emulator.project}/kv-connection`,
        },
      },
    },
    keyVaultSecret: 'ado-bot-refresh-token',
  };
}

/** Replaces every literal placeholder in `text`. */
export function replaceLiterals(text: string, table: Substitutions): string {
  let out = text;
  for (const [placeholder, value] of table.literals) out = out.split(placeholder).join(value);
  return out;
}

/** `export A=... B=x` → the table's values for A (a shell-quoted literal); an unknown name is an error. */
export function replaceShellExports(script: string, table: Substitutions): string {
  return script.replace(/\b([A-Z][A-Z0-9_]*)=\.\.\.(?=\s|$)/g, (_match, name: string) => {
    const value = table.shellExports[name];
    if (value === undefined) throw new Error(`no substitution for ${name}=... (add it to placeholders.ts)`);
    return `${name}='${value.replace(/'/g, `'\\''`)}'`;
  });
}

/** The names a shell snippet assigns itself (`NAME=`), which the job environment must then leave out. */
export function assignedNames(script: string): Set<string> {
  return new Set([...script.matchAll(/\b([A-Z][A-Z0-9_]*)=/g)].map((m) => m[1] ?? ''));
}
