import * as z from 'zod';
import type { DunningDeps } from '#shared/dunning/ports.ts';
import { suspend } from '#shared/dunning/use-cases/tasks.ts';
import { taskHandler } from '#shared/handlers/task-handler.ts';
import { dunningDeps } from '#wiring';
import { TaskInput } from './input.ts';

/** Suspends outgoing services for non-payment. */
export const suspendTask = (deps: DunningDeps) =>
  taskHandler(
    {
      name: 'dunning-suspend',
      schema: TaskInput.extend({ cause: z.enum(['grace-over', 'proof-rejected', 'lapsed']) }),
      actor: 'workflow',
    },
    (input) => suspend(deps, input),
  );

export const handler = suspendTask(dunningDeps);
