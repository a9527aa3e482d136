import type { DunningDeps } from '#shared/dunning/ports.ts';
import { openDunning } from '#shared/dunning/use-cases/tasks.ts';
import { taskHandler } from '#shared/handlers/task-handler.ts';
import { dunningDeps } from '#wiring';
import { TaskInput } from './input.ts';

/** Opens the invoice's dunning (or reads it) and says where the workflow resumes. */
export const openTask = (deps: DunningDeps) =>
  taskHandler({ name: 'dunning-open', schema: TaskInput, actor: 'workflow' }, (input) =>
    openDunning(deps, input),
  );

export const handler = openTask(dunningDeps);
