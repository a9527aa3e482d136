import * as z from 'zod';

/** What every task of the dunning workflow receives: the tenant and the invoice (the state's `Parameters`). */
export const TaskInput = z.object({
  tenantId: z.string().min(1),
  invoiceId: z.string().min(1),
});
