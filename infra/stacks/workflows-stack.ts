import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';
import { DUNNING_TASKS, type DunningTask } from '../../functions/dunning/manifest.ts';
import type { WorkflowEntry } from '../../functions/manifest.ts';
import { DunningWorkflow } from '../constructs/dunning-workflow.ts';
import { ProjectFunction } from '../constructs/project-function.ts';
import { pascal } from './routes-stack.ts';
import type { StageSettings } from './settings.ts';

/** A workflow task reads and writes a handful of items: it answers in seconds. */
const TASK_TIMEOUT_SECONDS = 30;

export interface WorkflowsStackProps extends StackProps {
  settings: StageSettings;
  table: ITable;
  bus: IEventBus;
  /** The workflows of `functions/registry.ts`. */
  workflows: readonly WorkflowEntry[];
}

/**
 * The Step Functions workflows and their task functions: today the dunning of unpaid invoices
 * (`infra/constructs/dunning-workflow.ts`). The functions that start and wake a workflow live with
 * the other subscribers (the events stack) and are granted through `uses: ['dunning-workflow']`.
 */
export class WorkflowsStack extends Stack {
  /** Task functions by `<workflow>-<task>`. */
  readonly tasks = new Map<string, ProjectFunction>();
  readonly dunning?: DunningWorkflow;

  constructor(scope: Construct, id: string, props: WorkflowsStackProps) {
    super(scope, id, props);
    const { settings } = props;
    for (const workflow of props.workflows) {
      for (const t of workflow.tasks) {
        const name = `${workflow.name}-${t.name}`;
        if (this.tasks.has(name)) throw new Error(`workflow task "${name}" is listed twice`);
        this.tasks.set(
          name,
          new ProjectFunction(this, pascal(name), {
            handler: t.handler,
            description: `Workflow ${workflow.name}: task ${t.name}`,
            table: props.table,
            bus: props.bus,
            // Tasks write their stage change and its outbox event in one transaction.
            tableAccess: 'readwrite',
            settings,
            timeout: Duration.seconds(TASK_TIMEOUT_SECONDS),
          }),
        );
      }
    }
    const dunning = props.workflows.find((w) => w.name === 'dunning');
    if (dunning) {
      const tasks = new Map<DunningTask, ProjectFunction>();
      for (const name of DUNNING_TASKS) {
        const fn = this.tasks.get(`dunning-${name}`);
        if (!fn) throw new Error(`the dunning workflow lists no task "${name}"`);
        tasks.set(name, fn);
      }
      this.dunning = new DunningWorkflow(this, 'Dunning', {
        tasks,
        stateMachineName: `switchboard-${settings.stage}-dunning`,
        stage: settings.stage,
        retain: settings.production,
      });
    }
  }
}
