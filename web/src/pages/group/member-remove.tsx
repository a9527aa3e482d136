/**
 * Removing a number from the group, in two steps: the administrator chooses termination or
 * port-out, then confirms. The server's answer is shown as it came: the charges it recorded (a
 * fee, the clawback of a benefit still running) and the credit returned to the administrator.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type Ok } from '../../api/client.ts';
import { formatMoney, t } from '../../i18n/index.ts';
import { href } from '../../router.ts';
import { currentSession } from '../../session.ts';
import { localized } from '../../ui/catalog.ts';
import { Done, ProblemView, pathNumber, Section, Table } from '../../ui/components.tsx';
import { useAction } from '../../ui/use-api.ts';
import type { Member } from './member.tsx';

type Reason = 'termination' | 'port-out';
type Removed = Ok<'removeMember'>;

export function RemovedView({ result }: { result: Removed }) {
  return (
    <>
      <h1>{result.member.msisdn}</h1>
      <Done text={t('numbers.removed', { number: result.member.msisdn })} />
      <Section title={t('numbers.removalResult')} id="removed">
        <dl class="facts">
          <dt>{t('numbers.creditReturned')}</dt>
          <dd data-testid="credit-returned">{formatMoney(result.creditReturned)}</dd>
        </dl>
        {result.charges.length ? (
          <Table caption={t('numbers.removalCharges')} head={[t('numbers.charge'), t('numbers.amount')]}>
            {result.charges.map((c) => (
              <tr key={c.chargeId}>
                <th scope="row">
                  {localized(c.name, c.code)}
                  <small class="muted"> {localized(c.explanation)}</small>
                  {c.detail ? <small class="muted"> ({c.detail.formula})</small> : null}
                </th>
                <td class="num">{formatMoney(c.amount)}</td>
              </tr>
            ))}
          </Table>
        ) : (
          <p>{t('numbers.noRemovalCharges')}</p>
        )}
        <p>
          <a href={href('/group')}>{t('numbers.backToGroup')}</a>
        </p>
      </Section>
    </>
  );
}

export function RemoveMember({ member, onRemoved }: { member: Member; onRemoved: (r: Removed) => void }) {
  const groupId = currentSession()!.groupId!;
  const [reason, setReason] = useState<Reason>('termination');
  const [confirming, setConfirming] = useState(false);
  // The question takes the focus when it appears (the button that asked for it is gone).
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  const remove = useAction(
    () =>
      api.DELETE('/v1/groups/{groupId}/members/{msisdn}', {
        params: { path: { groupId, msisdn: pathNumber(member.msisdn) }, query: { reason } },
      }),
    onRemoved,
  );
  return (
    <Section title={t('numbers.remove')} id="remove">
      <p>{t('numbers.removeWhat')}</p>
      <fieldset disabled={confirming}>
        <legend>{t('numbers.removeReason')}</legend>
        {(['termination', 'port-out'] as const).map((r) => (
          <div class="check" key={r}>
            <input
              type="radio"
              id={`remove-${r}`}
              name="remove-reason"
              checked={reason === r}
              onChange={() => setReason(r)}
            />
            <label for={`remove-${r}`}>{t(`numbers.reason.${r}`)}</label>
          </div>
        ))}
      </fieldset>
      {confirming ? (
        <div class="confirm">
          <p ref={question} tabIndex={-1}>
            <strong>
              {t('numbers.removeConfirm', { number: member.msisdn, reason: t(`numbers.reason.${reason}`) })}
            </strong>
          </p>
          <div class="actions">
            <button type="button" class="danger" disabled={remove.busy} onClick={() => void remove.submit()}>
              {t('numbers.removeYes')}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setConfirming(false);
                remove.reset();
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t('numbers.removeStart')}
          </button>
        </div>
      )}
      <ProblemView problem={remove.problem} />
    </Section>
  );
}
