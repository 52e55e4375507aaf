/** Entra ID: discovery, JWKS, the v2.0 token endpoint and the device code endpoint, under `/{tenant}/`. */
import type { RouteModule } from '../routes';
import { describeDeviceCodes, deviceCodeEndpoint } from './device-code';
import {
  deviceLoginPage,
  instanceDiscovery,
  jwks,
  openIdConfigurationV1,
  openIdConfigurationV2,
} from './discovery';
import { describeRefreshTokens, registerBotRefreshToken } from './refresh-tokens';
import { tokenEndpoint } from './token-endpoint';

export const entraModule: RouteModule = {
  name: 'entra',
  routes: [
    {
      id: 'entra.openid-configuration',
      family: 'entra',
      method: 'GET',
      path: '/:tenant/v2.0/.well-known/openid-configuration',
      handler: openIdConfigurationV2,
    },
    {
      id: 'entra.openid-configuration-v1',
      family: 'entra',
      method: 'GET',
      path: '/:tenant/.well-known/openid-configuration',
      handler: openIdConfigurationV1,
    },
    { id: 'entra.jwks', family: 'entra', method: 'GET', path: '/:tenant/discovery/v2.0/keys', handler: jwks },
    { id: 'entra.jwks-v1', family: 'entra', method: 'GET', path: '/:tenant/discovery/keys', handler: jwks },
    {
      id: 'entra.instance-discovery',
      family: 'entra',
      method: 'GET',
      path: '/:tenant/discovery/instance',
      handler: instanceDiscovery,
    },
    {
      id: 'entra.token',
      family: 'entra',
      method: 'POST',
      path: '/:tenant/oauth2/v2.0/token',
      handler: tokenEndpoint,
    },
    {
      id: 'entra.devicecode',
      family: 'entra',
      method: 'POST',
      path: '/:tenant/oauth2/v2.0/devicecode',
      handler: deviceCodeEndpoint,
    },
    {
      id: 'entra.devicelogin',
      family: 'plain',
      method: 'GET',
      path: '/devicelogin',
      handler: deviceLoginPage,
    },
  ],
  inspect: (ctx) => ({ refreshTokens: describeRefreshTokens(ctx), deviceCodes: describeDeviceCodes(ctx) }),
  start: registerBotRefreshToken,
  reset: registerBotRefreshToken,
};
