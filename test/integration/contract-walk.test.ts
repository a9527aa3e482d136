import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/registry.ts';
import { seedDemoTenants } from '../../infra/local/seed.ts';
import { provisionDeps } from '../../infra/local/wiring.ts';
import { provisionNumber } from '../../shared/auth/use-cases/provision-number.ts';
import { buildOpenApi } from '../../shared/handlers/openapi.ts';
import type { RouteDefinition } from '../../shared/handlers/route.ts';
import type { Role } from '../../shared/kernel/actor.ts';
import { claims, type InvokeResult, invoke } from '../support/invoke.ts';
import { useTestTable } from '../support/table.ts';
import { runBill } from './bill-run-fixture.ts';
import { declareProof, documentOf, invoiceIdOf, pendingProof, proofBody, upload } from './dunning-fixture.ts';
import { uniq } from './groups-fixture.ts';

/**
 * The contract says who can do what, and shows requests that work:
 *
 * 1. every example of `GET /openapi.json` succeeds against the demo data (the tenants
 *    `infra/local/seed.ts` writes), sent in the order a new customer would: registration, a
 *    number, top-ups, a transfer, payments... Ids the API generates and voucher codes are the
 *    only placeholders; the walk puts in the ones it created;
 * 2. every role `x-roles` lists gets no 403 on a valid request against real data, and every
 *    other role the gate lets through gets 403 from the use case: `x-roles` is exactly who can
 *    succeed.
 */
useTestTable();

const T = 'alpina';
const doc = buildOpenApi(routes, { version: 'walk' });
type Op = {
  operationId: string;
  'x-roles': string[];
  parameters: { name: string; in: string; example?: unknown }[];
  requestBody?: { content: { 'application/json': { schema: { examples?: unknown[] } } } };
};
const operationOf = (route: RouteDefinition) =>
  (doc.paths[route.path] as Record<string, Op>)[route.method.toLowerCase()]!;
const byId = (id: string) => routes.find((r) => r.operationId === id)!;

const examplesOf = (id: string): Record<string, unknown>[] =>
  (operationOf(byId(id)).requestBody?.content['application/json'].schema.examples ?? []) as Record<
    string,
    unknown
  >[];
const queryExampleOf = (id: string): string =>
  operationOf(byId(id))
    .parameters.filter((p) => p.in === 'query' && p.example !== undefined)
    .map((p) => `${p.name}=${encodeURIComponent(String(p.example))}`)
    .join('&');

const key = () => ({ 'idempotency-key': `walk-${uniq()}-${Math.random().toString(36).slice(2, 8)}` });
const digits = (e164: string) => e164.replace(/^\+/, '');
const eur = (amount: number) => ({ amount, currency: 'EUR' });

function succeeded(res: InvokeResult, what: string) {
  expect([200, 201, 204], `${what}: ${res.status} ${res.raw}`).toContain(res.status);
}

/** Placeholders of the examples → what the walk created. */
const placeholders = new Map<string, string>();
const fill = <T>(example: T): T => {
  let json = JSON.stringify(example);
  for (const [from, to] of placeholders) json = json.split(from).join(to);
  return JSON.parse(json) as T;
};
const PLACEHOLDER_GROUP = '01J0000000000000000000000G';
const PLACEHOLDER_VOUCHER = '7K3M-Q9XD-4TPA-ZC2H';
/** The day of the example proof of payment: today, for the invoice the walk issues. */
const PLACEHOLDER_PAID_ON = '2026-03-02';

const operator = claims.operator(T);
const psp = claims.psp(T);

function registration(admin: Record<string, unknown> = { number: { kind: 'new' }, plan: 'GO5' }) {
  const body = fill(examplesOf('registerGroup')[0]!) as Record<string, Record<string, unknown>>;
  return { ...body, company: { ...body.company, registrationNumber: `W${uniq()}`.slice(0, 20) }, admin };
}

async function newGroup(): Promise<{ groupId: string; admin: string; member: string }> {
  const reg = await invoke('POST', '/v1/groups', { claims: operator, body: registration(), headers: key() });
  succeeded(reg, 'register a group');
  const groupId = reg.body.group.groupId as string;
  const admin = digits(reg.body.admin.msisdn);
  const member = await newMember({ groupId, admin });
  return { groupId, admin, member };
}

async function newMember(g: { groupId: string; admin: string }): Promise<string> {
  const res = await invoke('POST', `/v1/groups/${g.groupId}/members`, {
    claims: claims.admin(T, g.groupId, g.admin),
    body: { number: { kind: 'new' }, plan: 'GO5' },
    headers: key(),
  });
  succeeded(res, 'add a member');
  return digits(res.body.member.msisdn);
}

async function newOffer(from: { groupId: string; admin: string }, toGroupId: string): Promise<string> {
  const m = await newMember(from);
  const res = await invoke('POST', `/v1/groups/${from.groupId}/members/${m}/holder-change`, {
    claims: claims.admin(T, from.groupId, from.admin),
    body: { toGroupId },
  });
  succeeded(res, 'offer a number');
  return res.body.offerId as string;
}

/** A support ticket the group's member opened (its admin and the operator see it too). */
async function memberTicket(g: { groupId: string; member: string }): Promise<string> {
  const res = await invoke('POST', '/v1/tickets', {
    claims: claims.member(T, g.groupId, g.member),
    body: { subject: 'Walk', body: 'A question from the walk.', category: 'technical' },
  });
  succeeded(res, 'open a ticket');
  return res.body.ticketId as string;
}

