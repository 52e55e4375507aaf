import { mainStep } from '../core/steps/main';
import { runStep } from '../core/steps/run';
import { GitHubHost } from '../hosts/github/host';
import { exitWhenWritten } from '../hosts/stdout';

const host = new GitHubHost();
void runStep(host, () => mainStep(host)).then(exitWhenWritten);
