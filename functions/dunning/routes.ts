import { createPaymentProof } from './routes/create-payment-proof.ts';
import { decidePaymentProof } from './routes/decide-payment-proof.ts';
import { getPaymentProof } from './routes/get-payment-proof.ts';
import { listDunnings } from './routes/list-dunnings.ts';
import { listPaymentProofQueue } from './routes/list-payment-proof-queue.ts';
import { listPaymentProofs } from './routes/list-payment-proofs.ts';
import { submitPaymentProof } from './routes/submit-payment-proof.ts';

/**
 * Dunning: payment proofs (sent by the group admin, decided by the operator's staff) and the
 * operator's list of dunnings, in the order of the contract. One module per route.
 */
export const routes = [
  createPaymentProof,
  listPaymentProofs,
  getPaymentProof,
  submitPaymentProof,
  decidePaymentProof,
  listPaymentProofQueue,
  listDunnings,
];
