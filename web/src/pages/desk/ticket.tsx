/**
 * One ticket: who opened it and about what, its messages in order, a reply (the customer is told),
 * and closing it or opening it again.
 */
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { href, type PageProps } from '../../router.ts';
import { Badge, Done, LoadedView, ProblemView, Section, TextArea } from '../../ui/components.tsx';
import { codeText, ticketTone } from '../../ui/labels.ts';
import { useAction, useApi } from '../../ui/use-api.ts';
import { CustomerLink } from './common.tsx';

export default function TicketPage({ params }: PageProps) {
  const ticketId = params.ticketId!;
  const loaded = useApi(
    () => api.GET('/v1/tickets/{ticketId}', { params: { path: { ticketId } } }),
    [ticketId],
  );
  const [body, setBody] = useState('');
  const [said, setSaid] = useState<string | undefined>();
  const reply = useAction(
    () => api.POST('/v1/tickets/{ticketId}/replies', { params: { path: { ticketId } }, body: { body } }),
    () => {
      loaded.reload();
      setBody('');
      setSaid(t('desk.ticket.replied'));
    },
  );
  const status = useAction(
    (next: 'open' | 'closed') =>
      api.PUT('/v1/tickets/{ticketId}/status', { params: { path: { ticketId } }, body: { status: next } }),
    (ticket) => {
      loaded.reload();
      setSaid(t('desk.ticket.statusChanged', { status: codeText('desk.ticketStatus', ticket.status) }));
    },
  );
  return (
    <>
      <p>
        <a href={href('/desk/tickets')}>{t('desk.ticket.back')}</a>
      </p>
      <LoadedView loaded={loaded}>
        {(k) => (
          <>
            <h1>{k.subject}</h1>
            <Section title={t('desk.ticket.about')} id="about">
              <dl class="facts">
                <dt>{t('desk.status')}</dt>
                <dd data-testid="ticket-status">
                  <Badge value={codeText('desk.ticketStatus', k.status)} tone={ticketTone(k.status)} />
                </dd>
                <dt>{t('desk.tickets.from')}</dt>
                <dd>{k.msisdn ?? k.email ?? '—'}</dd>
                {k.groupId ? (
                  <>
                    <dt>{t('desk.proofs.customer')}</dt>
                    <dd>
                      <CustomerLink groupId={k.groupId} />
                    </dd>
                  </>
                ) : null}
                <dt>{t('desk.tickets.category')}</dt>
                <dd>{k.category ? codeText('desk.ticketCategory', k.category) : '—'}</dd>
                {k.product ? (
                  <>
                    <dt>{t('desk.ticket.product')}</dt>
                    <dd>{k.product}</dd>
                  </>
                ) : null}
                <dt>{t('desk.tickets.channel')}</dt>
                <dd>{codeText('desk.ticketChannel', k.channel)}</dd>
                <dt>{t('desk.ticket.opened')}</dt>
                <dd>{formatDate(k.createdAt)}</dd>
              </dl>
            </Section>
            <Section title={t('desk.ticket.messages')} id="messages">
              <ol class="desk-messages">
                {k.messages.map((m, i) => (
                  <li key={`${m.at}-${i}`} class={m.from === 'operator' ? 'from-operator' : undefined}>
                    <p class="muted">
                      {codeText('desk.messageFrom', m.from)} · {formatDate(m.at)}
                    </p>
                    <p class="desk-message-body">{m.body}</p>
                  </li>
                ))}
              </ol>
            </Section>
            <Section title={t('desk.ticket.reply')} id="reply">
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  setSaid(undefined);
                  void reply.submit();
                }}
              >
                <TextArea
                  label={t('desk.ticket.replyText')}
                  field="body.body"
                  problem={reply.problem}
                  value={body}
                  rows={4}
                  onInput={(e) => setBody(e.currentTarget.value)}
                />
                <ProblemView problem={reply.problem ?? status.problem} />
                <Done text={said} />
                <div class="actions">
                  <button type="submit" disabled={reply.busy}>
                    {t('desk.ticket.send')}
                  </button>
                  {k.status === 'closed' ? (
                    <button
                      type="button"
                      class="secondary"
                      disabled={status.busy}
                      onClick={() => {
                        setSaid(undefined);
                        void status.submit('open');
                      }}
                    >
                      {t('desk.ticket.reopen')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      class="secondary"
                      disabled={status.busy}
                      onClick={() => {
                        setSaid(undefined);
                        void status.submit('closed');
                      }}
                    >
                      {t('desk.ticket.close')}
                    </button>
                  )}
                </div>
              </form>
            </Section>
          </>
        )}
      </LoadedView>
    </>
  );
}
