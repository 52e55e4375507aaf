import { mint } from '../core/steps/mint';
import { runStep } from '../core/steps/run';
import { GitHubHost } from '../hosts/github/host';
import { exitWhenWritten } from '../hosts/stdout';

const host = new GitHubHost();
void runStep(host, () => mint(host)).then(exitWhenWritten);
