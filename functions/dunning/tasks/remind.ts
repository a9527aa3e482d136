import type { DunningDeps } from '#shared/dunning/ports.ts';
import { sendReminder } from '#shared/dunning/use-cases/tasks.ts';
import { taskHandler } from '#shared/handlers/task-handler.ts';
import { dunningDeps } from '#wiring';
import { TaskInput } from './input.ts';

/** The reminder: the stage `reminded`. */
export const remindTask = (deps: DunningDeps) =>
  taskHandler({ name: 'dunning-remind', schema: TaskInput, actor: 'workflow' }, (input) =>
    sendReminder(deps, input),
  );

export const handler = remindTask(dunningDeps);