/** A credit-limit increase request of a fresh number, waiting for the operator. */
async function pendingRequest(g: { groupId: string; admin: string }): Promise<string> {
  const res = await invoke(
    'POST',
    `/v1/groups/${g.groupId}/members/${await newMember(g)}/credit-limit/requests`,
    {
      claims: claims.admin(T, g.groupId, g.admin),
      body: { kind: 'temporary', amount: eur(1000) },
      headers: key(),
    },
  );
  succeeded(res, 'request a credit-limit increase');
  return res.body.requestId as string;
}

async function unmatchedPayment(): Promise<string> {
  const res = await invoke('POST', '/v1/payments', {
    claims: psp,
    body: { paymentId: `WALK-${uniq()}`, amount: eur(300), reference: 'MATCHES NOTHING' },
    headers: key(),
  });
  succeeded(res, 'record an unmatched payment');
  return res.body.paymentId as string;
}

// ----- business clubs: the demo tenant that offers them -----------------------------------------

const D = 'dardania';

/** The registration of a Kosovar business customer of `dardania`, its admin a new number on BIZ10. */
async function dardaniaBody() {
  return {
    company: {
      legalName: 'Shembull SH.P.K.',
      registrationNumber: `K${uniq()}`.slice(0, 20),
      vatId: '330123456',
      address: { street: 'Rruga Nëna Terezë 1', postalCode: '10000', city: 'Prishtinë' },
    },
    legalRepresentative: {
      name: 'Arta Krasniqi',
      idDocument: { type: 'id-card', number: 'KS1234567', reference: 'dms:kyc/walk' },
    },
    iban: 'XK05 1212 0123 4567 8906',
    billingEmail: 'fatura@shembull.example',
    language: 'sq',
    admin: { number: { kind: 'new' }, plan: 'BIZ10' },
  };
}

/** A Kosovar business customer of `dardania`, with `n` numbers besides the admin, all on BIZ10. */
async function dardaniaGroup(n: number): Promise<{ groupId: string; admin: string; members: string[] }> {
  const body = await dardaniaBody();
  const reg = await invoke('POST', '/v1/groups', { claims: claims.operator(D), body, headers: key() });
  succeeded(reg, 'register a group at dardania');
  const groupId = reg.body.group.groupId as string;
  const admin = digits(reg.body.admin.msisdn);
  const members: string[] = [];
  for (let i = 0; i < n; i++) members.push(await dardaniaMember({ groupId, admin }));
  return { groupId, admin, members };
}

async function dardaniaMember(g: { groupId: string; admin: string }): Promise<string> {
  const res = await invoke('POST', `/v1/groups/${g.groupId}/members`, {
    claims: claims.admin(D, g.groupId, g.admin),
    body: { number: { kind: 'new' }, plan: 'BIZ10' },
    headers: key(),
  });
  succeeded(res, 'add a member at dardania');
  return digits(res.body.member.msisdn);
}

/** A dardania group whose three members founded its club. */
async function clubbedGroup() {
  const g = await dardaniaGroup(3);
  const res = await invoke('POST', `/v1/groups/${g.groupId}/club`, {
    claims: claims.admin(D, g.groupId, g.admin),
    body: { members: g.members.map((m) => `+${m}`) },
  });
  succeeded(res, 'found a club');
  return g;
}

