/**
 * What the desk's pages share: their paths, how often they refresh, customers named by their
 * company, and the form of a decision.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, type Problem } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { href } from '../../router.ts';
import { currentSession } from '../../session.ts';
import { ProblemView, TextArea } from '../../ui/components.tsx';
import { limited } from '../../ui/limited.ts';

/** The desk's page of one payment proof. */
export const proofPath = (p: { groupId: string; invoiceId: string; proofId: string }): string =>
  `/desk/proofs/${[p.groupId, p.invoiceId, p.proofId].map(encodeURIComponent).join('/')}`;

/** The desk's page of one customer. */
export const customerPath = (groupId: string): string => `/desk/groups/${encodeURIComponent(groupId)}`;

/** The desk's page of one bill run. */
export const billRunPath = (runId: string): string => `/desk/bill-runs/${encodeURIComponent(runId)}`;

/** How often a page follows what is under way (a bill run). */
export const REFRESH_MS = 2000;

/** The desk's page of one voucher batch. */
export const voucherBatchPath = (batchId: string): string => `/desk/vouchers/${encodeURIComponent(batchId)}`;

const companies = new Map<string, Promise<string | undefined>>();

/** A customer's company name, asked once per group (the queues name groups by id only). */
function companyOf(groupId: string): Promise<string | undefined> {
  const key = `${currentSession()?.tenant ?? ''}/${groupId}`;
  let name = companies.get(key);
  if (!name) {
    name = limited(() => api.GET('/v1/groups/{groupId}', { params: { path: { groupId } } }))
      .then((r) => r.data?.company.legalName)
      .catch(() => undefined);
    companies.set(key, name);
  }
  return name;
}

/** A link to a customer's page, named by its company once known. */
export function CustomerLink({ groupId }: { groupId: string }) {
  const [name, setName] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    void companyOf(groupId).then((n) => live && setName(n));
    return () => {
      live = false;
    };
  }, [groupId]);
  return <a href={href(customerPath(groupId))}>{name ?? groupId}</a>;
}

/**
 * The desk's decision on a request or a proof: approve or reject, with a reason (the API requires
 * one to reject), and the server's problem.
 */
export function DecisionForm({
  action,
  reason,
  onReason,
  rows = 2,
  hint,
}: {
  action: { busy: boolean; problem?: Problem; submit: (decision: 'approve' | 'reject') => unknown };
  reason: string;
  onReason: (reason: string) => void;
  rows?: number;
  hint?: string;
}) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void action.submit('approve');
      }}
    >
      <TextArea
        label={t('desk.decision.reason')}
        field="body.reason"
        problem={action.problem}
        value={reason}
        rows={rows}
        onInput={(e) => onReason(e.currentTarget.value)}
      />
      {hint ? <p class="muted">{hint}</p> : null}
      <ProblemView problem={action.problem} />
      <div class="actions">
        <button type="submit" disabled={action.busy}>
          {t('desk.decision.approve')}
        </button>
        <button
          type="button"
          class="danger"
          disabled={action.busy}
          onClick={() => void action.submit('reject')}
        >
          {t('desk.decision.reject')}
        </button>
      </div>
    </form>
  );
}
