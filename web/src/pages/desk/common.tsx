/** What the desk's pages share: their paths, how often they refresh, and customers named by their company. */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { href } from '../../router.ts';
import { currentSession } from '../../session.ts';
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