describe('the examples of the contract work against the demo data', () => {
  it('seeds the demo tenants', async () => {
    expect(await seedDemoTenants()).toContain(T);
  });

  it('registers the example group, adds the example number, changes them', async () => {
    const [example] = examplesOf('registerGroup');
    const reg = await invoke('POST', '/v1/groups', { claims: operator, body: example, headers: key() });
    succeeded(reg, 'registerGroup example');
    const g = reg.body.group.groupId as string;
    exampleGroup = g;
    const admin = claims.admin(T, g, digits(reg.body.admin.msisdn));
    expect(reg.body.admin.msisdn).toBe('+38641234567');

    const added = await invoke('POST', `/v1/groups/${g}/members`, {
      claims: admin,
      body: examplesOf('addMember')[0],
      headers: key(),
    });
    succeeded(added, 'addMember example');
    const member = digits(added.body.member.msisdn);
    expect(added.body.member.msisdn).toBe('+38640100000');

    for (const body of examplesOf('updateGroup')) {
      succeeded(await invoke('PATCH', `/v1/groups/${g}`, { claims: admin, body }), 'updateGroup example');
    }
    for (const body of examplesOf('updateMember')) {
      succeeded(
        await invoke('PATCH', `/v1/groups/${g}/members/${member}`, { claims: admin, body }),
        'updateMember example',
      );
    }
    const quote = await invoke(
      'GET',
      `/v1/groups/${g}/members/${member}/plan-quote?${queryExampleOf('quotePlanChange')}`,
      { claims: admin },
    );
    succeeded(quote, 'quotePlanChange example');
    expect(quote.body.allowed).toBe(true);
    // The same question asked in public: no token, the tenant named (locally; on AWS the host).
    const publicQuote = await invoke('GET', `/v1/quotes?${queryExampleOf('publicQuote')}`, {});
    succeeded(publicQuote, 'publicQuote example');
    expect(publicQuote.body).toMatchObject({ tenant: 'alpina', direction: 'upgrade', oneTimeCharges: [] });
    for (const body of examplesOf('changePlan')) {
      succeeded(
        await invoke('PUT', `/v1/groups/${g}/members/${member}/plan`, { claims: admin, body }),
        'changePlan example',
      );
    }

    // Money: a batch of vouchers, the three top-ups (on the admin's number), the transfer.
    const [batchExample] = examplesOf('issueVoucherBatch');
    const batch = await invoke('POST', '/v1/voucher-batches', { claims: operator, body: batchExample });
    succeeded(batch, 'issueVoucherBatch example');
    placeholders.set(PLACEHOLDER_VOUCHER, batch.body.codes[0]);
    for (const body of examplesOf('createTopUp')) {
      const res = await invoke('POST', `/v1/groups/${g}/members/${digits(admin.msisdn)}/top-ups`, {
        claims: admin,
        body: fill(body),
        headers: key(),
      });
      succeeded(res, `createTopUp example (${(body as { method: string }).method})`);
    }
    for (const body of examplesOf('createTransfer')) {
      succeeded(
        await invoke('POST', `/v1/groups/${g}/transfers`, { claims: admin, body, headers: key() }),
        'createTransfer example',
      );
    }

    // The bank reports a payment that matches nothing; the operator credits it to the member.
    const [paymentExample] = examplesOf('recordPayment') as { paymentId: string }[];
    succeeded(
      await invoke('POST', '/v1/payments', { claims: psp, body: paymentExample, headers: key() }),
      'recordPayment example',
    );
    placeholders.set(PLACEHOLDER_GROUP, g);
    for (const body of examplesOf('assignPayment')) {
      succeeded(
        await invoke('POST', `/v1/payments/${paymentExample!.paymentId}/assignment`, {
          claims: operator,
          body: fill(body),
          headers: key(),
        }),
        'assignPayment example',
      );
    }
    // Collection assurance: a deposit by bank transfer and one paid at a shop (recorded by the
    // operator), an increase request and its approval.
    for (const body of examplesOf('createCreditLimitDeposit')) {
      succeeded(
        await invoke('POST', `/v1/groups/${g}/members/${member}/credit-limit/deposits`, {
          claims: admin,
          body,
          headers: key(),
        }),
        'createCreditLimitDeposit example',
      );
    }
    for (const body of examplesOf('recordShopDeposit')) {
      succeeded(
        await invoke('POST', '/v1/credit-limit-deposits', {
          claims: operator,
          body: fill(body),
          headers: key(),
        }),
        'recordShopDeposit example',
      );
    }
    const [requestExample] = examplesOf('requestCreditLimitIncrease');
    const request = await invoke('POST', `/v1/groups/${g}/members/${member}/credit-limit/requests`, {
      claims: admin,
      body: requestExample,
      headers: key(),
    });
    succeeded(request, 'requestCreditLimitIncrease example');
    for (const body of examplesOf('decideCreditLimitRequest')) {
      succeeded(
        await invoke('POST', `/v1/credit-limit-requests/${request.body.requestId}/decision`, {
          claims: operator,
          body,
        }),
        'decideCreditLimitRequest example',
      );
    }
    for (const body of examplesOf('putPaymentSettings')) {
      succeeded(
        await invoke('PUT', `/v1/groups/${g}/payment-settings`, { claims: admin, body }),
        'putPaymentSettings example',
      );
    }
    for (const body of examplesOf('putAuthorisedEmails')) {
      succeeded(
        await invoke('PUT', `/v1/groups/${g}/authorised-emails`, { claims: admin, body }),
        'putAuthorisedEmails example',
      );
    }

    // A second customer receives an offered number; at last the admin role moves to the member.
    const other = await newGroup();
    placeholders.set(PLACEHOLDER_GROUP, other.groupId);
    const offered = await invoke('POST', `/v1/groups/${g}/members`, {
      claims: admin,
      body: { number: { kind: 'new' }, plan: 'GO5' },
      headers: key(),
    });
    for (const body of examplesOf('offerHolderChange')) {
      succeeded(
        await invoke('POST', `/v1/groups/${g}/members/${digits(offered.body.member.msisdn)}/holder-change`, {
          claims: admin,
          body: fill(body),
        }),
        'offerHolderChange example',
      );
    }
    // The network reports the admin's call to the member, and asks before an international call.
    const mediation = claims.mediation(T);
    for (const example of examplesOf('ingestUsageRecords') as { records: Record<string, unknown>[] }[]) {
      // The example's time, moved into the period that is open today.
      const now = new Date().toISOString();
      const body = { records: example.records.map((r) => ({ ...r, startedAt: now })) };
      const res = await invoke('POST', '/v1/usage-records', { claims: mediation, body });
      succeeded(res, 'ingestUsageRecords example');
      expect(res.body.rejected, res.raw).toBe(0);
    }
    for (const body of examplesOf('authorizeUsage')) {
      succeeded(
        await invoke('POST', '/v1/usage-authorizations', { claims: mediation, body }),
        'authorizeUsage example',
      );
    }
    for (const body of examplesOf('changeAdmin')) {
      succeeded(await invoke('PUT', `/v1/groups/${g}/admin`, { claims: admin, body }), 'changeAdmin example');
    }
  });

  it('founds the example business club at the demo tenant that offers clubs', async () => {
    // The first customer of dardania: its admin and three numbers, the ones the example names.
    const g = await dardaniaGroup(3);
    const [example] = examplesOf('createClub') as { members: string[] }[];
    expect(g.members.map((m) => `+${m}`)).toEqual(example!.members);
    const res = await invoke('POST', `/v1/groups/${g.groupId}/club`, {
      claims: claims.admin(D, g.groupId, g.admin),
      body: example,
    });
    succeeded(res, 'createClub example');
    expect(res.body).toMatchObject({ status: 'active', memberCount: 3, minMembers: 3 });
  });

  it("sends the example proof of payment of the example group's invoice; the staff decide it as the example says", async () => {
    // The next month's run (the x-roles walk below uses this month's); the role of admin moved to
    // the example's first member by the example handover.
    await runBill(T, NEXT_PERIOD);
    const invoiceId = invoiceIdOf(exampleGroup, NEXT_PERIOD);
    const admin = claims.admin(T, exampleGroup, '38640100000');
    placeholders.set(PLACEHOLDER_PAID_ON, proofBody().paidOn);
    const [example] = examplesOf('createPaymentProof') as { document: { size: number } }[];
    const created = await invoke('POST', `/v1/groups/${exampleGroup}/invoices/${invoiceId}/payment-proofs`, {
      claims: admin,
      body: fill(example),
      headers: key(),
    });
    succeeded(created, 'createPaymentProof example');
    await upload(created.body, documentOf(example!.document.size));
    const path = `/v1/groups/${exampleGroup}/invoices/${invoiceId}/payment-proofs/${created.body.proof.proofId}`;
    succeeded(await invoke('POST', `${path}/submit`, { claims: admin }), 'submit the example proof');
    for (const body of examplesOf('decidePaymentProof')) {
      const res = await invoke('POST', `${path}/decision`, { claims: operator, body });
      succeeded(res, 'decidePaymentProof example');
      expect(res.body).toMatchObject({ status: 'approved', reason: body.reason });
    }
    // Mail from the address the example authorised: to the support address a ticket; to the
    // business address, with its PDF, a proof of the same invoice in the staff's queue.
    const outcomes: string[] = [];
    for (const body of examplesOf('receiveInboundEmail')) {
      const res = await invoke('POST', '/v1/inbound-email', { claims: claims.mailGateway(T), body });
      succeeded(res, 'receiveInboundEmail example');
      outcomes.push(res.body.outcome);
      if (res.body.outcome !== 'payment-proof') continue;
      const proof = await invoke(
        'GET',
        `/v1/groups/${exampleGroup}/invoices/${invoiceId}/payment-proofs/${res.body.proofId}`,
        { claims: operator },
      );
      expect(proof.body).toMatchObject({ status: 'pending', channel: 'email', declared: false });
    }
    expect(outcomes).toEqual(['ticket', 'payment-proof']);
  });

  it("gives the example partner machine credentials; its access token acts for the operator's tenant", async () => {
    for (const body of examplesOf('createMachineClient')) {
      const res = await invoke('POST', '/v1/machine-clients', { claims: operator, body });
      succeeded(res, 'createMachineClient example');
      const { clientId } = res.body.client;
      const token = { sub: clientId, token_use: 'access', client_id: clientId, scope: res.body.scope };
      succeeded(
        await invoke('GET', '/v1/catalog', { claims: token }),
        'the example client reads the catalog',
      );
    }
  });

  it("adds the example member to the operator's staff, and a tenant's first one for the platform", async () => {
    for (const body of examplesOf('addStaffMember')) {
      const res = await invoke('POST', '/v1/staff', { claims: operator, body, headers: key() });
      succeeded(res, 'addStaffMember example');
      expect(res.body).toMatchObject({ email: body.email, status: 'active' });
    }
    for (const body of examplesOf('addTenantStaffMember')) {
      const res = await invoke('POST', `/v1/tenants/${D}/staff`, { claims: claims.platform(), body });
      succeeded(res, 'addTenantStaffMember example');
    }
  });

  it('answers the example recovery request as it answers every number (public)', async () => {
    for (const body of examplesOf('startRecovery')) {
      const res = await invoke('POST', '/v1/auth/recovery', { body });
      expect(res.status, res.raw).toBe(202);
      expect(res.body).toEqual({ status: 'accepted', codeValidMinutes: 30 });
    }
  });

  it('registers the example PIN destination of a fixed line at dardania (customer care)', async () => {
    const fixed = `+38328${String(Date.now()).slice(-6)}`;
    const reg = await invoke('POST', '/v1/groups', {
      claims: claims.operator(D),
      body: {
        ...(await dardaniaBody()),
        admin: { number: { kind: 'port-in', msisdn: fixed, donorOperator: 'Telekomi' }, plan: 'BIZ10' },
      },
      headers: key(),
    });
    succeeded(reg, 'register a group with a fixed line at dardania');
    // The sign-in account comes from the number's event (the walk has no user pool to provision).
    const directory = { provision: async () => undefined, disable: async () => undefined };
    await provisionNumber({ ...provisionDeps, directory: directory as never }, D, fixed);
    for (const body of examplesOf('setPinDestination')) {
      const res = await invoke(
        'PUT',
        `/v1/groups/${reg.body.group.groupId}/members/${digits(fixed)}/pin-destination`,
        {
          claims: claims.operator(D),
          body,
        },
      );
      succeeded(res, 'setPinDestination example');
      expect(res.body).toMatchObject({ msisdn: fixed, kind: body.kind, initialPasswordSent: true });
    }
    // Customer care's reset: the example is valid; the walk has no user pool to give new
    // credentials in, so a number without a sign-in account is refused as the contract says
    // (test/integration/auth-reset.test.ts runs it against the local pool).
    for (const body of examplesOf('resetPassword')) {
      const res = await invoke('POST', `/v1/groups/${exampleGroup}/members/38640100000/password-reset`, {
        claims: claims.operator(T),
        body,
      });
      expect(res.status, res.raw).toBe(409);
    }
  });

  it("voids the example group's invoice with the example reason", async () => {
    // The next month's invoice (issued above), voided by the operator.
    await runBill(T, NEXT_PERIOD);
    for (const body of examplesOf('voidInvoice')) {
      const res = await invoke(
        'POST',
        `/v1/groups/${exampleGroup}/invoices/${exampleGroup}-${NEXT_PERIOD.replace('-', '')}/void`,
        {
          claims: operator,
          body,
        },
      );
      succeeded(res, 'voidInvoice example');
      expect(res.body).toMatchObject({ status: 'void', reason: body.reason });
    }
  });

  it('every example of the contract was sent', () => {
    const sent = new Set([
      'registerGroup',
      'addMember',
      'updateGroup',
      'updateMember',
      'quotePlanChange',
      'publicQuote',
      'changePlan',
      'issueVoucherBatch',
      'createTopUp',
      'createTransfer',
      'recordPayment',
      'assignPayment',
      'putPaymentSettings',
      'createCreditLimitDeposit',
      'recordShopDeposit',
      'requestCreditLimitIncrease',
      'decideCreditLimitRequest',
      'putAuthorisedEmails',
      'offerHolderChange',
      'changeAdmin',
      'ingestUsageRecords',
      'authorizeUsage',
      'createClub',
      'voidInvoice',
      'createPaymentProof',
      'decidePaymentProof',
      'receiveInboundEmail',
      'startRecovery',
      'createMachineClient',
      'addStaffMember',
      'addTenantStaffMember',
      'setPinDestination',
      'resetPassword',
    ]);
    const withExamples = routes
      .filter((r) => examplesOf(r.operationId).length > 0 || queryExampleOf(r.operationId) !== '')
      .map((r) => r.operationId);
    expect(withExamples.sort()).toEqual([...sent].sort());
  });
});

