/** What the desk's pages share: lists read page by page, and the API's codes in words. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, asProblem, type Problem } from '../../api/client.ts';
import { t, useLanguage } from '../../i18n/index.ts';
import { href } from '../../router.ts';
import { currentSession } from '../../session.ts';
import { ProblemView } from '../../ui/components.tsx';
import { limited } from '../../ui/limited.ts';

interface PageAnswer<T> {
  data?: { items: T[]; nextCursor?: string };
  error?: unknown;
  response: Response;
}

export interface Paged<T> {
  items?: T[];
  problem?: Problem;
  loading: boolean;
  /** Loads the next page; absent on the last one. */
  more?: () => void;
  reload: () => void;
}

/**
 * A list of the API read page by page (`nextCursor`): the first page again when `deps` or the
 * language change, the next ones appended on demand.
 */
export function usePaged<T>(call: (cursor?: string) => Promise<PageAnswer<T>>, deps: unknown[]): Paged<T> {
  const language = useLanguage();
  const [state, setState] = useState<{ items?: T[]; next?: string; problem?: Problem; loading: boolean }>({
    loading: true,
  });
  const generation = useRef(0);

  const fetchPage = (cursor: string | undefined, before: T[]) => {
    const mine = generation.current;
    setState((s) => ({ ...s, loading: true, problem: undefined }));
    call(cursor)
      .then(({ data, error, response }) => {
        if (mine !== generation.current) return;
        if (error !== undefined || !response.ok || !data)
          setState((s) => ({ ...s, loading: false, problem: asProblem(error, response) }));
        else setState({ items: [...before, ...data.items], next: data.nextCursor, loading: false });
      })
      .catch((e: unknown) => {
        if (mine === generation.current) setState((s) => ({ ...s, loading: false, problem: asProblem(e) }));
      });
  };

  // The first page again: a reload keeps the rows shown until the new ones arrive.
  const first = () => {
    generation.current++;
    fetchPage(undefined, []);
  };
  useEffect(() => {
    setState({ loading: true });
    first();
  }, [...deps, language]);

  const { items, next } = state;
  return {
    items,
    problem: state.problem,
    loading: state.loading,
    more: next ? () => fetchPage(next, items ?? []) : undefined,
    reload: first,
  };
}

/** A paged list: loading, the list (or that it is empty), the problem of the last page asked, "more". */
export function PagedView<T>({
  paged,
  empty,
  children,
}: {
  paged: Paged<T>;
  empty: string;
  children: (items: T[]) => ComponentChildren;
}) {
  return (
    <>
      {paged.items === undefined ? (
        paged.loading ? (
          <p class="muted" aria-busy="true">
            {t('common.loading')}
          </p>
        ) : null
      ) : paged.items.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        children(paged.items)
      )}
      <ProblemView problem={paged.problem} />
      {paged.more ? (
        <p>
          <button type="button" class="secondary" disabled={paged.loading} onClick={paged.more}>
            {t('common.more')}
          </button>
        </p>
      ) : null}
    </>
  );
}

/** A code of the API (a status, a kind) in words: `desk.<group>.<code>`, else the code itself. */
export function codeText(group: string, code: string): string {
  const key = `desk.${group}.${code}`;
  const text = t(key);
  return text === key ? code : text;
}

/** How a dunning stage reads at a glance. */
export function stageTone(stage: string): 'ok' | 'warn' | 'bad' {
  if (stage === 'suspended' || stage === 'collections') return 'bad';
  if (['paid', 'proof-accepted', 'reactivated', 'closed'].includes(stage)) return 'ok';
  return 'warn';
}

/** A date the user types in an `<input type=date>`: today plus `days`, as YYYY-MM-DD. */
export function dayFromToday(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

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
