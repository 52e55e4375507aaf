import * as tl from 'azure-pipelines-task-lib/task';
import { mint } from '../core/mint';
import { runStep } from '../core/run';
import { AzurePipelinesHost } from '../hosts/azure-pipelines';

const host = new AzurePipelinesHost(tl);
void runStep(host, () => mint(host));
