import { revokeMinted } from '../core/revoke';
import { runStep } from '../core/run';
import { GitHubHost } from '../hosts/github';

const host = new GitHubHost();
void runStep(host, () => revokeMinted(host));
