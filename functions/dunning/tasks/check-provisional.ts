import type { DunningDeps } from '#shared/dunning/ports.ts';
import { checkProvisionalStage } from '#shared/dunning/use-cases/tasks.ts';
import { taskHandler } from '#shared/handlers/task-handler.ts';
import { dunningDeps } from '#wiring';
import { TaskInput } from './input.ts';

/** During a provisional reactivation: confirm, revert, or wait how long. */
export const checkProvisionalTask = (deps: DunningDeps) =>
  taskHandler({ name: 'dunning-check-provisional', schema: TaskInput, actor: 'workflow' }, (input) =>
    checkProvisionalStage(deps, input),
  );

export const handler = checkProvisionalTask(dunningDeps);
