import * as z from 'zod';
import type { DunningDeps } from '#shared/dunning/ports.ts';
import { awaitOutcome } from '#shared/dunning/use-cases/tasks.ts';
import { taskHandler } from '#shared/handlers/task-handler.ts';
import { dunningDeps } from '#wiring';
import { TaskInput } from './input.ts';

/** The wait for a payment or a proof: keeps the task token on the dunning. */
export const awaitTask = (deps: DunningDeps) =>
  taskHandler(
    { name: 'dunning-await', schema: TaskInput.extend({ taskToken: z.string().min(1) }), actor: 'workflow' },
    (input) => awaitOutcome(deps, input),
  );

export const handler = awaitTask(dunningDeps);