// ----- roles --------------------------------------------------------------------------------------

interface World {
  /** The group whose tokens the walk uses: its admin, and a member on its own number. */
  g: { groupId: string; admin: string; member: string };
  /** Another group, to offer numbers to and from. */
  h: { groupId: string; admin: string; member: string };
  topUpId: string;
  batchId: string;
  paymentId: string;
  /** The invoice of `g` for the current period, issued by a bill run. */
  invoiceId: string;
  /** A proof of payment declared for the invoice of `h` (which nothing voids). */
  proofId: string;
}
let w: World;
const PERIOD = new Date().toISOString().slice(0, 7);
const NEXT_PERIOD = new Date(Date.UTC(Number(PERIOD.slice(0, 4)), Number(PERIOD.slice(5, 7)), 1))
  .toISOString()
  .slice(0, 7);
/** The group the examples register (its invoice is voided with the example). */
let exampleGroup = '';

/** The dardania group the club routes are walked on (its first member is the member's token). */
let club: Promise<{ groupId: string; admin: string; members: string[] }> | undefined;
const clubWorld = () => {
  club ??= clubbedGroup();
  return club;
};
const clubClaims = (role: Role, g: { groupId: string; admin: string; members: string[] }) => {
  switch (role) {
    case 'admin':
      return claims.admin(D, g.groupId, g.admin);
    case 'member':
      return claims.member(D, g.groupId, g.members[0]!);
    case 'operator':
      return claims.operator(D);
    default:
      return principal(role);
  }
};

