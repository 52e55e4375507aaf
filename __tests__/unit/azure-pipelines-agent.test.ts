/** The harness reads logging commands exactly as the agent does, whatever task-lib escaped. */
import fc from 'fast-check';
import { TaskCommand } from 'azure-pipelines-task-lib/taskcommand';
import { outputLines, parseCommandLine } from '../../scripts/harness/azure-pipelines-agent';

test('round-trips any command task-lib writes, escaping included', () => {
  const text = fc.string({ unit: 'binary', maxLength: 40 });
  fc.assert(
    fc.property(
      fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/[;=\]\s]/.test(s)),
      text,
      text,
      (name, value, data) => {
        const line = new TaskCommand(
          'task.setvariable',
          { variable: name, issecret: 'true', value },
          data,
        ).toString();
        const [first, ...rest] = outputLines(line);
        expect(rest).toEqual([]);
        const command = parseCommandLine(first ?? '');
        expect(command?.name).toBe('task.setvariable');
        expect(command?.data).toBe(data);
        expect(command?.properties.variable).toBe(name);
        // task-lib leaves out empty properties, as the agent would drop them.
        expect(command?.properties.value).toBe(value === '' ? undefined : value);
      },
    ),
  );
});

test('finds a command anywhere in a line, one per line, with case-insensitive property keys', () => {
  expect(parseCommandLine('prefix text ##vso[task.setsecret]abc ##vso[task.debug]x')).toMatchObject({
    name: 'task.setsecret',
    data: 'abc ##vso[task.debug]x',
  });
  expect(
    parseCommandLine('##vso[task.setvariable Variable=a;IsSecret=true;;novalue=;=orphan]v')?.properties,
  ).toEqual({
    variable: 'a',
    issecret: 'true',
  });
});

test('is not fooled by what is not a command', () => {
  expect(parseCommandLine('#\u200b#vso[task.setvariable variable=a]b')).toBeUndefined();
  expect(parseCommandLine('##vso[task.setvariable variable=a')).toBeUndefined();
  expect(parseCommandLine('##vso[setvariable]b')).toBeUndefined();
});

test('splits lines as .NET ReadLine does: CR, LF and CRLF', () => {
  expect(outputLines('a\rb\r\nc\nd\n')).toEqual(['a', 'b', 'c', 'd']);
});
