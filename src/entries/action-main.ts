import { mint } from '../core/mint';
import { runStep } from '../core/run';
import { GitHubHost } from '../hosts/github';
import { exitWhenWritten } from '../hosts/stdout';

const host = new GitHubHost();
void runStep(host, () => mint(host)).then(exitWhenWritten);
