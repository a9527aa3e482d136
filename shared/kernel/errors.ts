/**
 * Domain errors. They carry no HTTP status: `shared/handlers/errors.ts` maps each class to one, once.
 * Messages of these errors are safe to show to the caller; anything else is a 500 with a generic body.
 */
export interface FieldIssue {
  /** JSON-pointer-like path of the offending field, e.g. `body.plans.0.monthlyFee.amount`. */
  field: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly kind: string;
  constructor(
    message: string,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that fails validation; every bad field is listed. */
export class InvalidInput extends DomainError {
  readonly kind = 'invalid-input';
  constructor(
    readonly issues: FieldIssue[],
    message = 'The request is not valid.',
  ) {
    super(message, { errors: issues });
  }
  static field(field: string, message: string): InvalidInput {
    return new InvalidInput([{ field, message }], message);
  }
}

/**
 * Runs checks that may each fail with `InvalidInput` and collects every field issue instead of
 * stopping at the first, so that one answer names every bad field.
 */
export function issueCollector(): { issues: FieldIssue[]; attempt: <T>(check: () => T) => T | undefined } {
  const issues: FieldIssue[] = [];
  const attempt = <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (e) {
      if (e instanceof InvalidInput) {
        issues.push(...e.issues);
        return undefined;
      }
      throw e;
    }
  };
  return { issues, attempt };
}

/** A well-formed request that breaks a business rule (e.g. a downgrade during a commitment). */
export class RuleViolation extends DomainError {
  readonly kind = 'rule-violation';
  constructor(
    message: string,
    readonly field?: string,
    detail: Record<string, unknown> = {},
  ) {
    super(message, field ? { ...detail, errors: [{ field, message }] } : detail);
  }
}

/** The thing does not exist, or the principal may not know that it exists. */
export class NotFound extends DomainError {
  readonly kind = 'not-found';
}

/** The principal is known but may not do this. */
export class Forbidden extends DomainError {
  readonly kind = 'forbidden';
}

/** No valid credential. */
export class Unauthenticated extends DomainError {
  readonly kind = 'unauthenticated';
}

/** The state changed under the request (concurrent write, already exists, insufficient credit). */
export class Conflict extends DomainError {
  readonly kind = 'conflict';
}

/** The request body is larger than allowed. */
export class PayloadTooLarge extends DomainError {
  readonly kind = 'payload-too-large';
}

/** A part of the product this deployment has not been set up for yet (e.g. PayPal credentials). */
export class NotConfigured extends DomainError {
  readonly kind = 'not-configured';
}

/** Too many attempts (e.g. voucher guessing). */
export class TooManyRequests extends DomainError {
  readonly kind = 'too-many-requests';
}
