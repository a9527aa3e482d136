import { GroupRegistered } from '../../../events/group-registered.ts';
import type { Actor } from '../../kernel/actor.ts';
import { Conflict, InvalidInput, issueCollector } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { message } from '../../kernel/messages.ts';
import { currentCatalogOf, normalizeIban } from '../access.ts';
import type { OneTimeCharge } from '../charges.ts';
import type { Group, Member, RegisterGroupInput } from '../domain.ts';
import { joiningCharge, memberAddedEvent, placeNumber, prepareMember } from '../numbers.ts';
import { type GroupDeps, RegistrationTaken } from '../ports.ts';
import { auditEntry, changeRecord } from '../records.ts';
import { normalizeVatId } from '../vat-id.ts';

export interface Registration {
  group: Group;
  admin: Member;
  charges: OneTimeCharge[];
}

/**
 * The operator registers a business customer: legal data (VAT ID checked for the tenant's
 * country), the legal representative's identity document (type, number, a reference to the
 * copy), the company IBAN, billing e-mail and language, and the administrator's number and plan.
 * The admin's number becomes the group's first member, with the admin role; the group is active.
 * Nothing is written unless everything is valid.
 */
export async function registerGroup(
  deps: GroupDeps,
  actor: Actor,
  input: RegisterGroupInput,
): Promise<Registration> {
  const { tenant } = actor;
  const { issues, attempt: check } = issueCollector();
  const vatId = check(() => normalizeVatId(input.company.vatId, tenant.country, 'body.company.vatId'));
  const iban = check(() => normalizeIban(input.iban, 'body.iban'));
  const language = input.language ?? tenant.locales[0]!;
  if (!tenant.locales.includes(language)) {
    issues.push({ field: 'body.language', message: `must be one of ${tenant.locales.join(', ')}` });
  }
  const catalog = await currentCatalogOf(deps, tenant.tenantId);
  const at = deps.clock.now();
  const groupId = newId();
  const prepared = check(() =>
    prepareMember(input.admin, tenant, catalog, groupId, {}, 'admin', at, 'body.admin'),
  );
  if (issues.length || !vatId || !iban || !prepared) throw new InvalidInput(issues);

  const now = at.toISOString();
  const registrationNumber = input.company.registrationNumber.toUpperCase();
  const baseGroup: Omit<Group, 'adminMsisdn'> = {
    tenantId: tenant.tenantId,
    groupId,
    status: 'active',
    company: {
      legalName: input.company.legalName,
      registrationNumber,
      vatId,
      address: { ...input.company.address, country: input.company.address.country ?? tenant.country },
    },
    legalRepresentative: input.legalRepresentative,
    iban,
    billingEmail: input.billingEmail,
    language,
    memberCount: 1,
    planCounts: { [prepared.member.plan]: 1 },
    createdAt: now,
    createdBy: actor.principal.subject,
    updatedAt: now,
  };

  let result: Registration | undefined;
  await placeNumber(deps, tenant, catalog, prepared, 'body.admin', async (msisdn, mayBeReleased) => {
    const admin: Member = { ...prepared.member, msisdn };
    const group: Group = { ...baseGroup, adminMsisdn: msisdn };
    const rec = changeRecord(actor, at);
    rec.charges.push(...joiningCharge(catalog, tenant, admin, at));
    rec.audit.push(
      auditEntry(actor, at, groupId, 'group.registered', 'group', null, {
        legalName: group.company.legalName,
        registrationNumber,
        vatId,
        adminMsisdn: msisdn,
      }),
      auditEntry(actor, at, groupId, 'member.added', msisdn, null, {
        role: 'admin',
        plan: admin.plan,
        origin: admin.origin,
      }),
    );
    rec.events.push(
      {
        contract: GroupRegistered,
        data: {
          groupId,
          legalName: group.company.legalName,
          adminMsisdn: msisdn,
          language,
          billingEmail: group.billingEmail,
        },
      },
      memberAddedEvent(admin),
    );
    try {
      await deps.groups.register(group, admin, mayBeReleased, rec);
    } catch (e) {
      if (e instanceof RegistrationTaken) {
        throw new Conflict(message('group.registered'), {
          errors: [{ field: 'body.company.registrationNumber', message: 'is already registered' }],
        });
      }
      throw e;
    }
    result = { group, admin, charges: rec.charges };
  });
  return result!;
}
