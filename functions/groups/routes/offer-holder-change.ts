import * as z from 'zod';
import { GroupIdSchema } from '#shared/groups/domain.ts';
import { locationHeader, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { MemberParams, OfferView, TAG } from '../views.ts';

/**
 * Examples are written for the demo tenant `alpina` (infra/local/seed-data.ts) and work against it
 * in this order: the registration ports the admin number in, the first number added is the first
 * of alpina's range. Ids the API generates (groups) are placeholders.
 */
const EXAMPLE_GROUP_ID = '01J0000000000000000000000G';

const OfferBody = z
  .strictObject({ toGroupId: GroupIdSchema })
  .meta({ examples: [{ toGroupId: EXAMPLE_GROUP_ID }] });

// ----- change of holder ---------------------------------------------------------------------------

export const offerHolderChange = defineRoute({
  operationId: 'offerHolderChange',
  method: 'POST',
  path: '/v1/groups/{groupId}/members/{msisdn}/holder-change',
  handler: 'functions/groups/offer-holder-change',
  summary: 'Offer a number to another business customer (change of holder, step 1, admin) [added]',
  description:
    "The receiving group's admin accepts it within 14 days; the new holder pays the change-of-holder fee. Plan, add-ons, settings and commitment move with the number; its prepaid credit goes back to the offering group's admin.",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: MemberParams,
  body: OfferBody,
  responses: {
    201: {
      description: 'The offer',
      schema: OfferView,
      headers: locationHeader("the group's outgoing offers"),
    },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
