import { apiHandler, ok } from '#shared/http/api-handler.ts';
import { getHealth } from './routes/system.ts';

export const handler = apiHandler(getHealth, async () =>
  ok({ status: 'ok', time: new Date().toISOString() }),
);
