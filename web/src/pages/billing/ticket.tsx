/**
 * One support request with its messages, the customer's and customer care's replies, oldest
 * first. Replies come from customer care (the customer is told by SMS or e-mail).
 */
import { api } from '../../api/client.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { href, type PageProps } from '../../router.ts';
import { currentSession } from '../../session.ts';
import { Badge, LoadedView, pathNumber, Section } from '../../ui/components.tsx';
import { ticketTone } from '../../ui/labels.ts';
import { useApi } from '../../ui/use-api.ts';
import { categoryText, ticketStatus, ticketsBase } from './ticket-texts.ts';

export default function Ticket({ params }: PageProps) {
  const ticketId = params.ticketId!;
  const session = currentSession();
  const loaded = useApi(
    () => api.GET('/v1/tickets/{ticketId}', { params: { path: { ticketId } } }),
    [ticketId],
  );
  return (
    <>
      <p>
        <a href={href(ticketsBase())}>{t('tickets.back')}</a>
      </p>
      <LoadedView loaded={loaded}>
        {(ticket) => {
          // The opener's own messages are "you"; the administrator reads its members' by their number.
          const mine =
            ticket.msisdn !== undefined &&
            session?.msisdn !== undefined &&
            pathNumber(ticket.msisdn) === pathNumber(session.msisdn);
          const customer = mine ? t('tickets.fromYou') : (ticket.msisdn ?? ticket.email ?? '');
          return (
            <>
              <h1>{ticket.subject}</h1>
              <Section title={t('tickets.about')} id="about">
                <dl class="facts">
                  <dt>{t('tickets.status')}</dt>
                  <dd data-testid="ticket-status">
                    <Badge value={ticketStatus(ticket.status)} tone={ticketTone(ticket.status)} />
                  </dd>
                  <dt>{t('tickets.category')}</dt>
                  <dd>{ticket.category ? categoryText(ticket.category) : '—'}</dd>
                  <dt>{t('tickets.concerning')}</dt>
                  <dd>{ticket.product ?? '—'}</dd>
                  <dt>{t('tickets.opener')}</dt>
                  <dd>{ticket.msisdn ?? ticket.email ?? '—'}</dd>
                  <dt>{t('tickets.channel')}</dt>
                  <dd>{ticket.channel === 'email' ? t('tickets.byEmail') : t('tickets.clientArea')}</dd>
                  <dt>{t('tickets.createdAt')}</dt>
                  <dd>{formatDate(ticket.createdAt)}</dd>
                </dl>
              </Section>
              <Section title={t('tickets.messages')} id="messages">
                <ol class="messages">
                  {ticket.messages.map((m) => (
                    <li key={`${m.at}-${m.from}`} class={`message ${m.from}`}>
                      <p class="muted">
                        <strong>{m.from === 'operator' ? t('tickets.fromOperator') : customer}</strong> ·{' '}
                        {formatDate(m.at)}
                      </p>
                      <p class="message-body">{m.body}</p>
                    </li>
                  ))}
                </ol>
              </Section>
            </>
          );
        }}
      </LoadedView>
    </>
  );
}
