import { PasswordCredential, type PasswordSettings } from '../../src/core/credentials/password';
import type { CredentialContext } from '../../src/core/credentials';
import { ActionableError } from '../../src/core/errors';
import { HttpClient } from '../../src/core/net/http';
import { fakeJwt, StubServer, userClaims } from '../helpers/stub-server';

const PASSWORD = 'correct horse battery staple';
let stub: StubServer;
beforeEach(async () => {
  stub = await StubServer.start();
});
afterEach(async () => stub.close());

const settings: PasswordSettings = {
  source: 'password',
  username: 'bot@contoso.example',
  password: PASSWORD,
  clientId: 'a11ce000-0000-4000-8000-0000000000c1',
  tenantId: 'contoso.onmicrosoft.com',
};

function context(masked: string[]): CredentialContext {
  const none = () => undefined;
  return {
    http: new HttpClient({ retry: { attempts: 1 } }),
    endpoints: { authorityHost: stub.url, vsspsUrl: stub.url, azureDevOpsUrl: stub.url },
    mask: (secret) => masked.push(secret),
    warn: none,
    info: none,
    debug: none,
  };
}

test('signs in with the password grant for the PAT scopes and masks the password first', async () => {
  const token = fakeJwt(userClaims());
  stub.reply({
    body: { access_token: token, refresh_token: 'rt-from-password-grant-123456', expires_in: 3600 },
  });
  const masked: string[] = [];
  const credential = new PasswordCredential(settings, context(masked));
  expect(masked).toEqual([PASSWORD]);
  await expect(credential.getAccessToken()).resolves.toBe(token);
  const form = stub.requests[0]?.form;
  expect(form?.get('grant_type')).toBe('password');
  expect(form?.get('scope')?.split(' ')).toEqual(
    expect.arrayContaining(['499b84ac-1321-427f-aa17-267ca6975798/vso.pats_manage', 'offline_access']),
  );
  expect(masked).toEqual(expect.arrayContaining([token, 'rt-from-password-grant-123456']));
});

test.each([50076, 50079, 53003])(
  'AADSTS%s (MFA / Conditional Access) points to the refresh-token path',
  async (code) => {
    stub.reply({
      status: 400,
      body: { error: 'invalid_grant', error_description: `AADSTS${code}: MFA required`, error_codes: [code] },
    });
    const error: unknown = await new PasswordCredential(settings, context([]))
      .getAccessToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionableError);
    expect((error as ActionableError).code).toBe('interaction_required');
    expect((error as ActionableError).fix).toContain('ado-ephemeral-pat login');
    expect((error as ActionableError).message).not.toContain(PASSWORD);
  },
);

test('an app-only answer is refused by the guard', async () => {
  stub.reply({
    body: {
      access_token: fakeJwt({ aud: '499b84ac-1321-427f-aa17-267ca6975798', idtyp: 'app' }),
      expires_in: 3600,
    },
  });
  const error: unknown = await new PasswordCredential(settings, context([]))
    .getAccessToken()
    .catch((e: unknown) => e);
  expect((error as ActionableError).code).toBe('app_only_token');
});
