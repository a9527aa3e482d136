import type { DunningDeps } from '#shared/dunning/ports.ts';
import { checkSuspended } from '#shared/dunning/use-cases/tasks.ts';
import { taskHandler } from '#shared/handlers/task-handler.ts';
import { dunningDeps } from '#wiring';
import { TaskInput } from './input.ts';

/** While suspended: restore, end, or wait how long. */
export const checkSuspendedTask = (deps: DunningDeps) =>
  taskHandler({ name: 'dunning-check-suspended', schema: TaskInput, actor: 'workflow' }, (input) =>
    checkSuspended(deps, input),
  );

export const handler = checkSuspendedTask(dunningDeps);
