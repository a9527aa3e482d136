import * as z from 'zod';
import type { DunningDeps } from '#shared/dunning/ports.ts';
import { reactivate } from '#shared/dunning/use-cases/tasks.ts';
import { taskHandler } from '#shared/handlers/task-handler.ts';
import { dunningDeps } from '#wiring';
import { TaskInput } from './input.ts';

/** Restores service and puts the reconnection fee on the next invoice. */
export const reactivateTask = (deps: DunningDeps) =>
  taskHandler(
    {
      name: 'dunning-reactivate',
      schema: TaskInput.extend({ cause: z.enum(['paid', 'proof-approved']) }),
      actor: 'workflow',
    },
    (input) => reactivate(deps, input),
  );

export const handler = reactivateTask(dunningDeps);
