/**
 * A list the API gives page by page (`items`, `nextCursor`): the rows read so far, and the next
 * page on demand. The first page is read again when `deps` or the language change (problems come
 * in the language asked for) and on `reload()`. Another list (other `deps`) starts empty; the same
 * list read again keeps its rows shown until its new first page arrives. An answer to a request
 * made before the list started again is dropped.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { asProblem, type Problem } from '../api/client.ts';
import { t, useLanguage } from '../i18n/index.ts';
import { ProblemView } from './components.tsx';

interface PageAnswer<T> {
  data?: { items: T[]; nextCursor?: string };
  error?: unknown;
  response: Response;
}

export interface Paged<T> {
  /** The rows read so far. */
  items: T[];
  /** Whether a first page of this list has arrived. */
  ready: boolean;
  loading: boolean;
  /** The problem of the last page asked for. */
  problem?: Problem;
  /** Reads the next page; absent on the last one. */
  more?: () => void;
  reload: () => void;
}

interface State<T> {
  items: T[];
  ready: boolean;
  next?: string;
  loading: boolean;
  problem?: Problem;
}

const sameValues = (a: unknown[], b: unknown[]): boolean =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/** `call(cursor)` is one request of the typed client; `deps` are what the list depends on. */
export function usePaged<T>(call: (cursor?: string) => Promise<PageAnswer<T>>, deps: unknown[]): Paged<T> {
  const language = useLanguage();
  const [state, setState] = useState<State<T>>({ items: [], ready: false, loading: true });
  const [tick, setTick] = useState(0);
  const latest = useRef(call);
  latest.current = call;
  // Each start of the list counts one up: an answer of an earlier start is dropped.
  const generation = useRef(0);
  const listed = useRef<unknown[]>(undefined);

  const read = (cursor: string | undefined) => {
    const mine = generation.current;
    const failed = (problem: Problem) =>
      mine === generation.current && setState((s) => ({ ...s, loading: false, problem }));
    setState((s) => ({ ...s, loading: true, problem: undefined }));
    latest
      .current(cursor)
      .then(({ data, error, response }) => {
        if (error !== undefined || !response.ok || !data) return failed(asProblem(error, response));
        if (mine !== generation.current) return;
        setState((s) => ({
          items: cursor ? [...s.items, ...data.items] : data.items,
          ready: true,
          next: data.nextCursor,
          loading: false,
        }));
      })
      .catch((e: unknown) => failed(asProblem(e)));
  };

  useEffect(() => {
    generation.current += 1;
    if (!listed.current || !sameValues(listed.current, deps))
      setState({ items: [], ready: false, loading: true });
    listed.current = deps;
    read(undefined);
  }, [...deps, language, tick]);

  const { next } = state;
  return {
    items: state.items,
    ready: state.ready,
    loading: state.loading,
    problem: state.problem,
    more: next ? () => read(next) : undefined,
    reload: () => setTick((n) => n + 1),
  };
}

/** The button that reads a list's next page; nothing on the last page. */
export function MoreButton({ paged, label }: { paged: Paged<unknown>; label?: string }) {
  if (!paged.more) return null;
  return (
    <button type="button" class="secondary" disabled={paged.loading} onClick={() => paged.more?.()}>
      {label ?? t('common.more')}
    </button>
  );
}

/**
 * A paged list as every page shows it: "loading" until its first page arrives, then its rows
 * (`children`) or that it has none (`empty`), the problem of the last page asked for, and "more".
 */
export function PagedView<T>({
  paged,
  empty,
  children,
}: {
  paged: Paged<T>;
  empty?: string;
  children: (items: T[]) => ComponentChildren;
}) {
  return (
    <>
      {!paged.ready ? (
        paged.loading ? (
          <p class="muted" aria-busy="true">
            {t('common.loading')}
          </p>
        ) : null
      ) : paged.items.length === 0 ? (
        <p class="muted">{empty ?? t('common.none')}</p>
      ) : (
        children(paged.items)
      )}
      <ProblemView problem={paged.problem} />
      {paged.more ? (
        <p>
          <MoreButton paged={paged} />
        </p>
      ) : null}
    </>
  );
}
