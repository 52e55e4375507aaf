/**
 * The agent expands `$(name)` in a task input only when a variable of that name is defined; otherwise the
 * input keeps the literal text (a variable group not linked, a typo). Sent as a credential, that text fails
 * far from its cause, so the task names the variable instead, before any request.
 */
import { ActionableError } from '../../core/errors';
import { inputRef } from '../../core/inputs/names';

/** Exactly one macro and nothing else, with a name the agent accepts (letters, digits, `_` and `.`). */
const WHOLE_MACRO = /^\$\(([A-Za-z0-9_][A-Za-z0-9_.]*)\)$/;

/** The variable an input's value names when it is an unexpanded `$(name)`, else undefined. */
export function unexpandedVariable(value: string): string | undefined {
  return WHOLE_MACRO.exec(value.trim())?.[1];
}

/** The failure for input `name` (kebab-case) left as `$(variable)`; it echoes only the macro, never more. */
export function undefinedVariableError(name: string, variable: string): ActionableError {
  return new ActionableError(
    'input',
    `${inputRef(name)} is the literal text \`$(${variable})\`: the variable ${variable} is not defined ` +
      '(variable group not linked, or a typo).',
    `Define ${variable} in the pipeline's variables, or link the variable group that holds it ` +
      '(`variables: - group: <name>`, and allow the pipeline to use the group); or correct the name in the input.',
    { code: 'undefined_variable', notApplied: true },
  );
}
