import * as z from 'zod';
import { RegisterGroupSchema } from '#shared/groups/domain.ts';
import { locationHeader, problemResponses } from '#shared/handlers/responses.ts';
import { defineRoute } from '#shared/handlers/route.ts';
import { ChargeView, GroupView, MemberView, TAG } from '../views.ts';

const RegisterBody = RegisterGroupSchema.meta({
  examples: [
    {
      company: {
        legalName: 'Primer d.o.o.',
        registrationNumber: '1234567000',
        vatId: 'SI50223054',
        address: { street: 'Dunajska cesta 1', postalCode: '1000', city: 'Ljubljana' },
      },
      legalRepresentative: {
        name: 'Ana Novak',
        idDocument: { type: 'id-card', number: 'IA1234567', reference: 'dms:kyc/2025/0001' },
      },
      iban: 'SI56 1910 0000 0123 438',
      billingEmail: 'billing@primer.si',
      language: 'sl',
      admin: { number: { kind: 'port-in', msisdn: '+38641234567', donorOperator: 'Telekom' }, plan: 'GO30' },
    },
  ],
});

// ----- groups --------------------------------------------------------------------------------------

export const registerGroup = defineRoute({
  operationId: 'registerGroup',
  method: 'POST',
  path: '/v1/groups',
  handler: 'functions/groups/register-group',
  summary: 'Register a business customer (group) with its administrator number',
  description:
    "Operator only. Legal data (VAT ID checked for the tenant's country), the legal representative's identity document (type, number and a reference to the stored copy — never the image), the company IBAN (validated), billing e-mail, language, and the administrator's number (`new` from the number ranges, or `port-in` with the donor operator) and plan. The group starts active; the admin number is its first member. A company registration number is registered once per tenant (409 otherwise). The connection or port-in fee is recorded for the first invoice.",
  tag: TAG,
  access: ['operator'],
  body: RegisterBody,
  idempotent: true,
  responses: {
    201: {
      description: 'Registered',
      schema: z.object({ group: GroupView, admin: MemberView, charges: z.array(ChargeView) }),
      headers: locationHeader('the group'),
    },
    ...problemResponses(400, 401, 403, 409, 422),
  },
});
