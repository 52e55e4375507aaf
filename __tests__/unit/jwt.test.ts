import { ActionableError } from '../../src/core/errors';
import {
  assertDelegatedUserToken,
  decodeJwtUnverified,
  patScopeWarning,
  tokenExpiry,
} from '../../src/core/entra/jwt';
import { fakeJwt, userClaims } from '../helpers/stub-server';

function thrown(fn: () => void): ActionableError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ActionableError);
    return error as ActionableError;
  }
  throw new Error('expected a throw');
}

describe('decodeJwtUnverified', () => {
  it('decodes header and payload of a compact JWS', () => {
    const token = fakeJwt({ sub: 'x', n: 1 }, { alg: 'none' });
    expect(decodeJwtUnverified(token)).toEqual({ header: { alg: 'none' }, payload: { sub: 'x', n: 1 } });
  });

  it.each([
    ['an opaque token', 'dip55dwf4vpitomw63jzvomefmi2jluguprzwwqwuc6xq4fhocwq'],
    ['two segments', 'eyJhIjoxfQ.eyJiIjoxfQ'],
    ['a JWE (five segments)', 'eyJhIjoxfQ.a.b.c.d'],
    ['bad base64', 'eyJhIjoxfQ.###.sig'],
    ['a non-object payload', `eyJhIjoxfQ.${Buffer.from('[1,2]').toString('base64url')}.sig`],
    ['non-JSON payload', `eyJhIjoxfQ.${Buffer.from('nope').toString('base64url')}.sig`],
    ['empty', ''],
  ])('returns undefined for %s', (_name, token) => {
    expect(decodeJwtUnverified(token)).toBeUndefined();
  });
});

describe('assertDelegatedUserToken', () => {
  it('accepts a delegated user token for Azure DevOps (GUID or URL audience)', () => {
    expect(() => assertDelegatedUserToken(fakeJwt(userClaims()), 'x')).not.toThrow();
    const urlAudience = fakeJwt(userClaims({ aud: 'https://app.vssps.visualstudio.com' }));
    expect(() => assertDelegatedUserToken(urlAudience, 'x')).not.toThrow();
  });

  it('lets opaque tokens pass: it cannot tell', () => {
    expect(() => assertDelegatedUserToken('opaque-token-value', 'x')).not.toThrow();
  });

  it.each([
    ['idtyp app', userClaims({ idtyp: 'app', scp: undefined, roles: ['x'] })],
    ['idtyp app even with scp', userClaims({ idtyp: 'app' })],
    ['no scp (managed identity, v1 token)', { ...userClaims(), scp: undefined, idtyp: undefined }],
    ['empty scp', userClaims({ scp: ' ' })],
  ])('refuses an app-only token: %s', (_name, claims) => {
    const token = fakeJwt({ ...claims, appid: 'aaaaaaaa-0000-0000-0000-000000000001' });
    const error = thrown(() => assertDelegatedUserToken(token, 'the `access-token` input'));
    expect(error).toMatchObject({ kind: 'auth', code: 'app_only_token' });
    expect(error.message).toContain('the `access-token` input');
    expect(error.message).toContain('service principal or managed identity');
    expect(error.message).toContain('aaaaaaaa-0000-0000-0000-000000000001');
    expect(error.fix).toContain('ado-ephemeral-pat login');
    expect(`${error.message} ${error.fix}`).not.toContain(token);
  });

  it('refuses a token for another audience, naming it', () => {
    const token = fakeJwt(userClaims({ aud: 'https://management.azure.com' }));
    const error = thrown(() => assertDelegatedUserToken(token, 'o'));
    expect(error).toMatchObject({ kind: 'auth', code: 'wrong_audience' });
    expect(error.message).toContain('"https://management.azure.com"');
    expect(error.fix).toContain('499b84ac-1321-427f-aa17-267ca6975798');
  });

  it('accepts an audience list that includes Azure DevOps', () => {
    const token = fakeJwt(userClaims({ aud: ['x', '499b84ac-1321-427f-aa17-267ca6975798'] }));
    expect(() => assertDelegatedUserToken(token, 'o')).not.toThrow();
  });
});

describe('tokenExpiry and patScopeWarning', () => {
  it('reads exp', () => {
    expect(tokenExpiry(fakeJwt({ exp: 1_800_000_000 }))).toEqual(new Date(1_800_000_000_000));
    expect(tokenExpiry(fakeJwt({}))).toBeUndefined();
    expect(tokenExpiry('opaque')).toBeUndefined();
  });

  it('warns when no scope allows managing PATs', () => {
    expect(patScopeWarning(fakeJwt(userClaims({ scp: 'vso.code' })), 'o')).toContain('vso.pats_manage');
    expect(patScopeWarning(fakeJwt(userClaims({ scp: 'user_impersonation' })), 'o')).toBeUndefined();
    expect(patScopeWarning(fakeJwt(userClaims()), 'o')).toBeUndefined();
    expect(patScopeWarning('opaque', 'o')).toBeUndefined();
  });
});
