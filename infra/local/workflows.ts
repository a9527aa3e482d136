import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WorkflowEntry } from '../../functions/manifest.ts';
import type { DunningEventDeps, DunningInput, DunningWorkflow } from '../../shared/dunning/ports.ts';
import { logger } from '../../shared/kernel/observability.ts';
import { localContext } from './api-event.ts';
import { loadModuleHandler } from './event-bus.ts';
import { invoke } from './invocations.ts';
import { REPO_ROOT } from './settings.ts';

/**
 * The workflows as `npm start` and the tests run them: the Amazon States Language definition that
 * CDK synthesizes (`infra/stacks/workflows-stack.ts`, synthesized in process without bundling),
 * executed by `aws-local-stepfunctions`, each Task state's Lambda function replaced by its task's
 * handler module, invoked as Lambda would. A task that waits for a task token
 * (`.waitForTaskToken`) gets a token of this runner, and its state completes when `wake` is called
 * with it, as `SendTaskSuccess` does on AWS.
 *
 * Executions live in this process only: what a workflow has reached is recorded by its tasks in
 * the table, and a restart starts each unfinished one again from there (`resumeDunnings`).
 */

// aws-local-stepfunctions uses `Promise.withResolvers` (Node 22); Node 20 does not have it.
if (!('withResolvers' in Promise)) {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

type Json = Record<string, unknown>;
type Handler = (event: unknown, context: unknown) => Promise<unknown>;

/** A workflow's definition as CDK synthesized it, and the task each Task state runs. */
export interface SynthesizedWorkflow {
  name: string;
  definition: Json;
  /** Task state name → the task's handler module (from the repo root, without extension). */
  handlers: Map<string, string>;
  /** Task states that wait for a task token. */
  callbacks: Set<string>;
}

/** The arn the local definition gives a function: its logical id inside. */
const localArn = (logicalId: string) => `arn:aws:lambda:eu-central-1:000000000000:function:${logicalId}`;

/** `Fn::Join` of the definition string, with every intrinsic the definition holds made literal. */
function resolveIntrinsics(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as Json;
  if (Array.isArray(v['Fn::Join'])) {
    const [sep, parts] = v['Fn::Join'] as [string, unknown[]];
    return parts.map(resolveIntrinsics).join(sep);
  }
  if (Array.isArray(v['Fn::GetAtt'])) return localArn((v['Fn::GetAtt'] as string[])[0]!);
  if (typeof v.Ref === 'string') {
    const ref = v.Ref as string;
    if (ref === 'AWS::Partition') return 'aws';
    if (ref === 'AWS::Region') return 'eu-central-1';
    if (ref === 'AWS::AccountId') return '000000000000';
    if (ref === 'AWS::URLSuffix') return 'amazonaws.com';
    return ref;
  }
  throw new Error(
    `the workflow definition holds an intrinsic the local runner cannot resolve: ${JSON.stringify(v)}`,
  );
}

/**
 * Synthesizes the workflows stack (no bundling) and returns each workflow's definition exactly as
 * the template carries it, its intrinsics resolved, with the handler of each Task state.
 */
export async function synthesizeWorkflows(
  entries?: readonly WorkflowEntry[],
): Promise<SynthesizedWorkflow[]> {
  const [
    { App, CfnElement, CfnWaitConditionHandle, Stack },
    { Table },
    { EventBus },
    { WorkflowsStack },
    { stageSettings },
  ] = await Promise.all([
    import('aws-cdk-lib'),
    import('aws-cdk-lib/aws-dynamodb'),
    import('aws-cdk-lib/aws-events'),
    import('../stacks/workflows-stack.ts'),
    import('../stacks/settings.ts'),
  ]);
  const workflows = entries ?? (await import('../../functions/registry.ts')).workflows;
  const cdkJson = JSON.parse(readFileSync(resolve(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Json };
  // The template is only read here, for its definitions: CDK's own check of the template against
  // CloudFormation's rules (seconds of CPU) is left to `cdk synth` and the CDK tests.
  const app = new App({
    context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] },
    outdir: undefined,
    builtinCloudFormationValidation: false,
  });
  // The table and the bus, by name: a stack of their own holds only a placeholder resource.
  const refs = new Stack(app, 'LocalRefs');
  new CfnWaitConditionHandle(refs, 'Placeholder');
  const stack = new WorkflowsStack(app, 'Local-Workflows', {
    settings: stageSettings('local'),
    table: Table.fromTableName(refs, 'Table', 'local'),
    bus: EventBus.fromEventBusName(refs, 'Bus', 'local'),
    workflows,
  });
  // Logical id of each task function → its handler module.
  const handlerOf = new Map<string, string>();
  for (const workflow of workflows) {
    for (const t of workflow.tasks) {
      const fn = stack.tasks.get(`${workflow.name}-${t.name}`)!;
      const cfn = fn.node.defaultChild as InstanceType<typeof CfnElement>;
      handlerOf.set(localArn(stack.getLogicalId(cfn)), t.handler);
    }
  }
  const template = app.synth().getStackByName(stack.stackName).template as {
    Resources: Record<string, { Type: string; Properties: Json }>;
  };
  const out: SynthesizedWorkflow[] = [];
  for (const resource of Object.values(template.Resources)) {
    if (resource.Type !== 'AWS::StepFunctions::StateMachine') continue;
    const definition = JSON.parse(resolveIntrinsics(resource.Properties.DefinitionString)) as Json;
    const name = String(resource.Properties.StateMachineName ?? '').replace(/^switchboard-local-/, '');
    const handlers = new Map<string, string>();
    const callbacks = new Set<string>();
    for (const [state, def] of Object.entries(definition.States as Record<string, Json>)) {
      if (def.Type !== 'Task') continue;
      const resourceArn = String(def.Resource);
      const fnArn = resourceArn.startsWith('arn:aws:states:')
        ? String((def.Parameters as Json | undefined)?.FunctionName)
        : resourceArn;
      const handler = handlerOf.get(fnArn);
      if (!handler) throw new Error(`workflow ${name}: state "${state}" runs no known task (${fnArn})`);
      handlers.set(state, handler);
      if (resourceArn.endsWith('.waitForTaskToken')) callbacks.add(state);
    }
    out.push({ name, definition, handlers, callbacks });
  }
  return out;
}

/** How a test or the runtime changes a task's handler (to hold it, or fail it a few times). */
export type TaskWrapper = (
  state: string,
  run: (input: unknown) => Promise<unknown>,
) => (input: unknown) => Promise<unknown>;

export interface RunnerOptions {
  workflow: SynthesizedWorkflow;
  /** Pause before a retry, per state (ms); default: the definition's. */
  retryIntervalOverrides?: Record<string, number>;
  wrap?: TaskWrapper;
  /** The handler module's `handler`, by module path (tests pass handlers built with their own deps). */
  load?: (modulePath: string) => Promise<Handler>;
}

export interface LocalWorkflowRunner extends DunningWorkflow {
  /** Names of the executions running now. */
  running(): string[];
  /** Whether an execution of this name was started (running or ended, the last 10,000 kept). */
  started(name: string): boolean;
  /** Resolves with the execution's end: its output, or its error. */
  settled(
    name: string,
  ): Promise<{ status: 'succeeded' | 'failed' | 'aborted'; output?: unknown; error?: string }>;
  /** Aborts every execution (what they reached is in the table; a restart resumes them). */
  stop(): Promise<void>;
}

const TASK_TIMEOUT_SECONDS = 30;
/** Ended executions whose outcome the runner keeps (for `settled`), oldest forgotten first. */
const ENDED_KEPT = 10_000;

/** Runs one workflow's definition in process. */
export async function createWorkflowRunner(opts: RunnerOptions): Promise<LocalWorkflowRunner> {
  const { StateMachine } = await import('aws-local-stepfunctions');
  const { workflow } = opts;
  const machine = new StateMachine(workflow.definition as never, {
    validationOptions: { checkArn: true, checkPaths: true },
  });
  const load = opts.load ?? loadModuleHandler;
  const waits = new Map<string, (output: unknown) => void>();
  type Ended = { status: 'succeeded' | 'failed' | 'aborted'; output?: unknown; error?: string };
  const ended = new Map<string, Ended>();
  const executions = new Map<
    string,
    {
      abort: () => void;
      done: Promise<{ status: 'succeeded' | 'failed' | 'aborted'; output?: unknown; error?: string }>;
    }
  >();

  const call = async (state: string, event: unknown) => {
    const handler = await load(workflow.handlers.get(state)!);
    const context = localContext(`${workflow.name}-${state}`, TASK_TIMEOUT_SECONDS);
    return invoke(handler, event, context);
  };

  const overrides: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const state of workflow.handlers.keys()) {
    const callback = workflow.callbacks.has(state);
    const run = async (input: unknown): Promise<unknown> => {
      if (!callback) return call(state, input);
      // lambda:invoke.waitForTaskToken: the function gets the Payload, with a token of ours.
      const payload = { ...((input as Json).Payload as Json), taskToken: randomUUID() };
      const token = payload.taskToken as string;
      const woken = new Promise<unknown>((res) => waits.set(token, res));
      try {
        await call(state, payload);
      } catch (e) {
        waits.delete(token);
        throw e;
      }
      return woken;
    };
    overrides[state] = opts.wrap ? opts.wrap(state, run) : run;
  }

  const runner: LocalWorkflowRunner = {
    async start(name: string, input: DunningInput) {
      if (executions.has(name)) return 'exists';
      const execution = machine.run(
        { ...input },
        {
          overrides: {
            taskResourceLocalHandlers: overrides as never,
            ...(opts.retryIntervalOverrides ? { retryIntervalOverrides: opts.retryIntervalOverrides } : {}),
          },
          noThrowOnAbort: true,
          context: {
            Execution: {
              Id: `arn:aws:states:eu-central-1:000000000000:execution:${workflow.name}:${name}`,
              Name: name,
              Input: { ...input },
              StartTime: new Date().toISOString(),
            },
            // Replaced by a fresh token in each waiting task's payload (above).
            Task: { Token: 'local' },
          },
        },
      );
      const done = execution.result.then(
        (output: unknown) =>
          output === null ? { status: 'aborted' as const } : { status: 'succeeded' as const, output },
        (e: unknown) => {
          logger.error('workflow execution failed', {
            workflow: workflow.name,
            execution: name,
            error: e as Error,
          });
          return { status: 'failed' as const, error: (e as Error).name };
        },
      );
      executions.set(name, { abort: execution.abort, done });
      ended.delete(name);
      void done.then((result) => {
        executions.delete(name);
        ended.set(name, result);
        if (ended.size > ENDED_KEPT) ended.delete(ended.keys().next().value!);
      });
      return 'started';
    },
    async wake(token, output) {
      const resolveWait = waits.get(token);
      if (!resolveWait) return 'gone';
      waits.delete(token);
      resolveWait(output);
      return 'woken';
    },
    running: () => [...executions.keys()],
    started: (name) => executions.has(name) || ended.has(name),
    async settled(name) {
      const e = executions.get(name);
      if (e) return e.done;
      const result = ended.get(name);
      if (!result) throw new Error(`no execution "${name}" was started`);
      return result;
    },
    async stop() {
      const all = [...executions.values()];
      for (const e of all) e.abort();
      await Promise.all(all.map((e) => e.done));
    },
  };
  return runner;
}

