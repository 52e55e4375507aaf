/**
 * Azure Pipelines logging commands, `##vso[area.action key=value;...]message`, escaped as the agent
 * unescapes them (the rules of azure-pipelines-task-lib's taskcommand): `%` becomes `%AZP25`, CR and LF
 * `%0D`/`%0A` everywhere, and in property values also `]` and `;`, which would end the value early.
 */
import { EOL } from 'node:os';

function escapeData(text: string): string {
  return text.replaceAll('%', '%AZP25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(']', '%5D').replaceAll(';', '%3B');
}

/**
 * One command line, with its line ending. Properties without a value are left out, as task-lib leaves them
 * out (it still writes the space after the command name when it was given any property at all).
 */
export function vsoCommand(
  command: string,
  properties: Readonly<Record<string, string | undefined>>,
  message: string,
): string {
  const pairs = Object.entries(properties)
    .filter((pair): pair is [string, string] => Boolean(pair[1]))
    .map(([key, value]) => `${key}=${escapeProperty(value)};`);
  const head = Object.keys(properties).length > 0 ? `${command} ${pairs.join('')}` : command;
  return `##vso[${head}]${escapeData(message)}${EOL}`;
}
