import { createHash } from 'node:crypto';
import type { Money } from '../kernel/money.ts';
import { checkPain008, type DirectDebitCollection } from './direct-debit.ts';

/**
 * The operator's bank, as far as the monthly direct-debit collection needs it: it takes the
 * collection file and answers, per debit, whether the amount was collected or returned.
 *
 * The real adapter (the operator's bank connection: EBICS, a host-to-host file drop, or the
 * bank's own API, and the pain.002 / camt.054 reports that come back) is outside this codebase:
 * each operator plugs in its own. `localDirectDebitBank()` stands in for it locally and in tests.
 */

/** ISO 20022 return reasons the product handles. */
export const RETURN_REASONS = {
  /** Insufficient funds. */
  AM04: 'insufficient-funds',
  /** No valid mandate. */
  MD01: 'no-mandate',
  /** Account closed. */
  AC04: 'account-closed',
  /** Refused by the debtor. */
  MS02: 'refused-by-debtor',
} as const;
export type ReturnReasonCode = keyof typeof RETURN_REASONS;
const REASON_CODES = Object.keys(RETURN_REASONS) as ReturnReasonCode[];

interface OutcomeBase {
  endToEndId: string;
  invoiceId: string;
  amount: Money;
}
export type DirectDebitOutcome =
  | (OutcomeBase & { result: 'collected' })
  | (OutcomeBase & { result: 'returned'; reasonCode: ReturnReasonCode });

export interface DirectDebitBank {
  /** Hands the file to the bank; resolves with one outcome per debit of the collection, in its order. */
  submit(collection: DirectDebitCollection, xml: string): Promise<DirectDebitOutcome[]>;
}

/** The bank refused the whole file before collecting anything; each violation names the fault. */
export class DirectDebitFileRejected extends Error {
  constructor(readonly violations: readonly string[]) {
    super(`collection file rejected: ${violations.join('; ')}`);
    this.name = 'DirectDebitFileRejected';
  }
}

/**
 * A deterministic bank: it rejects a file that fails the bank's checks (`checkPain008`) or that
 * does not describe the collection, and otherwise returns a debit when the SHA-256 of its mandate
 * reference, read as a number, is divisible by 10 (one mandate in ten, the same ones every month),
 * with a return reason taken from the same hash; every other debit is collected.
 */
export function localDirectDebitBank(): DirectDebitBank {
  return {
    async submit(collection, xml) {
      const violations = checkPain008(xml);
      for (const t of collection.transactions)
        if (!xml.includes(`<EndToEndId>${t.endToEndId.replace(/'/g, '&apos;')}</EndToEndId>`))
          violations.push(`the file holds no debit ${t.endToEndId}`);
      if (violations.length > 0) throw new DirectDebitFileRejected(violations);
      return collection.transactions.map((t): DirectDebitOutcome => {
        const base = { endToEndId: t.endToEndId, invoiceId: t.invoiceId, amount: t.amount };
        const hash = createHash('sha256').update(t.mandate.reference).digest();
        if (hash.readUInt32BE(0) % 10 !== 0) return { ...base, result: 'collected' };
        return {
          ...base,
          result: 'returned',
          reasonCode: REASON_CODES[hash.readUInt32BE(4) % REASON_CODES.length]!,
        };
      });
    },
  };
}

/**
 * On AWS until the operator's bank connection is configured: the file is kept for the operator to
 * download and send (`GET /v1/bill-runs/{period}/direct-debit`); the bank then reports each
 * collected debit as a payment quoting the invoice's reference (`POST /v1/payments`), so there is
 * nothing to answer at submission.
 */
export const operatorSendsTheFile: DirectDebitBank = {
  async submit() {
    return [];
  },
};
