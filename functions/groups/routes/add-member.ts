import { NewMemberSchema } from '#shared/groups/domain.ts';
import { locationHeader, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { GroupParams, MemberWithCharges, TAG } from '../views.ts';

const EXAMPLE_MEMBER = { number: { kind: 'new' }, plan: 'GO5', label: 'Ana (sales)' } as const;

const AddMemberBody = NewMemberSchema.meta({ examples: [EXAMPLE_MEMBER] });

export const addMember = defineRoute({
  operationId: 'addMember',
  method: 'POST',
  path: '/v1/groups/{groupId}/members',
  handler: 'functions/groups/add-member',
  summary: 'Add a number: a new one from the number ranges, or a ported-in one (admin)',
  description:
    "Requires `Idempotency-Key`: a retry never allocates a second number. A ported-in number is usable at once; the donor operator is recorded. The catalog's connection or port-in fee is recorded for the next invoice.",
  tag: TAG,
  access: ['admin', 'member'],
  allowed: ['admin'],
  params: GroupParams,
  body: AddMemberBody,
  idempotent: true,
  responses: {
    201: { description: 'Added', schema: MemberWithCharges, headers: locationHeader('the member') },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
