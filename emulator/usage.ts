/**
 * The emulator's help text. Text only, with no import: `ado-ephemeral-pat emulator --help` shows the same
 * flags without loading the emulator.
 */
export const EMULATOR_SUMMARY = `Starts the ado-ephemeral-pat emulator (Entra ID + Azure DevOps PAT API + git + Key Vault + OIDC issuers)
on https://127.0.0.1 and prints one JSON line on stdout when it is ready. Everything else goes to stderr.`;

export const EMULATOR_OPTIONS = `Options:
  --port N          listen on port N (default 0: any free port)
  --config FILE     seed config (JSON), deep-merged over the defaults
  --data-dir DIR    keep state in DIR (survives restarts); in memory when absent
  --ca-dir DIR      where the CA (ca.pem, ca-key.pem) lives; default <data-dir>/ca or a per-user temp dir
  --log-level L     silent, error, warn, info (default) or debug
  -h, --help        show this help
`;
