import { type Message, message as messageOf, render } from './messages.ts';

/**
 * Domain errors. They carry no HTTP status: `shared/handlers/errors.ts` maps each class to one, once.
 * Messages of these errors are safe to show to the caller; anything else is a 500 with a generic body.
 */
export interface FieldIssue {
  /** JSON-pointer-like path of the offending field, e.g. `body.plans.0.monthlyFee.amount`. */
  field: string;
  /** The English text (logs, and the fallback where no translation is known). */
  message: string;
  /** Its code and parameters, rendered in the caller's language at the edge (never sent as such). */
  text?: Message;
}

/**
 * A field issue from a coded message: the English text beside the code. The code is not
 * enumerable, so an issue logged or compared reads as `{ field, message }`, as on the wire.
 */
export function fieldIssue(field: string, text: Message): FieldIssue {
  const issue: FieldIssue = { field, message: render(text) };
  Object.defineProperty(issue, 'text', { value: text, enumerable: false });
  return issue;
}

/**
 * A domain error's message is a catalog `Message` (a stable code and its parameters, the English
 * text as `message`), or a plain English sentence, which the edge can only send in English.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: string;
  /** The coded form of `message`, when it has one. */
  readonly text?: Message;
  constructor(
    message: string | Message,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(typeof message === 'string' ? message : render(message));
    if (typeof message !== 'string') this.text = message;
    this.name = new.target.name;
  }
}

/** Input that fails validation; every bad field is listed. */
export class InvalidInput extends DomainError {
  readonly kind = 'invalid-input';
  constructor(
    readonly issues: FieldIssue[],
    message: string | Message = messageOf('request.invalid'),
  ) {
    super(message, { errors: issues });
  }
  /** One bad field; the detail repeats its message. */
  static field(field: string, message: string | Message): InvalidInput {
    const issue = typeof message === 'string' ? { field, message } : fieldIssue(field, message);
    return new InvalidInput([issue], message);
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
    message: string | Message,
    readonly field?: string,
    detail: Record<string, unknown> = {},
  ) {
    const issue = (f: string) =>
      typeof message === 'string' ? { field: f, message } : fieldIssue(f, message);
    super(message, field ? { ...detail, errors: [issue(field)] } : detail);
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

/**
 * What a workflow's step was to wait for has already happened (a payment arrived before the wait
 * began): the workflow goes on instead of waiting. Never an answer to a request.
 */
export class Superseded extends DomainError {
  readonly kind = 'superseded';
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
