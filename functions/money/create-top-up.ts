import { dynamoCatalogRepository } from '#shared/catalog/dynamo.ts';
import { dynamoGroupRepository } from '#shared/groups/dynamo.ts';
import { apiHandler, created } from '#shared/handlers/api-handler.ts';
import { systemClock } from '#shared/kernel/clock.ts';
import { dynamoMoneyRepository } from '#shared/money/dynamo.ts';
import { dynamoPaymentRepository } from '#shared/money/dynamo-payments.ts';
import { dynamoVoucherRepository } from '#shared/money/dynamo-vouchers.ts';
import { paymentProvider } from '#shared/money/payment-provider.ts';
import { topUp } from '#shared/money/use-cases/top-up.ts';
import { createTopUp as route } from './routes.ts';

const deps = {
  money: dynamoMoneyRepository,
  groups: dynamoGroupRepository,
  catalogs: dynamoCatalogRepository,
  vouchers: dynamoVoucherRepository,
  payments: dynamoPaymentRepository,
  provider: paymentProvider,
  clock: systemClock,
};

export const handler = apiHandler(
  route,
  async ({ principal, tenant, correlationId, params, body, idempotencyKey }) => {
    const view = await topUp(
      deps,
      { principal, tenant, correlationId },
      params.groupId,
      params.msisdn,
      body,
      {
        name: route.operationId,
        key: idempotencyKey!,
        request: { params, body },
      },
    );
    return created(view, `/v1/groups/${params.groupId}/members/${params.msisdn}/top-ups/${view.topUpId}`);
  },
);
