import { mint } from '../core/mint';
import { runStep } from '../core/run';
import { AzurePipelinesHost } from '../hosts/azure-pipelines';
import { exitWhenWritten } from '../hosts/stdout';

const host = new AzurePipelinesHost();
void runStep(host, () => mint(host)).then(exitWhenWritten);
