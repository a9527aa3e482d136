import { systemClock } from '#shared/clock.ts';
import { dynamoCatalogRepository } from '#shared/db/catalog-repository.ts';
import { dynamoGroupRepository } from '#shared/db/group-repository.ts';
import { dynamoMoneyRepository } from '#shared/db/money-repository.ts';
import { dynamoPaymentRepository } from '#shared/db/payment-repository.ts';
import { dynamoVoucherRepository } from '#shared/db/voucher-repository.ts';
import { apiHandler, created } from '#shared/http/api-handler.ts';
import { paymentProvider } from '#shared/payments/provider.ts';
import { topUp } from '#shared/use-cases/money-top-ups.ts';
import { createTopUp as route } from './routes/money.ts';

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
