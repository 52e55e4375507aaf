import { revokeInterrupted, revokeMinted } from '../core/steps/revoke';
import { runStep } from '../core/steps/run';
import { GitHubHost } from '../hosts/github/host';
import { exitWhenWritten } from '../hosts/stdout';

const host = new GitHubHost();
void runStep(host, () => revokeMinted(host), {
  interrupted: (signal, finished) => revokeInterrupted(host, signal, finished),
}).then(exitWhenWritten);
