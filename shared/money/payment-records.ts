import { PaymentReceived } from '../../events/payment-received.ts';
import type { DomainEvent } from '../db/outbox.ts';
import type { Actor } from '../kernel/actor.ts';
import type { Payment, paymentView } from './payments.ts';
import type { PaymentWrite } from './ports.ts';

export type PaymentView = ReturnType<typeof paymentView>;

export function unmatched(actor: Actor, payment: Payment, at: Date): PaymentWrite {
  return {
    tenantId: actor.tenant.tenantId,
    payment,
    entries: [],
    events: [receivedEvent(payment)],
    at,
    correlationId: actor.correlationId,
  };
}

export function receivedEvent(p: Payment): DomainEvent {
  return {
    contract: PaymentReceived,
    data: {
      paymentId: p.paymentId,
      amount: p.amount,
      ...(p.reference ? { reference: p.reference } : {}),
      receivedAt: p.receivedAt,
      status: p.status,
      ...(p.target ? { target: p.target } : {}),
      ...(p.purpose ? { purpose: p.purpose } : {}),
      ...(p.applied ? { applied: p.applied } : {}),
      ...(p.overpayment ? { overpayment: p.overpayment } : {}),
    },
  };
}
