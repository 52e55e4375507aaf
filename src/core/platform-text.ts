/**
 * Texts that name a platform's own settings or steps. The core is platform-free, but a fix must name what
 * the user can change where they are (a workflow's `permissions`, a task's service connection, a command):
 * such a text holds one version per platform, and the host's platform picks one when it is printed.
 */
import type { Platform } from './host';

export type PlatformTexts = Readonly<Record<Platform, string>>;
export type PlatformText = string | PlatformTexts;

const LABELS: PlatformTexts = {
  github: 'GitHub Actions',
  'azure-pipelines': 'Azure Pipelines',
  cli: 'Command line',
};

/** The text for `platform`; without one (a message printed outside any host), every version, labelled. */
export function onPlatform(text: PlatformText, platform?: Platform): string {
  if (typeof text === 'string') return text;
  if (platform !== undefined) return text[platform];
  return (Object.keys(LABELS) as Platform[]).map((name) => `${LABELS[name]}: ${text[name]}`).join(' ');
}

/** The step that mints the token. */
export const MAIN_STEP: PlatformTexts = {
  github: 'the main step',
  'azure-pipelines': 'the task',
  cli: '`ado-ephemeral-pat mint`',
};

/** The step that revokes the token when the job ends. */
export const POST_STEP: PlatformTexts = {
  github: 'the post step',
  'azure-pipelines': 'the post-job step',
  cli: '`ado-ephemeral-pat revoke`',
};
