/**
 * The subcommands, each loaded only when it runs: start-up parses this list, not the core.
 * A new command is one file in ./commands plus one line here.
 */
import type { Command } from './command';

export interface CommandEntry {
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  mint: {
    summary: 'Mint a short-lived PAT; print it as json, env or token, or write it to a file.',
    load: () => import('./commands/mint').then((m) => m.command),
  },
  revoke: {
    summary: 'Revoke a token by state file (default), --authorization-id or --display-name.',
    load: () => import('./commands/revoke').then((m) => m.command),
  },
  list: {
    summary: 'List the active tokens this tool minted for the bot user.',
    load: () => import('./commands/list').then((m) => m.command),
  },
  sweep: {
    summary: "Revoke this tool's active tokens older than --older-than (leftovers of dead jobs).",
    load: () => import('./commands/sweep').then((m) => m.command),
  },
  doctor: {
    summary:
      'Check the credential, Entra scopes, organization and policies without minting (--probe: a probe token).',
    load: () => import('./commands/doctor').then((m) => m.command),
  },
  login: {
    summary: "Sign the bot user in once (device code) and print its refresh token for the CI's secrets.",
    load: () => import('./commands/login').then((m) => m.command),
  },
  emulator: {
    summary: 'Run the local Azure DevOps + Entra ID emulator, to try the tool without an organization.',
    load: () => import('./commands/emulator').then((m) => m.command),
  },
};
