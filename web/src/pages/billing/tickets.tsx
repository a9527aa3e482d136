/**
 * Support requests from the client area: open one (subject, category, optionally the number or
 * plan it concerns, the message) and list the caller's (the administrator reads every ticket of
 * its group, a member only those it opened: the API decides). The administrator's at
 * `/group/tickets`, the member's at `/me/tickets`.
 */
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { href, navigate } from '../../router.ts';
import { currentSession } from '../../session.ts';
import { Badge, Field, ProblemView, Section, Select, Table, TextArea } from '../../ui/components.tsx';
import { ticketTone } from '../../ui/labels.ts';
import { PagedView, usePaged } from '../../ui/paged.tsx';
import { useAction } from '../../ui/use-api.ts';
import { AccountNav } from './account-nav.tsx';
import { categoryText, ticketStatus, ticketsBase } from './ticket-texts.ts';

type Category = 'commercial' | 'technical' | 'billing';

function OpenTicket() {
  const [subject, setSubject] = useState('');
  const [category, setCategory] = useState<Category>('billing');
  const [product, setProduct] = useState('');
  const [body, setBody] = useState('');
  const open = useAction(
    () =>
      api.POST('/v1/tickets', {
        body: { subject, category, body, product: product.trim() || undefined },
      }),
    (ticket) => navigate(`${ticketsBase()}/${encodeURIComponent(ticket.ticketId)}`),
  );
  return (
    <Section title={t('tickets.openTitle')} id="open">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void open.submit();
        }}
      >
        <Field
          label={t('tickets.subject')}
          field="body.subject"
          problem={open.problem}
          value={subject}
          onInput={(e) => setSubject(e.currentTarget.value)}
          required
        />
        <Select
          label={t('tickets.category')}
          field="body.category"
          problem={open.problem}
          value={category}
          onChange={(e) => setCategory(e.currentTarget.value as Category)}
          options={(['billing', 'technical', 'commercial'] as const).map((c) => ({
            value: c,
            label: categoryText(c),
          }))}
        />
        <Field
          label={t('tickets.product')}
          hint={t('tickets.productHint')}
          field="body.product"
          problem={open.problem}
          value={product}
          onInput={(e) => setProduct(e.currentTarget.value)}
        />
        <TextArea
          label={t('tickets.body')}
          field="body.body"
          problem={open.problem}
          value={body}
          rows={6}
          onInput={(e) => setBody(e.currentTarget.value)}
          required
        />
        <ProblemView problem={open.problem} />
        <button type="submit" disabled={open.busy}>
          {t('tickets.submit')}
        </button>
      </form>
    </Section>
  );
}

export default function Tickets() {
  const session = currentSession()!;
  const list = usePaged((cursor) => api.GET('/v1/tickets', { params: { query: { cursor } } }), []);
  return (
    <>
      <h1>{t('tickets.title')}</h1>
      {session.role === 'admin' ? <AccountNav current="/group/tickets" /> : null}
      <Section title={t('tickets.listTitle')} id="tickets">
        <PagedView paged={list}>
          {(items) => (
            <Table
              caption={t('tickets.caption')}
              head={[
                t('tickets.subject'),
                t('tickets.category'),
                t('tickets.status'),
                t('tickets.opener'),
                t('tickets.updatedAt'),
              ]}
            >
              {items.map((ticket) => (
                <tr key={ticket.ticketId}>
                  <th scope="row">
                    <a href={href(`${ticketsBase()}/${encodeURIComponent(ticket.ticketId)}`)}>
                      {ticket.subject}
                    </a>
                  </th>
                  <td>{ticket.category ? categoryText(ticket.category) : '—'}</td>
                  <td>
                    <Badge value={ticketStatus(ticket.status)} tone={ticketTone(ticket.status)} />
                  </td>
                  <td>{ticket.msisdn ?? ticket.email ?? '—'}</td>
                  <td>{formatDate(ticket.updatedAt)}</td>
                </tr>
              ))}
            </Table>
          )}
        </PagedView>
      </Section>
      <OpenTicket />
    </>
  );
}
