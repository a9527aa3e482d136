import { assignPayment } from './routes/assign-payment.ts';
import { createTopUp } from './routes/create-top-up.ts';
import { createTransfer } from './routes/create-transfer.ts';
import { getBalance } from './routes/get-balance.ts';
import { getPayment } from './routes/get-payment.ts';
import { getPaymentSettings } from './routes/get-payment-settings.ts';
import { getStatement } from './routes/get-statement.ts';
import { getTopUp } from './routes/get-top-up.ts';
import { getVoucherBatch } from './routes/get-voucher-batch.ts';
import { issueVoucherBatch } from './routes/issue-voucher-batch.ts';
import { listNumberLedger } from './routes/list-number-ledger.ts';
import { listUnmatchedPayments } from './routes/list-unmatched-payments.ts';
import { listVoucherBatches } from './routes/list-voucher-batches.ts';
import { putPaymentSettings } from './routes/put-payment-settings.ts';
import { recordPayment } from './routes/record-payment.ts';

/**
 * Money: every route of the area, in the order of the contract. Each route is a module of its
 * own (a handler imports only its own, so its bundle builds only its own schemas).
 */
export const routes = [
  getBalance,
  listNumberLedger,
  getStatement,
  createTransfer,
  createTopUp,
  getTopUp,
  issueVoucherBatch,
  listVoucherBatches,
  getVoucherBatch,
  recordPayment,
  listUnmatchedPayments,
  getPayment,
  assignPayment,
  getPaymentSettings,
  putPaymentSettings,
];
