import type * as z from 'zod';
import type { ClubBelowMinimum } from '../../../events/club-below-minimum.ts';
import type { EventDetail } from '../../../events/contract.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Tenant } from '../../kernel/tenant.ts';
import { type DeliveryLog, deliverOnce } from '../../notifications/delivery.ts';
import type { Notifier } from '../../notifications/message.ts';
import type { GroupRepository } from '../ports.ts';

/**
 * The administrator's SMS when the group's business club falls below the package's minimum: the
 * club is kept, but it needs more members on monthly contracts (or to be dissolved). In the group's
 * language, once per event.
 */
export interface ClubNoticeDeps {
  groups: Pick<GroupRepository, 'getGroup'>;
  tenant: (tenantId: string) => Promise<Tenant | undefined>;
  notifier: Notifier;
  sent: DeliveryLog;
  clock: Clock;
  leaseSeconds?: number;
}

/** `{count}` and `{min}` are filled in. */
const TEXTS: Record<string, string> = {
  en: 'Your business club now has {count} members on monthly contracts; it needs at least {min}. Add members to the club, or dissolve it, in the client area.',
  sl: 'Vaš poslovni klub ima zdaj {count} članov z mesečno naročnino, potrebuje pa jih najmanj {min}. V uporabniškem portalu dodajte člane ali klub razpustite.',
  sq: 'Klubi juaj i biznesit tani ka {count} anëtarë me kontratë mujore; duhen të paktën {min}. Shtoni anëtarë në klub ose shpërbëjeni atë në zonën e klientit.',
  pt: 'O seu clube empresarial tem agora {count} membros com contrato mensal; precisa de pelo menos {min}. Adicione membros ao clube, ou dissolva-o, na área de cliente.',
  hr: 'Vaš poslovni klub sada ima {count} članova s mjesečnom pretplatom, a potrebno ih je najmanje {min}. Dodajte članove u klub ili ga raspustite u korisničkom portalu.',
};

export function clubBelowMinimumText(locale: string, count: number, min: number) {
  const lang = TEXTS[locale] ? locale : TEXTS[locale.slice(0, 2)] ? locale.slice(0, 2) : 'en';
  return { locale: lang, text: TEXTS[lang]!.replace('{count}', String(count)).replace('{min}', String(min)) };
}

export async function notifyClubBelowMinimum(
  deps: ClubNoticeDeps,
  event: EventDetail<z.output<(typeof ClubBelowMinimum)['schema']>>,
): Promise<'sent' | 'already-sent' | 'no-group'> {
  const { tenantId, eventId } = event.metadata;
  const d = event.data;
  const [group, tenant] = await Promise.all([
    deps.groups.getGroup(tenantId, d.groupId),
    deps.tenant(tenantId),
  ]);
  if (!group) return 'no-group';
  const { locale, text } = clubBelowMinimumText(
    group.language ?? tenant?.locales[0] ?? 'en',
    d.memberCount,
    d.minMembers,
  );
  return deliverOnce(
    { log: deps.sent, notifier: deps.notifier, clock: deps.clock, leaseSeconds: deps.leaseSeconds },
    eventId,
    { tenantId, channel: 'sms', to: group.adminMsisdn, locale, text, template: 'club-below-minimum' },
  );
}
