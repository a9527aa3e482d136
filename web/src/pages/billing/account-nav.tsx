/**
 * The administrator's account pages beside the group page: invoices, credit limits, the business
 * club, the addresses authorised for support by e-mail, support requests and the audit trail.
 * The main navigation keeps to invoices and support; this list, on each of these pages, reaches
 * the rest.
 */
import { t } from '../../i18n/index.ts';
import { href } from '../../router.ts';

export function AccountNav({ current }: { current: string }) {
  const links = [
    { path: '/group/invoices', text: t('billing.links.invoices') },
    { path: '/group/credit-limits', text: t('billing.links.creditLimits') },
    { path: '/group/club', text: t('billing.links.club') },
    { path: '/group/emails', text: t('billing.links.emails') },
    { path: '/group/tickets', text: t('billing.links.tickets') },
    { path: '/group/audit', text: t('billing.links.audit') },
  ];
  return (
    <nav class="account-nav" aria-label={t('billing.links.label')}>
      <ul>
        {links.map((l) => (
          <li key={l.path}>
            <a href={href(l.path)} aria-current={l.path === current ? 'page' : undefined}>
              {l.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
