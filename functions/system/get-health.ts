import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { getHealth } from './routes.ts';

export const handler = apiHandler(getHealth, async () =>
  ok({ status: 'ok', time: new Date().toISOString() }),
);
