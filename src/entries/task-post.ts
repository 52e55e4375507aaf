// The agent runs this post-job step always, also when the main step failed or was skipped: the core then
// finds no saved state and does nothing.
import { revokeInterrupted, revokeMinted } from '../core/steps/revoke';
import { runStep } from '../core/steps/run';
import { AzurePipelinesHost } from '../hosts/azure-pipelines/host';
import { exitWhenWritten } from '../hosts/stdout';

const host = new AzurePipelinesHost();
void runStep(host, () => revokeMinted(host), {
  interrupted: (signal, finished) => revokeInterrupted(host, signal, finished),
}).then(exitWhenWritten);
