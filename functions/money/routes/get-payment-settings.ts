import { problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { GroupParams, SettingsView, TAG } from '../views.ts';

// ----- payment settings ----------------------------------------------------------------------------

export const getPaymentSettings = defineRoute({
  operationId: 'getPaymentSettings',
  method: 'GET',
  path: '/v1/groups/{groupId}/payment-settings',
  handler: 'functions/money/get-payment-settings',
  summary: "The group's payment method (direct debit or manual)",
  tag: TAG,
  access: ['admin', 'member', 'operator'],
  allowed: ['admin', 'operator'],
  params: GroupParams,
  responses: {
    200: { description: 'The settings', schema: SettingsView },
    ...problemResponses(400, 401, 403, 404),
  },
});
