import { mainStep } from '../core/steps/main';
import { runStep } from '../core/steps/run';
import { AzurePipelinesHost } from '../hosts/azure-pipelines/host';
import { exitWhenWritten } from '../hosts/stdout';

const host = new AzurePipelinesHost();
void runStep(host, () => mainStep(host)).then(exitWhenWritten);
