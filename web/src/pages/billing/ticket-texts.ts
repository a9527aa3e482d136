/** What the ticket pages share: where they are for the signed-in role, and the API's codes in words. */
import { t } from '../../i18n/index.ts';
import { currentSession } from '../../session.ts';

/** The administrator's tickets are among the group's pages, the member's among its own. */
export const ticketsBase = (): string =>
  currentSession()?.role === 'member' ? '/me/tickets' : '/group/tickets';

export function categoryText(category: 'commercial' | 'technical' | 'billing'): string {
  if (category === 'commercial') return t('tickets.commercial');
  if (category === 'technical') return t('tickets.technical');
  return t('tickets.billing');
}

export function ticketStatus(status: 'open' | 'answered' | 'closed'): string {
  if (status === 'answered') return t('tickets.answered');
  if (status === 'closed') return t('tickets.closed');
  return t('tickets.open');
}
