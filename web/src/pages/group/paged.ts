/** A list the API gives page by page (`items`, `nextCursor`): the pages read so far, and the next on demand. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { asProblem, type Problem } from '../../api/client.ts';

interface Answer<T> {
  data?: { items: T[]; nextCursor?: string };
  error?: unknown;
  response: Response;
}

export interface Paged<T> {
  items: T[];
  /** Whether the API has more pages. */
  hasMore: boolean;
  loading: boolean;
  problem?: Problem;
  more: () => void;
  reload: () => void;
}

/** Reads the first page again whenever `deps` change (or on `reload`), and the next one on `more`. */
export function usePaged<T>(load: (cursor?: string) => Promise<Answer<T>>, deps: unknown[]): Paged<T> {
  const [state, setState] = useState<{ items: T[]; next?: string; loading: boolean; problem?: Problem }>({
    items: [],
    loading: true,
  });
  const [tick, setTick] = useState(0);
  const run = useRef(0);

  const read = async (cursor: string | undefined, current: number) => {
    setState((s) => ({ ...s, loading: true, problem: undefined }));
    try {
      const { data, error, response } = await load(cursor);
      if (run.current !== current) return;
      if (error !== undefined || !response.ok || !data)
        setState((s) => ({ ...s, loading: false, problem: asProblem(error, response) }));
      else
        setState((s) => ({
          items: cursor ? [...s.items, ...data.items] : data.items,
          next: data.nextCursor,
          loading: false,
        }));
    } catch (e) {
      if (run.current === current) setState((s) => ({ ...s, loading: false, problem: asProblem(e) }));
    }
  };

  useEffect(() => {
    run.current += 1;
    setState({ items: [], loading: true });
    void read(undefined, run.current);
  }, [...deps, tick]);

  return {
    items: state.items,
    hasMore: state.next !== undefined,
    loading: state.loading,
    problem: state.problem,
    more: () => {
      if (state.next) void read(state.next, run.current);
    },
    reload: () => setTick((n) => n + 1),
  };
}