// ----- the local adapter of the dunning workflow port ------------------------------------------

let current: LocalWorkflowRunner | undefined;

/** The runner the local adapter hands starts and wake-ups to (`npm start`'s, or a test's). */
export function useLocalWorkflowRunner(runner: LocalWorkflowRunner | undefined): void {
  current = runner;
}

/**
 * The dunning workflow port in the local composition root: the runner of this process. Without one
 * (a process that runs no workflows) a start fails, so the event that asked for it is retried,
 * never dropped.
 */
export const localDunningWorkflow: DunningWorkflow = {
  start(name, input) {
    if (!current) throw new Error('no local workflow runner in this process');
    return current.start(name, input);
  },
  async wake(token, output) {
    if (!current) return 'gone';
    return current.wake(token, output);
  },
};

/** `npm start`'s workflows: the dunning state machine, its runner installed for the local adapter. */
export async function startLocalWorkflows(): Promise<{
  resume(deps: DunningEventDeps): Promise<number>;
  stop(): Promise<void>;
}> {
  const [dunning] = (await synthesizeWorkflows()).filter((w) => w.name === 'dunning');
  if (!dunning) throw new Error('the synthesized workflows hold no dunning state machine');
  const runner = await createWorkflowRunner({ workflow: dunning });
  useLocalWorkflowRunner(runner);
  return {
    async resume(deps) {
      const [{ dynamoTenantRepository }, { resumeDunnings }] = await Promise.all([
        import('../../shared/tenants/dynamo.ts'),
        import('../../shared/dunning/use-cases/workflow-events.ts'),
      ]);
      let resumed = 0;
      let cursor: string | undefined;
      do {
        const page = await dynamoTenantRepository.list(100, cursor);
        for (const t of page.items) resumed += await resumeDunnings(deps, t.tenantId);
        cursor = page.nextCursor;
      } while (cursor);
      return resumed;
    },
    async stop() {
      await runner.stop();
      useLocalWorkflowRunner(undefined);
    },
  };
}
