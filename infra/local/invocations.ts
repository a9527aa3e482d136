import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Many invocations at once in one process, as Lambda runs them on a multi-concurrency execution
 * environment: each invocation gets its own store, and Powertools (logger keys and Lambda context,
 * metrics dimensions, log level) reads its per-invocation state from it instead of from its
 * module-level objects, so concurrent requests never log each other's `function_name`,
 * `correlation_id` or `tenant_id`.
 *
 * Powertools looks for the store at `globalThis.awslambda.InvokeStore` whenever
 * `AWS_LAMBDA_MAX_CONCURRENCY` is set, which is what the Lambda runtime provides there. On a
 * regular Lambda neither exists and nothing changes. Unlike the runtime's store, this one never
 * throws outside an invocation: the local runtime's own work (stream polling, scheduling, start and
 * stop) logs from one shared context of its own.
 */
type Store = Record<string | symbol, unknown>;

const REQUEST_ID = Symbol.for('_AWS_LAMBDA_REQUEST_ID');
const X_RAY_TRACE_ID = Symbol.for('_AWS_LAMBDA_X_RAY_TRACE_ID');
const TENANT_ID = Symbol.for('_AWS_LAMBDA_TENANT_ID');
const TRACEPARENT = Symbol.for('_AWS_LAMBDA_TRACEPARENT');
const TRACESTATE = Symbol.for('_AWS_LAMBDA_TRACESTATE');
const BAGGAGE = Symbol.for('_AWS_LAMBDA_BAGGAGE');

class LocalInvokeStore {
  readonly #als = new AsyncLocalStorage<Store>();
  readonly #outside: Store = {};

  getContext(): Store {
    return this.#als.getStore() ?? this.#outside;
  }
  hasContext(): boolean {
    return this.#als.getStore() !== undefined;
  }
  get<T = unknown>(key: string | symbol): T | undefined {
    return this.getContext()[key] as T | undefined;
  }
  set<T = unknown>(key: string | symbol, value: T): void {
    this.getContext()[key] = value;
  }
  run<T>(context: Store, fn: () => T): T {
    return this.#als.run(context, fn);
  }
  getRequestId(): string {
    return this.get<string>(REQUEST_ID) ?? '-';
  }
  getXRayTraceId(): string | undefined {
    return this.get<string>(X_RAY_TRACE_ID);
  }
  getTenantId(): string | undefined {
    return this.get<string>(TENANT_ID);
  }
  getTraceparent(): string | undefined {
    return this.get<string>(TRACEPARENT);
  }
  getTracestate(): string | undefined {
    return this.get<string>(TRACESTATE);
  }
  getBaggage(): string | undefined {
    return this.get<string>(BAGGAGE);
  }
}

/** How many invocations the local runtime says it runs at once (Powertools only checks that it is set). */
const LOCAL_CONCURRENCY = '64';

let store: LocalInvokeStore | undefined;

/**
 * Installs the store once per process, before the first invocation. The AWS SDK may have put the
 * runtime's single-invocation store there already (it looks for trace headers on its first call);
 * outside Lambda that one holds nothing, so it is replaced.
 */
export function installInvokeStore(): LocalInvokeStore {
  const g = globalThis as { awslambda?: { InvokeStore?: unknown } };
  g.awslambda ??= {};
  store ??= new LocalInvokeStore();
  g.awslambda.InvokeStore = store;
  process.env.AWS_LAMBDA_MAX_CONCURRENCY ??= LOCAL_CONCURRENCY;
  return store;
}

type Handler = (event: unknown, context: unknown) => Promise<unknown>;

/** Calls a handler module as one Lambda invocation, with a store of its own. */
export function invoke(
  handler: Handler,
  event: unknown,
  context: { awsRequestId: string },
): Promise<unknown> {
  return (store ?? installInvokeStore()).run({ [REQUEST_ID]: context.awsRequestId }, () =>
    handler(event, context),
  );
}
