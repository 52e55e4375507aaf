/** Our logging commands are byte for byte the ones azure-pipelines-task-lib writes, escaping included. */
import fc from 'fast-check';
import { EOL } from 'node:os';
import { TaskCommand } from 'azure-pipelines-task-lib/taskcommand';
import { vsoCommand } from '../../src/hosts/azure-pipelines/commands';

test('matches task-lib TaskCommand for any properties and message', () => {
  const text = fc.string({ unit: 'binary', maxLength: 40 });
  fc.assert(
    fc.property(
      fc.constantFrom('task.setvariable', 'task.issue', 'task.debug', 'task.complete'),
      fc.dictionary(
        fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !/[;=\]\s]/.test(k)),
        text,
        {
          maxKeys: 4,
          noNullPrototype: true,
        },
      ),
      text,
      (name, properties, message) => {
        expect(vsoCommand(name, properties, message)).toBe(
          `${new TaskCommand(name, properties, message).toString()}${EOL}`,
        );
      },
    ),
    { numRuns: 2000 },
  );
});

test('escapes what would end a property or a line early', () => {
  expect(vsoCommand('task.setvariable', { variable: 'a;b]c', empty: '' }, '50%\r\nnext')).toBe(
    `##vso[task.setvariable variable=a%3Bb%5Dc;]50%AZP25%0D%0Anext${EOL}`,
  );
  expect(vsoCommand('task.debug', {}, 'x')).toBe(`##vso[task.debug]x${EOL}`);
});
