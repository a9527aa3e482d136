import { SendTaskSuccessCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { config } from '../kernel/config.ts';
import type { DunningWorkflow } from './ports.ts';

/**
 * The dunning workflow on AWS (Step Functions, a standard workflow). An execution's name is the
 * invoice's: starting it again is refused (`ExecutionAlreadyExists`, kept 90 days after it ends),
 * which is what a duplicate start wants. Waking a wait that already ended or timed out is no error.
 */
let client: SFNClient | undefined;
const sfn = () => {
  client ??= new SFNClient({ region: config().AWS_REGION });
  return client;
};

const GONE = new Set(['TaskDoesNotExist', 'TaskTimedOut', 'InvalidToken']);

export const stepFunctionsWorkflow: DunningWorkflow = {
  async start(name, input) {
    const arn = config().DUNNING_STATE_MACHINE_ARN;
    if (!arn) throw new Error('DUNNING_STATE_MACHINE_ARN is not set: this function does not start dunnings');
    try {
      await sfn().send(
        new StartExecutionCommand({ stateMachineArn: arn, name, input: JSON.stringify(input) }),
      );
      return 'started';
    } catch (e) {
      if ((e as Error).name === 'ExecutionAlreadyExists') return 'exists';
      throw e;
    }
  },
  async wake(token, output) {
    try {
      await sfn().send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify(output) }));
      return 'woken';
    } catch (e) {
      if (GONE.has((e as Error).name)) return 'gone';
      throw e;
    }
  },
};
