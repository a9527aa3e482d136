/**
 * The portal's demonstration customer: a business group at `dardania` (the tenant that asks for
 * the SMS PIN at every sign-in), its administrator and two members, registered through the same
 * use cases the API runs, and a member of the operator's staff for the desk. Their initial
 * passwords go out like anyone's (the numbers' by SMS, the staff member's by e-mail), so a newcomer
 * signs in with what the outbox shows (`npm start` prints how). Written once, with the demo tenants.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { NewMemberSchema, RegisterGroupSchema } from '../../shared/groups/domain.ts';
import { addMember } from '../../shared/groups/use-cases/add-member.ts';
import { registerGroup } from '../../shared/groups/use-cases/register-group.ts';
import { dynamoTenantRepository } from '../../shared/tenants/dynamo.ts';
import { addStaffMember } from '../../shared/tenants/use-cases/staff.ts';
import { groupDeps, staffDeps } from './wiring.ts';

export const DEMO_TENANT = 'dardania';
/** The demo tenant's member of staff: signs in to the desk with this address. */
export const DEMO_STAFF = { email: 'desk@dardania.example', name: 'Blerta Krasniqi', language: 'sq' };

export interface DemoGroup {
  tenant: string;
  groupId: string;
  admin: string;
  members: string[];
  /** The address the demo staff member signs in to the desk with (folders seeded before it have none). */
  staff?: string;
}

/** Registers the demo group and writes what it got to `file`. */
export async function seedDemoGroup(file: string): Promise<DemoGroup> {
  const tenant = (await dynamoTenantRepository.get(DEMO_TENANT))!;
  const operator = { role: 'operator' as const, subject: 'seed', tenantId: tenant.tenantId };
  const { group, admin } = await registerGroup(
    groupDeps,
    { principal: operator, tenant, correlationId: 'seed-demo-group' },
    RegisterGroupSchema.parse({
      company: {
        legalName: 'Demo Logjistika SH.P.K.',
        registrationNumber: 'K81599999',
        vatId: '330999999',
        address: { street: 'Rruga Agim Ramadani 5', postalCode: '10000', city: 'Prishtinë' },
      },
      legalRepresentative: {
        name: 'Drita Berisha',
        idDocument: { type: 'id-card', number: 'KS7654321', reference: 'dms:kyc/demo/0001' },
      },
      iban: 'XK05 1212 0123 4567 8906',
      billingEmail: 'fatura@demo-logjistika.example',
      language: 'sq',
      admin: { number: { kind: 'new' }, plan: 'BIZ20', label: 'Drita (administrator)' },
    }),
  );
  const asAdmin = {
    principal: {
      role: 'admin' as const,
      subject: 'seed',
      tenantId: tenant.tenantId,
      groupId: group.groupId,
      msisdn: admin.msisdn.replace(/^\+/, ''),
    },
    tenant,
    correlationId: 'seed-demo-group',
  };
  const members: string[] = [];
  for (const label of ['Arben (shitje)', 'Vjosa (magazina)']) {
    const { member } = await addMember(
      groupDeps,
      asAdmin,
      group.groupId,
      NewMemberSchema.parse({ number: { kind: 'new' }, plan: 'BIZ10', label }),
    );
    members.push(member.msisdn);
  }
  const staff = await addStaffMember(
    staffDeps,
    { role: 'platform', subject: 'seed' },
    tenant.tenantId,
    DEMO_STAFF,
  );
  const demo: DemoGroup = {
    tenant: tenant.tenantId,
    groupId: group.groupId,
    admin: admin.msisdn,
    members,
    staff: staff.email,
  };
  await writeFile(file, `${JSON.stringify(demo, null, 2)}\n`);
  return demo;
}

export async function readDemoGroup(file: string): Promise<DemoGroup | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as DemoGroup;
  } catch {
    return undefined;
  }
}
