import * as z from 'zod';
import type { DunningDeps } from '#shared/dunning/ports.ts';
import { recordFailure } from '#shared/dunning/use-cases/tasks.ts';
import { taskHandler } from '#shared/handlers/task-handler.ts';
import { dunningDeps } from '#wiring';
import { TaskInput } from './input.ts';

/** A task failed for good: the failure is kept on the dunning before the execution fails. */
export const recordFailureTask = (deps: DunningDeps) =>
  taskHandler(
    {
      name: 'dunning-record-failure',
      schema: TaskInput.extend({ error: z.string().optional(), cause: z.string().optional() }),
      actor: 'workflow',
    },
    (input) => recordFailure(deps, input),
  );

export const handler = recordFailureTask(dunningDeps);
