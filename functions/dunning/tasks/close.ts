import type { DunningDeps } from '#shared/dunning/ports.ts';
import { closeDunning } from '#shared/dunning/use-cases/tasks.ts';
import { taskHandler } from '#shared/handlers/task-handler.ts';
import { dunningDeps } from '#wiring';
import { TaskInput } from './input.ts';

/** The invoice was voided: the dunning ends. */
export const closeTask = (deps: DunningDeps) =>
  taskHandler({ name: 'dunning-close', schema: TaskInput, actor: 'workflow' }, (input) =>
    closeDunning(deps, input),
  );

export const handler = closeTask(dunningDeps);
