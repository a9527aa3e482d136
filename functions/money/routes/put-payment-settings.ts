import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { PaymentSettingsSchema } from '#shared/money/payments.ts';
import { GroupParams, SettingsView, TAG } from '../views.ts';

export const putPaymentSettings = defineRoute({
  operationId: 'putPaymentSettings',
  method: 'PUT',
  path: '/v1/groups/{groupId}/payment-settings',
  handler: 'functions/money/put-payment-settings',
  summary: 'Choose monthly direct debit (mandate) or manual payment',
  description: "Direct debit collects from the group's IBAN under the given SEPA mandate. Admin only.",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  body: PaymentSettingsSchema.meta({
    examples: [
      { method: 'direct-debit', mandate: { reference: 'ALP-2025-000042', signedOn: '2025-03-01' } },
      { method: 'manual' },
    ],
  }),
  responses: {
    200: { description: 'The settings', schema: SettingsView },
    ...problemResponses(400, 401, 403, 404),
  },
});
