// Organization membership (seed `nonMembers`) and scopes no one consented to (seed `entra.unconsentedScopes`).
import { startEmulator } from '../../emulator/index';
import { ADO, API, botToken, call, createPat, decodeJwt, emulator, pats, redeem } from './harness';

describe('a tenant user who is not a member of the organization', () => {
  test('signs in to Entra, but the PAT API and REST calls answer 401 TF400813; so does a PAT of theirs', async () => {
    const emu = await emulator();
    const token = await botToken(emu);
    const created = await createPat(emu, token, {
      displayName: 'before',
      validTo: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const pat = String((created.body.patToken as Record<string, unknown>).token);
    const basic = `Basic ${Buffer.from(`:${pat}`).toString('base64')}`;
    const connectionData = (authorization: string) =>
      call(`${emu.url}/${emu.organization}/_apis/connectionData`, { headers: { authorization } });
    expect((await connectionData(basic)).status).toBe(200);

    emu.context.config.nonMembers = [emu.bot.username.toUpperCase()];
    const listed = await pats(emu, token, 'GET', API);
    expect(listed.status).toBe(401);
    expect(listed.body.message).toBe(
      `TF400813: The user '${emu.bot.username}' is not authorized to access this resource.`,
    );
    const rest = await connectionData(`Bearer ${token}`);
    expect(rest.status).toBe(401);
    expect(rest.body.message).toBe(
      `TF400813: The user '${emu.context.config.bot.oid}' is not authorized to access this resource.`,
    );
    expect((await connectionData(basic)).status).toBe(401);
    expect(
      (await call(`${emu.url}/${emu.organization}/_apis/projects`, { headers: { authorization: basic } }))
        .status,
    ).toBe(401);

    emu.context.config.nonMembers = [emu.context.config.bot.oid];
    expect((await pats(emu, token, 'GET', API)).status).toBe(401);
    emu.context.config.nonMembers = [];
    expect((await pats(emu, token, 'GET', API)).status).toBe(200);
  });

  test('the seed rejects a nonMembers that is not a list of strings', async () => {
    await expect(startEmulator({ port: 0, config: { nonMembers: 'pat-bot' } })).rejects.toThrow(
      'nonMembers must be an array of strings',
    );
  });
});

describe('a scope no one consented to', () => {
  test('.default leaves it out of scp; asking for it by name answers AADSTS65001', async () => {
    const emu = await emulator({ config: { entra: { unconsentedScopes: ['vso.pats'] } } });
    const byDefault = await redeem(emu, emu.bot.refreshToken);
    expect(byDefault.status).toBe(200);
    expect(decodeJwt(String(byDefault.body.access_token)).scp).toBe('vso.pats_manage');

    const byName = await redeem(
      emu,
      emu.bot.refreshToken,
      `${ADO}/vso.pats ${ADO}/vso.pats_manage offline_access`,
    );
    expect(byName.status).toBe(400);
    expect(String(byName.body.error_description)).toMatch(/^AADSTS65001:/);
    expect(await redeem(emu, emu.bot.refreshToken, `${ADO}/vso.pats_manage offline_access`)).toMatchObject({
      status: 200,
    });
  });
});
