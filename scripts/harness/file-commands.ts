/**
 * Parses GitHub file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV) exactly as the runner does
 * (actions/runner FileCommandManager.EnvFileKeyValuePairs): `NAME=VALUE` lines and `NAME<<DELIMITER`
 * heredocs; a heredoc without its closing delimiter is an error.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      if (i >= lines.length) throw new Error(`Heredoc for ${name} is not closed by ${delimiter}`);
      result[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`Invalid file command line: ${line.slice(0, 40)}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

/** Reverses the runner's command-data escaping. */
export function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
}

/**
 * Workflow commands (`::name k=v::data`) in a stdout transcript, as the runner reads them
 * (ActionCommand.TryParseV2): the trimmed line starts with `::`, the command part ends at the first `::`
 * after it, its properties follow the first space, and the rest of the line is the data.
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line.startsWith('::')) continue;
    const end = line.indexOf('::', 2);
    if (end < 0) continue;
    const info = line.slice(2, end);
    const space = info.indexOf(' ');
    const name = space < 0 ? info : info.slice(0, space);
    if (!/^[A-Za-z-]+$/.test(name)) continue;
    const properties: Record<string, string> = {};
    for (const pair of (space < 0 ? '' : info.slice(space + 1)).split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeData(
        pair
          .slice(eq + 1)
          .replace(/%3A/g, ':')
          .replace(/%2C/g, ','),
      );
    }
    commands.push({ name, properties, data: unescapeData(line.slice(end + 2)) });
  }
  return commands;
}
