/**
 * The queue of credit-limit increase requests waiting for a decision, oldest first, each with the
 * references of its documents; approve or reject it with a reason (the API requires one to reject).
 */
import { useState } from 'preact/hooks';
import { api, type Ok } from '../../api/client.ts';
import { formatDate, formatMoney, t } from '../../i18n/index.ts';
import { Done } from '../../ui/components.tsx';
import { codeText } from '../../ui/labels.ts';
import { PagedView, usePaged } from '../../ui/paged.tsx';
import { useAction } from '../../ui/use-api.ts';
import { CustomerLink, DecisionForm } from './common.tsx';

type Request = Ok<'listCreditLimitRequests'>['items'][number];

function Decide({ request }: { request: Request }) {
  const [reason, setReason] = useState('');
  const decide = useAction((decision: 'approve' | 'reject') =>
    api.POST('/v1/credit-limit-requests/{requestId}/decision', {
      params: { path: { requestId: request.requestId } },
      body: decision === 'approve' ? { decision, reason: reason || undefined } : { decision, reason },
    }),
  );
  if (decide.done)
    return (
      <Done text={t('desk.credit.decided', { status: codeText('desk.creditStatus', decide.done.status) })} />
    );
  return <DecisionForm action={decide} reason={reason} onReason={setReason} />;
}

export default function CreditLimits() {
  const requests = usePaged(
    (cursor) =>
      api.GET('/v1/credit-limit-requests', { params: { query: { status: 'pending', cursor, limit: '50' } } }),
    [],
  );
  return (
    <>
      <h1>{t('desk.credit.title')}</h1>
      <p class="muted">{t('desk.decision.reasonHint')}</p>
      <PagedView paged={requests} empty={t('desk.credit.none')}>
        {(items) =>
          items.map((r) => (
            <section class="card" key={r.requestId} aria-labelledby={`request-${r.requestId}`}>
              <h2 id={`request-${r.requestId}`}>
                {t('desk.credit.request', { number: r.msisdn, amount: formatMoney(r.amount) })}
              </h2>
              <dl class="facts">
                <dt>{t('desk.credit.kind')}</dt>
                <dd>{codeText('desk.creditKind', r.kind)}</dd>
                <dt>{t('desk.proofs.customer')}</dt>
                <dd>
                  <CustomerLink groupId={r.groupId} />
                </dd>
                <dt>{t('desk.credit.requested')}</dt>
                <dd>{formatDate(r.requestedAt)}</dd>
                {r.note ? (
                  <>
                    <dt>{t('desk.credit.note')}</dt>
                    <dd>{r.note}</dd>
                  </>
                ) : null}
                {r.documents ? (
                  <>
                    <dt>{t('desk.credit.authorisedPerson')}</dt>
                    <dd>
                      {r.documents.authorisedPerson.name}{' '}
                      <small class="muted">
                        {r.documents.authorisedPerson.idDocument.type}{' '}
                        {r.documents.authorisedPerson.idDocument.number}
                        {' · '}
                        {r.documents.authorisedPerson.idDocument.reference}
                      </small>
                    </dd>
                    <dt>{t('desk.credit.stampedRequest')}</dt>
                    <dd>{r.documents.stampedRequest.reference}</dd>
                  </>
                ) : null}
              </dl>
              <Decide request={r} />
            </section>
          ))
        }
      </PagedView>
    </>
  );
}