const principal = (role: Role): Record<string, string> => {
  switch (role) {
    case 'platform':
      return claims.platform();
    case 'operator':
      return operator;
    case 'psp':
      return psp;
    case 'mediation':
      return claims.mediation(T);
    case 'mail-gateway':
      return claims.mailGateway(T);
    case 'admin':
      return claims.admin(T, w.g.groupId, w.g.admin);
    case 'member':
      return claims.member(T, w.g.groupId, w.g.member);
  }
};

interface Request {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The same role, on a group of its own (a change that would spoil the walk's group). */
  claims?: Record<string, string>;
}

/** A new member of the walk tenant's staff, added by its operator. */
async function walkStaffMember(): Promise<string> {
  const made = await invoke('POST', '/v1/staff', {
    claims: operator,
    body: { email: `walk-${uniq().toLowerCase()}@operator.example`, name: 'Walk Staff' },
    headers: key(),
  });
  succeeded(made, 'a staff member to act on');
  return made.body.staffId;
}

/**
 * A valid request of each protected route for a role, against real data: a number of its own for
 * a member, fresh things to remove, accept or close, so that only the role decides the answer.
 */
const requests: Record<string, (role: Role) => Promise<Request>> = {
  createTenant: async () => ({
    path: '/v1/tenants',
    body: {
      tenantId: `walk-${uniq().toLowerCase()}`,
      name: 'Walk Operator',
      country: 'SI',
      locales: ['sl'],
      currency: 'EUR',
      timeZone: 'Europe/Ljubljana',
      vatRateBasisPoints: 2200,
      invoiceSeriesPrefix: 'WLK-',
    },
  }),
  listTenants: async () => ({ path: '/v1/tenants' }),
  createMachineClient: async () => ({
    path: '/v1/machine-clients',
    body: { role: 'psp', name: 'Walk bank' },
  }),
  listMachineClients: async () => ({ path: '/v1/machine-clients' }),
  // A fresh client of the operator's tenant to revoke (made by its operator, whoever revokes).
  revokeMachineClient: async () => {
    const made = await invoke('POST', '/v1/machine-clients', {
      claims: operator,
      body: { role: 'mediation', name: 'Walk network' },
    });
    succeeded(made, 'a machine client to revoke');
    return { path: `/v1/machine-clients/${made.body.client.clientId}` };
  },
  addStaffMember: async () => ({
    path: '/v1/staff',
    body: { email: `walk-${uniq().toLowerCase()}@operator.example`, name: 'Walk Colleague' },
    headers: key(),
  }),
  addTenantStaffMember: async () => ({
    path: `/v1/tenants/${T}/staff`,
    body: { email: `walk-${uniq().toLowerCase()}@operator.example`, name: 'Walk First' },
  }),
  listStaff: async () => ({ path: '/v1/staff' }),
  // A fresh member of the operator's tenant to disable or reset (the walk has no user pool: a
  // reset finds no credentials yet, 409, as the contract says).
  disableStaffMember: async () => ({ path: `/v1/staff/${await walkStaffMember()}` }),
  resetStaffPassword: async () => ({ path: `/v1/staff/${await walkStaffMember()}/password-reset` }),
  getCatalog: async () => ({ path: '/v1/catalog' }),
  putCatalog: async () => {
    const current = await invoke('GET', '/v1/catalog', { claims: operator });
    return {
      path: '/v1/catalog',
      body: current.body.catalog,
      headers: { 'if-match': current.headers.etag! },
    };
  },
  listCatalogVersions: async () => ({ path: '/v1/catalog/versions' }),
  registerGroup: async () => ({ path: '/v1/groups', body: registration(), headers: key() }),
  listGroups: async () => ({ path: '/v1/groups' }),
  getGroup: async () => ({ path: `/v1/groups/${w.g.groupId}` }),
  updateGroup: async () => ({ path: `/v1/groups/${w.g.groupId}`, body: { billingEmail: 'walk@primer.si' } }),
  changeAdmin: async (role) => {
    if (role !== 'admin')
      return { path: `/v1/groups/${w.g.groupId}/admin`, body: { msisdn: `+${w.g.member}` } };
    // The handover is for real: on a group of its own, so the walk's admin stays the admin.
    const own = await newGroup();
    return {
      path: `/v1/groups/${own.groupId}/admin`,
      body: { msisdn: `+${own.member}` },
      claims: claims.admin(T, own.groupId, own.admin),
    };
  },
  listGroupAudit: async () => ({ path: `/v1/groups/${w.g.groupId}/audit` }),
  listGroupCharges: async () => ({ path: `/v1/groups/${w.g.groupId}/charges` }),
  listMembers: async () => ({ path: `/v1/groups/${w.g.groupId}/members` }),
  addMember: async () => ({
    path: `/v1/groups/${w.g.groupId}/members`,
    body: { number: { kind: 'new' }, plan: 'GO5' },
    headers: key(),
  }),
  getMember: async () => ({ path: `/v1/groups/${w.g.groupId}/members/${w.g.member}` }),
  updateMember: async () => ({
    path: `/v1/groups/${w.g.groupId}/members/${w.g.member}`,
    body: { label: 'Walk' },
  }),
  removeMember: async (role) => ({
    path: `/v1/groups/${w.g.groupId}/members/${role === 'member' ? w.g.member : await newMember(w.g)}`,
  }),
  changePlan: async () => ({
    path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/plan`,
    body: { plan: 'GO30' },
  }),
  quotePlanChange: async () => ({
    path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/plan-quote?plan=GO150`,
  }),
  // Alpina sells no add-ons: the admin passes the role rule and is told the code is unknown.
  activateAddOn: async () => ({ path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/add-ons/TV` }),
  deactivateAddOn: async () => ({ path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/add-ons/TV` }),
  offerHolderChange: async (role) => ({
    path: `/v1/groups/${w.g.groupId}/members/${role === 'member' ? w.g.member : await newMember(w.g)}/holder-change`,
    body: { toGroupId: w.h.groupId },
  }),
  listHolderChanges: async () => ({ path: `/v1/groups/${w.g.groupId}/holder-changes` }),
  acceptHolderChange: async () => ({
    path: `/v1/groups/${w.g.groupId}/holder-changes/${await newOffer(w.h, w.g.groupId)}/accept`,
  }),
  closeHolderChange: async () => ({
    path: `/v1/groups/${w.g.groupId}/holder-changes/${await newOffer(w.g, w.h.groupId)}`,
  }),
  // Clubs: at dardania, the demo tenant that offers them; each role on the club's own group.
  createClub: async (role) => {
    const own = role === 'admin' ? await dardaniaGroup(3) : await clubWorld();
    return {
      path: `/v1/groups/${own.groupId}/club`,
      body: { members: own.members.map((m) => `+${m}`) },
      claims: clubClaims(role, own),
    };
  },
  getClub: async (role) => {
    const c = await clubWorld();
    return { path: `/v1/groups/${c.groupId}/club`, claims: clubClaims(role, c) };
  },
  dissolveClub: async (role) => {
    const own = role === 'admin' ? await clubbedGroup() : await clubWorld();
    return { path: `/v1/groups/${own.groupId}/club`, claims: clubClaims(role, own) };
  },
  listClubMembers: async (role) => {
    const c = await clubWorld();
    return { path: `/v1/groups/${c.groupId}/club/members`, claims: clubClaims(role, c) };
  },
  joinClub: async (role) => {
    const c = await clubWorld();
    const number = role === 'member' ? c.members[0]! : await dardaniaMember(c);
    return {
      path: `/v1/groups/${c.groupId}/club/members/${number}`,
      headers: key(),
      claims: clubClaims(role, c),
    };
  },
  leaveClub: async (role) => {
    const c = await clubWorld();
    let number = c.members[0]!;
    if (role === 'admin') {
      number = await dardaniaMember(c);
      const joined = await invoke('PUT', `/v1/groups/${c.groupId}/club/members/${number}`, {
        claims: clubClaims('admin', c),
        headers: key(),
      });
      succeeded(joined, 'join the club');
    }
    return { path: `/v1/groups/${c.groupId}/club/members/${number}`, claims: clubClaims(role, c) };
  },
  getBalance: async () => ({ path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/balance` }),
  listNumberLedger: async () => ({ path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/ledger` }),
  getStatement: async () => ({ path: `/v1/groups/${w.g.groupId}/statement` }),
  createTransfer: async () => ({
    path: `/v1/groups/${w.g.groupId}/transfers`,
    body: { from: `+${w.g.admin}`, to: `+${w.g.member}`, amount: eur(100) },
    headers: key(),
  }),
  createTopUp: async () => ({
    path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/top-ups`,
    body: { method: 'bank-transfer', amount: eur(1000) },
    headers: key(),
  }),
  getTopUp: async () => ({ path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/top-ups/${w.topUpId}` }),
  issueVoucherBatch: async () => ({
    path: '/v1/voucher-batches',
    body: { value: eur(500), count: 1, validUntil: '2035-12-31' },
  }),
  listVoucherBatches: async () => ({ path: '/v1/voucher-batches' }),
  getVoucherBatch: async () => ({ path: `/v1/voucher-batches/${w.batchId}` }),
  recordPayment: async () => ({
    path: '/v1/payments',
    body: { paymentId: `WALK-${uniq()}`, amount: eur(100), reference: 'WALK' },
    headers: key(),
  }),
  listUnmatchedPayments: async () => ({ path: '/v1/payments?status=unmatched' }),
  getPayment: async () => ({ path: `/v1/payments/${w.paymentId}` }),
  assignPayment: async () => ({
    path: `/v1/payments/${await unmatchedPayment()}/assignment`,
    body: { groupId: w.g.groupId, msisdn: `+${w.g.member}` },
    headers: key(),
  }),
  getCreditLimit: async () => ({ path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/credit-limit` }),
  createCreditLimitDeposit: async () => ({
    path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/credit-limit/deposits`,
    body: { amount: eur(3000), method: 'bank-transfer' },
    headers: key(),
  }),
  recordShopDeposit: async () => ({
    path: '/v1/credit-limit-deposits',
    body: {
      groupId: w.g.groupId,
      msisdn: `+${w.g.member}`,
      amount: eur(2000),
      paidAt: '2025-03-14T10:00:00Z',
    },
    headers: key(),
  }),
  requestCreditLimitIncrease: async (role) => ({
    path: `/v1/groups/${w.g.groupId}/members/${role === 'member' ? w.g.member : await newMember(w.g)}/credit-limit/requests`,
    body: { kind: 'temporary', amount: eur(1000) },
    headers: key(),
  }),
  listCreditLimitRequests: async () => ({ path: '/v1/credit-limit-requests?status=pending' }),
  decideCreditLimitRequest: async () => ({
    path: `/v1/credit-limit-requests/${await pendingRequest(w.g)}/decision`,
    body: { decision: 'approve' },
  }),
  getPaymentSettings: async () => ({ path: `/v1/groups/${w.g.groupId}/payment-settings` }),
  openTicket: async () => ({
    path: '/v1/tickets',
    body: { subject: 'Upgrade', body: 'What does a plan upgrade cost?', category: 'commercial' },
  }),
  listTickets: async () => ({ path: '/v1/tickets' }),
  getTicket: async () => ({ path: `/v1/tickets/${await memberTicket(w.g)}` }),
  listOpenTickets: async () => ({ path: '/v1/support-queue' }),
  replyToTicket: async () => ({
    path: `/v1/tickets/${await memberTicket(w.g)}/replies`,
    body: { body: 'Answered by the walk.' },
  }),
  changeTicketStatus: async () => ({
    path: `/v1/tickets/${await memberTicket(w.g)}/status`,
    body: { status: 'closed' },
  }),
  getAuthorisedEmails: async () => ({ path: `/v1/groups/${w.g.groupId}/authorised-emails` }),
  putAuthorisedEmails: async () => ({
    path: `/v1/groups/${w.g.groupId}/authorised-emails`,
    body: { emails: ['it@walk.example'] },
  }),
  receiveInboundEmail: async () => ({
    path: '/v1/inbound-email',
    body: {
      messageId: `<walk-${uniq()}@mail.example>`,
      from: 'it@walk.example',
      to: 'support@operator.example',
      subject: 'Walk',
      text: 'Mail from the walk.',
    },
  }),
  listRejectedMail: async () => ({ path: '/v1/rejected-mail' }),
  ingestUsageRecords: async () => ({
    path: '/v1/usage-records',
    body: {
      records: [
        {
          recordId: `WALK-${uniq()}`,
          msisdn: `+${w.g.member}`,
          type: 'sms',
          counterpart: `+${w.g.admin}`,
          startedAt: new Date().toISOString(),
          quantity: 1,
        },
      ],
    },
  }),
  authorizeUsage: async () => ({
    path: '/v1/usage-authorizations',
    body: { msisdn: `+${w.g.member}`, type: 'data', quantity: 1_000_000 },
  }),
  listRejectedRecords: async () => ({ path: '/v1/usage-records/rejected' }),
  getMemberUsage: async () => ({ path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/usage` }),
  listUsageRecords: async () => ({ path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/usage/records` }),
  listInvoices: async () => ({ path: `/v1/groups/${w.g.groupId}/invoices` }),
  getInvoice: async () => ({ path: `/v1/groups/${w.g.groupId}/invoices/${w.invoiceId}` }),
  getInvoicePdf: async () => ({ path: `/v1/groups/${w.g.groupId}/invoices/${w.invoiceId}/pdf` }),
  getInvoiceXml: async () => ({ path: `/v1/groups/${w.g.groupId}/invoices/${w.invoiceId}/xml` }),
  listBillRuns: async () => ({ path: '/v1/bill-runs' }),
  getBillRun: async () => ({ path: `/v1/bill-runs/${PERIOD}` }),
  listBillRunFailures: async () => ({ path: `/v1/bill-runs/${PERIOD}/failures` }),
  getDirectDebitFile: async () => ({ path: `/v1/bill-runs/${PERIOD}/direct-debit` }),
  reportSimChange: async () => ({ path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/sim-change` }),
  setPinDestination: async () => ({
    path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/pin-destination`,
    body: examplesOf('setPinDestination')[0],
  }),
  resetPassword: async () => ({
    path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/password-reset`,
    body: examplesOf('resetPassword')[0],
  }),
  removePinDestination: async () => ({
    path: `/v1/groups/${w.g.groupId}/members/${w.g.member}/pin-destination`,
  }),
  voidInvoice: async () => ({
    path: `/v1/groups/${w.g.groupId}/invoices/${w.invoiceId}/void`,
    body: { reason: 'Voided by the walk: issued to the wrong legal entity.' },
  }),
  putPaymentSettings: async () => ({
    path: `/v1/groups/${w.g.groupId}/payment-settings`,
    body: { method: 'manual' },
  }),
  // Proofs of payment of the other group's invoice (the walk voids the invoice of `g`), each role
  // with its token for that group.
  createPaymentProof: async (role) => ({
    path: hProofs(),
    body: proofBody(),
    headers: key(),
    claims: hClaims(role),
  }),
  listPaymentProofs: async (role) => ({ path: hProofs(), claims: hClaims(role) }),
  getPaymentProof: async (role) => ({ path: `${hProofs()}/${w.proofId}`, claims: hClaims(role) }),
  submitPaymentProof: async (role) => {
    if (role !== 'admin') return { path: `${hProofs()}/${w.proofId}/submit`, claims: hClaims(role) };
    const created = await declareProof(T, w.h, invoiceIdOf(w.h.groupId, PERIOD));
    await upload(created, documentOf(proofBody().document.size));
    return { path: `${hProofs()}/${created.proof.proofId}/submit`, claims: hClaims(role) };
  },
  decidePaymentProof: async () => ({
    path: `${hProofs()}/${await pendingProof(T, w.h, invoiceIdOf(w.h.groupId, PERIOD))}/decision`,
    body: { decision: 'approve' },
  }),
  listPaymentProofQueue: async () => ({ path: '/v1/payment-proofs?status=pending' }),
  listDunnings: async () => ({ path: '/v1/dunnings?stage=suspended' }),
};

/** The proofs of payment of the invoice of `h` for the current period. */
const hProofs = () => `/v1/groups/${w.h.groupId}/invoices/${invoiceIdOf(w.h.groupId, PERIOD)}/payment-proofs`;
const hClaims = (role: Role): Record<string, string> => {
  switch (role) {
    case 'admin':
      return claims.admin(T, w.h.groupId, w.h.admin);
    case 'member':
      return claims.member(T, w.h.groupId, w.h.member);
    default:
      return principal(role);
  }
};

const protectedRoutes = routes.filter((r) => r.access !== 'public');
const gateRoles = (r: RouteDefinition) => r.access as readonly Role[];

describe('x-roles: exactly the roles that can succeed', () => {
  it('setup: groups, credit, a top-up, a batch and a payment of the demo tenant', async () => {
    const g = await newGroup();
    const h = await newGroup();
    const paypal = await invoke('POST', `/v1/groups/${g.groupId}/members/${g.admin}/top-ups`, {
      claims: claims.admin(T, g.groupId, g.admin),
      body: { method: 'paypal', amount: eur(5000), orderId: `WALK-${uniq()}` },
      headers: key(),
    });
    succeeded(paypal, 'credit the admin');
    const top = await invoke('POST', `/v1/groups/${g.groupId}/members/${g.member}/top-ups`, {
      claims: claims.admin(T, g.groupId, g.admin),
      body: { method: 'bank-transfer', amount: eur(1000) },
      headers: key(),
    });
    succeeded(top, 'a bank top-up');
    const batch = await invoke('POST', '/v1/voucher-batches', {
      claims: operator,
      body: { value: eur(500), count: 1, validUntil: '2035-12-31' },
    });
    succeeded(batch, 'a voucher batch');
    await runBill(T, PERIOD);
    w = {
      g,
      h,
      topUpId: top.body.topUpId,
      batchId: batch.body.batchId,
      paymentId: await unmatchedPayment(),
      invoiceId: `${g.groupId}-${PERIOD.replace('-', '')}`,
      proofId: (await declareProof(T, h, invoiceIdOf(h.groupId, PERIOD))).proof.proofId,
    };
  });

  it('has a request for every protected route', () => {
    expect(protectedRoutes.map((r) => r.operationId).filter((id) => !requests[id])).toEqual([]);
  });

  it('lists in x-roles only roles the gate lets through', () => {
    for (const r of protectedRoutes) {
      for (const role of operationOf(r)['x-roles']) expect(gateRoles(r), r.operationId).toContain(role);
    }
  });

  it.each(
    protectedRoutes.flatMap((r) =>
      gateRoles(r).map((role) => [`${r.method} ${r.path} as ${role}`, r, role] as const),
    ),
  )('%s', async (_n, route, role) => {
    const req = await requests[route.operationId]!(role);
    const res = await invoke(route.method, req.path, {
      claims: req.claims ?? principal(role),
      ...(req.body !== undefined ? { body: req.body } : {}),
      ...(req.headers ? { headers: req.headers } : {}),
    });
    if (operationOf(route)['x-roles'].includes(role)) {
      expect(res.status, `listed in x-roles, yet: ${res.raw}`).not.toBe(403);
      expect(res.status, res.raw).not.toBe(401);
    } else {
      expect(res.status, `not listed in x-roles, yet: ${res.raw}`).toBe(403);
    }
  });
});
