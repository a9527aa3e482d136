import type { DunningDeps } from '#shared/dunning/ports.ts';
import { reactivateProvisionally } from '#shared/dunning/use-cases/tasks.ts';
import { taskHandler } from '#shared/handlers/task-handler.ts';
import { dunningDeps } from '#wiring';
import { TaskInput } from './input.ts';

/** Restores service on a proof not yet reviewed. */
export const reactivateProvisionallyTask = (deps: DunningDeps) =>
  taskHandler({ name: 'dunning-reactivate-provisionally', schema: TaskInput, actor: 'workflow' }, (input) =>
    reactivateProvisionally(deps, input),
  );

export const handler = reactivateProvisionallyTask(dunningDeps);
