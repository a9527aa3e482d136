import { topUpDeps as production } from '../../functions/wiring.ts';
import { localPaymentProvider } from '../../shared/money/local-paypal.ts';
import type { TopUpDeps } from '../../shared/money/ports.ts';

/**
 * The local composition root: `#wiring` under the `switchboard-local` import condition (`npm
 * start`, the CLI, the tests and the benchmarks). The same DynamoDB adapters run against DynamoDB
 * Local; only the edges are local: PayPal is the deterministic local adapter. Every set not named
 * here is the production one.
 */
export * from '../../functions/wiring.ts';

export const topUpDeps: TopUpDeps = { ...production, provider: () => localPaymentProvider };
