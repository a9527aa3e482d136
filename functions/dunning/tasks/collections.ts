import type { DunningDeps } from '#shared/dunning/ports.ts';
import { handToCollections } from '#shared/dunning/use-cases/tasks.ts';
import { taskHandler } from '#shared/handlers/task-handler.ts';
import { dunningDeps } from '#wiring';
import { TaskInput } from './input.ts';

/** The final deadline passed: the debt goes to collections. */
export const collectionsTask = (deps: DunningDeps) =>
  taskHandler({ name: 'dunning-collections', schema: TaskInput, actor: 'workflow' }, (input) =>
    handToCollections(deps, input),
  );

export const handler = collectionsTask(dunningDeps);
