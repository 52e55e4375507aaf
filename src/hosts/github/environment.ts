/**
 * What the runner hands the action in its environment that no process the action starts (`az`, or the one
 * @azure/identity starts) should inherit: the inputs, secret ones among them (`INPUT_REFRESH-TOKEN`, with the
 * runner's dash, `INPUT_PASSWORD`, `INPUT_ACCESS-TOKEN`), and the runner's own tokens (ACTIONS_RUNTIME_TOKEN for
 * the Actions service, ACTIONS_ID_TOKEN_REQUEST_TOKEN for OIDC). They are moved out of the environment when the
 * host starts and read from here; the Azure Pipelines host does the same with the agent's variables.
 */

type Env = Record<string, string | undefined>;

/** Every input, whatever it holds: no child needs one, and a secret one looks like any other. */
const HELD_PREFIX = 'INPUT_';
/** The OIDC request URL travels with its token; the Actions service token is never used here at all. */
const HELD_NAMES = [
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RUNTIME_TOKEN',
];

export class RunnerEnvironment {
  private readonly held = new Map<string, string>();

  constructor(env: Env) {
    for (const [name, value] of Object.entries(env)) {
      if (!name.startsWith(HELD_PREFIX) && !HELD_NAMES.includes(name)) continue;
      if (value !== undefined) this.held.set(name, value);
      delete env[name];
    }
  }

  /** The runner's name for input `name`: `INPUT_` and the name upper-cased, spaces as underscores. */
  input(name: string): string | undefined {
    return this.held.get(`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`);
  }

  oidcRequest(): { url: string; bearer: string } | undefined {
    const url = this.held.get('ACTIONS_ID_TOKEN_REQUEST_URL');
    const bearer = this.held.get('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
    return url && bearer ? { url, bearer } : undefined;
  }
}
