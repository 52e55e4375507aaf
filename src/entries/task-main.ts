import { mint } from '../core/mint';
import { runStep } from '../core/run';
import { AzurePipelinesHost } from '../hosts/azure-pipelines';

const host = new AzurePipelinesHost();
void runStep(host, () => mint(host));
