import { reportSimChange } from '#shared/auth/use-cases/report-sim-change.ts';
import { apiHandler, ok } from '#shared/handlers/api-handler.ts';
import { simChangeDeps } from '#wiring';
import { reportSimChange as route } from './routes/report-sim-change.ts';

export const handler = apiHandler(route, async ({ principal, tenant, params }) =>
  ok(await reportSimChange(simChangeDeps, { principal, tenant }, params.groupId, params.msisdn)),
);
