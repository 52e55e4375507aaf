/**
 * `export-for`: feeds each named tool its credential. Every value that holds the token is registered with
 * the masker, in all its forms, before anything is written; then files are written and variables exported.
 * Variables are exported as plain (not secret) variables: their secret parts are masked already, and the
 * Azure Pipelines agent would keep secret variables out of later steps' environment, where the tools look.
 */
import type { Host } from '../host';
import type { ConsumerName } from '../inputs/export-for';
import { maskSecret } from '../safety/secrets';
import { CONSUMERS } from './catalogue';
import type { ConsumerInput, ConsumerVariable } from './consumer';
import { writeConsumerFile } from './files';

export function exportForConsumers(host: Host, names: readonly ConsumerName[], input: ConsumerInput): void {
  for (const name of names) {
    if (name === 'git') continue; // the mint step's git credentials
    const consumer = CONSUMERS[name];
    const { variables, files } = consumer.exports(input);
    for (const variable of variables) if (variable.secret) maskSecret(host, variable.value);
    const exported: ConsumerVariable[] = [...variables];
    for (const file of files) {
      exported.push({ name: file.pathVariable, value: writeConsumerFile(host, file), secret: false });
    }
    for (const variable of exported) host.exportVariable(variable.name, variable.value, { secret: false });
    host.info(
      `For ${consumer.readsIt}: exported ${exported.map((variable) => variable.name).join(', ')} to later steps.`,
    );
  }
}
