import { useCallback, useEffect, useState } from 'preact/hooks';
import { asProblem, type Problem } from '../api/client.ts';
import { useLanguage } from '../i18n/index.ts';

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export interface Loaded<T> {
  data?: T;
  problem?: Problem;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads what a page shows, again when `deps` or the language change (problems come in the
 * language asked for). `call` is one request of the typed client.
 */
export function useApi<T>(call: () => Promise<Answer<T>>, deps: unknown[]): Loaded<T> {
  const language = useLanguage();
  const [state, setState] = useState<{ data?: T; problem?: Problem; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    call()
      .then(({ data, error, response }) => {
        if (!live) return;
        if (error !== undefined || !response.ok)
          setState({ problem: asProblem(error, response), loading: false });
        else setState({ data, loading: false });
      })
      .catch((e: unknown) => live && setState({ problem: asProblem(e), loading: false }));
    return () => {
      live = false;
    };
  }, [...deps, language, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}

/**
 * One user action (a form's submit): whether it runs, its problem, whether it succeeded and what
 * it answered. A caller that sends an idempotency key keeps it until the action succeeds, so a
 * retry of the same action never does it twice.
 */
export function useAction<A extends unknown[], T>(
  run: (...args: A) => Promise<Answer<T>>,
  onDone?: (data: T) => void,
): {
  busy: boolean;
  problem?: Problem;
  /** The action succeeded (an answer without a body, 204, included). */
  ok: boolean;
  done?: T;
  submit: (...args: A) => Promise<T | undefined>;
  reset: () => void;
} {
  const [state, setState] = useState<{ busy: boolean; problem?: Problem; ok: boolean; done?: T }>({
    busy: false,
    ok: false,
  });
  const submit = async (...args: A): Promise<T | undefined> => {
    setState({ busy: true, ok: false });
    try {
      const { data, error, response } = await run(...args);
      if (error !== undefined || !response.ok) {
        setState({ busy: false, ok: false, problem: asProblem(error, response) });
        return undefined;
      }
      setState({ busy: false, ok: true, done: data });
      onDone?.(data as T);
      return data as T;
    } catch (e) {
      setState({ busy: false, ok: false, problem: asProblem(e) });
      return undefined;
    }
  };
  return { ...state, submit, reset: () => setState({ busy: false, ok: false }) };
}
