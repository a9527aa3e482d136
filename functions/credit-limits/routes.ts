import { createDeposit } from './routes/create-deposit.ts';
import { decideIncreaseRequest } from './routes/decide-increase-request.ts';
import { getCreditLimit } from './routes/get-credit-limit.ts';
import { listIncreaseRequests } from './routes/list-increase-requests.ts';
import { recordShopDeposit } from './routes/record-shop-deposit.ts';
import { requestIncrease } from './routes/request-increase.ts';

/**
 * Credit limits (collection assurance): every route of the area, in the order of the contract.
 * Each route is a module of its own (a handler imports only its own, so its bundle builds only
 * its own schemas).
 */
export const routes = [
  getCreditLimit,
  createDeposit,
  recordShopDeposit,
  requestIncrease,
  listIncreaseRequests,
  decideIncreaseRequest,
];
