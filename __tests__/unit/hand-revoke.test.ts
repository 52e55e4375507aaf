import { DEFAULT_ENDPOINTS } from '../../src/core/inputs/endpoints';
import { handRevokeAdvice } from '../../src/core/steps/revoke';

const ID = '4ab5764f-4193-4f1d-b995-64144880b7d7';

test('the command names the token by id and the organization; public-cloud endpoints need no flags', () => {
  const advice = handRevokeAdvice({
    displayName: 'ado-ephemeral-pat: ci [0123abcd]',
    authorizationId: ID,
    expiresAt: '2026-12-03T22:00:00.000Z',
    organization: 'contoso',
    endpoints: { ...DEFAULT_ENDPOINTS },
  });
  expect(advice).toContain('It stays valid until 2026-12-03T22:00:00.000Z.');
  expect(advice).toContain(
    `\`npx ado-ephemeral-pat revoke --authorization-id ${ID} --organization contoso\` with the bot user's credential.`,
  );
});

test('a sovereign cloud or the emulator: the command carries every endpoint that is not the default', () => {
  const advice = handRevokeAdvice({
    displayName: 'ado-ephemeral-pat: ci [0123abcd]',
    organization: 'contoso',
    endpoints: {
      authorityHost: 'https://login.microsoftonline.us',
      vsspsUrl: DEFAULT_ENDPOINTS.vsspsUrl,
      azureDevOpsUrl: 'https://dev.azure.us',
    },
  });
  expect(advice).toContain(
    '`npx ado-ephemeral-pat revoke --display-name "ado-ephemeral-pat: ci [0123abcd]" --organization contoso ' +
      '--authority-host https://login.microsoftonline.us --azure-devops-url https://dev.azure.us`',
  );
  expect(advice).not.toContain('--vssps-url');
});
