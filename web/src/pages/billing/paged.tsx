/**
 * A list the API gives page by page (`items`, `nextCursor`): the pages loaded so far, one after
 * the other, and `more()` for the next. A change of language reloads the page last asked for in
 * place; `reload()` starts again from the first page (after a change the list shows), keeping
 * what is shown until the new first page arrives. The list's parameters are fixed: a component
 * that lists something else is keyed on it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Problem } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { ProblemView } from '../../ui/components.tsx';
import { useApi } from '../../ui/use-api.ts';

interface PageAnswer<T> {
  data?: { items: T[]; nextCursor?: string };
  error?: unknown;
  response: Response;
}

export interface Paged<T> {
  items: T[];
  /** Whether the API has more after the pages loaded. */
  hasMore: boolean;
  loading: boolean;
  /** Whether the first page arrived. */
  ready: boolean;
  problem?: Problem;
  more: () => void;
  reload: () => void;
}

/** `call(cursor)` is one request of the typed client. */
export function usePaged<T>(call: (cursor: string | undefined) => Promise<PageAnswer<T>>): Paged<T> {
  // A new array each time the list starts again, so that the first page is asked for anew.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [pages, setPages] = useState<T[][]>([]);
  const [next, setNext] = useState<string | undefined>();
  const index = cursors.length - 1;
  const loaded = useApi(() => call(cursors[index]), [cursors]);
  useEffect(() => {
    const data = loaded.data;
    if (!data) return;
    setPages((p) => [...p.slice(0, index), data.items]);
    setNext(data.nextCursor);
  }, [loaded.data]);
  return {
    items: pages.flat(),
    hasMore: next !== undefined,
    loading: loaded.loading,
    ready: pages.length > 0,
    problem: loaded.problem,
    more: () => {
      if (next) setCursors((c) => [...c, next]);
    },
    reload: () => setCursors([undefined]),
  };
}

/** Under a list: the server's problem, "nothing here yet", or the button for the next page. */
export function PagedFooter<T>({ list }: { list: Paged<T> }) {
  return (
    <>
      <ProblemView problem={list.problem} />
      {!list.ready && !list.problem ? (
        <p class="muted" aria-busy="true">
          {t('common.loading')}
        </p>
      ) : null}
      {list.ready && list.items.length === 0 ? <p class="muted">{t('common.none')}</p> : null}
      {list.hasMore ? (
        <button type="button" class="secondary" disabled={list.loading} onClick={list.more}>
          {t('common.more')}
        </button>
      ) : null}
    </>
  );
}
