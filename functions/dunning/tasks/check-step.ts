import * as z from 'zod';
import type { DunningDeps } from '#shared/dunning/ports.ts';
import { checkStep } from '#shared/dunning/use-cases/tasks.ts';
import { taskHandler } from '#shared/handlers/task-handler.ts';
import { dunningDeps } from '#wiring';
import { TaskInput } from './input.ts';

/** Before the reminder or the suspension: ended, wait, or go ahead. */
export const checkStepTask = (deps: DunningDeps) =>
  taskHandler(
    {
      name: 'dunning-check-step',
      schema: TaskInput.extend({ step: z.enum(['remind', 'suspend']) }),
      actor: 'workflow',
    },
    (input) => checkStep(deps, input),
  );

export const handler = checkStepTask(dunningDeps);
