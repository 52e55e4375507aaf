import { revokeInterrupted, revokeMinted } from '../core/revoke';
import { runStep } from '../core/run';
import { GitHubHost } from '../hosts/github';
import { exitWhenWritten } from '../hosts/stdout';

const host = new GitHubHost();
void runStep(host, () => revokeMinted(host), {
  interrupted: (signal, finished) => revokeInterrupted(host, signal, finished),
}).then(exitWhenWritten);
