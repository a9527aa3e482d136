import { describe, expect, it } from 'vitest';
import { errorToProblem, problemResponse } from '../../shared/handlers/errors.ts';
import { RequestInProgress } from '../../shared/handlers/idempotency.ts';
import { Conflict, TooManyRequests } from '../../shared/kernel/errors.ts';

const respond = (error: Error) => problemResponse(errorToProblem(error, '/v1/x', 'corr-1'));

describe('problems that say when to try again', () => {
  it('a request still in progress has its own type (not conflict) and Retry-After', () => {
    const res = respond(new RequestInProgress('Still being processed.', { retryAfterSeconds: 1 }));
    expect(res.statusCode).toBe(409);
    expect(res.headers['retry-after']).toBe('1');
    expect(JSON.parse(res.body)).toMatchObject({
      type: 'https://switchboard.dev/problems/request-in-progress',
      title: 'Request in progress',
      retryAfterSeconds: 1,
    });
  });

  it('429 carries Retry-After as well as retryAfterSeconds', () => {
    const res = respond(
      new TooManyRequests('Too many invalid voucher codes.', { retryAfterSeconds: 1234.2 }),
    );
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('1235');
  });

  it('a conflict of state (e.g. insufficient credit) keeps the conflict type and no Retry-After', () => {
    const res = respond(new Conflict('Not enough credit.', { available: { amount: 0, currency: 'EUR' } }));
    expect(res.statusCode).toBe(409);
    expect(res.headers['retry-after']).toBeUndefined();
    expect(JSON.parse(res.body).type).toBe('https://switchboard.dev/problems/conflict');
  });
});
