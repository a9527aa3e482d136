/**
 * One payment proof: what the customer declared, a link to its document (valid for a short
 * while, as the API gives it), and the decision: approve, or reject with a reason. Approving
 * restores the customer's service; the API decides what follows.
 */
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { formatDate, formatMoney, formatNumber, t } from '../../i18n/index.ts';
import { href, type PageProps } from '../../router.ts';
import { Badge, Done, LoadedView, Section } from '../../ui/components.tsx';
import { codeText, decisionTone } from '../../ui/labels.ts';
import { useAction, useApi } from '../../ui/use-api.ts';
import { CustomerLink, DecisionForm } from './common.tsx';

export default function Proof({ params }: PageProps) {
  const path = { groupId: params.groupId!, invoiceId: params.invoiceId!, proofId: params.proofId! };
  const proof = useApi(
    () => api.GET('/v1/groups/{groupId}/invoices/{invoiceId}/payment-proofs/{proofId}', { params: { path } }),
    [path.groupId, path.invoiceId, path.proofId],
  );
  const [reason, setReason] = useState('');
  const decide = useAction(
    (decision: 'approve' | 'reject') =>
      api.POST('/v1/groups/{groupId}/invoices/{invoiceId}/payment-proofs/{proofId}/decision', {
        params: { path },
        body: decision === 'approve' ? { decision, reason: reason || undefined } : { decision, reason },
      }),
    () => proof.reload(),
  );
  return (
    <>
      <p>
        <a href={href('/desk/proofs')}>{t('desk.proof.back')}</a>
      </p>
      <h1>{t('desk.proof.title', { invoice: path.invoiceId })}</h1>
      <LoadedView loaded={proof}>
        {(p) => (
          <>
            <Section title={t('desk.proof.declared')} id="declared">
              <dl class="facts">
                <dt>{t('desk.status')}</dt>
                <dd data-testid="proof-status">
                  <Badge value={codeText('desk.proofStatus', p.status)} tone={decisionTone(p.status)} />
                </dd>
                <dt>{t('desk.proofs.customer')}</dt>
                <dd>
                  <CustomerLink groupId={p.groupId} />
                </dd>
                <dt>{t('desk.proofs.amount')}</dt>
                <dd>{formatMoney(p.amount)}</dd>
                <dt>{t('desk.proofs.paidOn')}</dt>
                <dd>{formatDate(p.paidOn)}</dd>
                <dt>{t('desk.proofs.bankReference')}</dt>
                <dd>{p.bankReference}</dd>
                <dt>{t('desk.proofs.channel')}</dt>
                <dd>
                  {codeText('desk.proofChannel', p.channel)}
                  {p.declared ? null : <small class="muted"> {t('desk.proofs.undeclared')}</small>}
                </dd>
                <dt>{t('desk.proofs.submitted')}</dt>
                <dd>{formatDate(p.submittedAt)}</dd>
                <dt>{t('desk.proof.document')}</dt>
                <dd>
                  {p.documentUrl ? (
                    <a href={p.documentUrl} target="_blank" rel="noopener noreferrer">
                      {t('desk.proof.open', { file: p.document.fileName })}
                    </a>
                  ) : (
                    p.document.fileName
                  )}{' '}
                  <small class="muted">
                    {p.document.contentType}, {t('desk.proof.bytes', { size: formatNumber(p.document.size) })}
                  </small>
                </dd>
                {p.decidedAt ? (
                  <>
                    <dt>{t('desk.proof.decided')}</dt>
                    <dd>
                      {formatDate(p.decidedAt)} {p.decidedBy ? `(${p.decidedBy})` : ''}
                      {p.reason ? (
                        <>
                          <br />
                          {p.reason}
                        </>
                      ) : null}
                    </dd>
                  </>
                ) : null}
              </dl>
            </Section>
            {p.status === 'pending' || decide.problem ? (
              <Section title={t('desk.proof.decide')} id="decide">
                <DecisionForm
                  action={decide}
                  reason={reason}
                  onReason={setReason}
                  rows={3}
                  hint={t('desk.decision.reasonHint')}
                />
              </Section>
            ) : null}
            <Done
              text={
                decide.done
                  ? t('desk.proof.decidedAs', { status: codeText('desk.proofStatus', decide.done.status) })
                  : undefined
              }
            />
          </>
        )}
      </LoadedView>
    </>
  );
}
