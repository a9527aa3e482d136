import { Annotations, Aws, Stack } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { StageSettings } from '../stacks/settings.ts';

export type Channel = 'sms' | 'email';

/**
 * Why a function that sends SMS holds an action on "*" (its role's acknowledgement of
 * `AwsSolutions-IAM5[Resource::*]`, `ProjectFunction`'s `otherWildcardActions`).
 */
export const SMS_WILDCARD_REASON =
  'It sends SMS: sns:Publish to a phone number has no resource ARN, so it is allowed on "*" while publishing to any topic ARN is denied.';

/** `otherWildcardActions` of a function that sends on `sends`. */
export const wildcardReasonOf = (sends: readonly Channel[] | undefined) =>
  sends?.includes('sms') ? { otherWildcardActions: SMS_WILDCARD_REASON } : {};

/** The function construct's `addEnvironment`, which `IFunction` does not have. */
type FunctionWithEnvironment = IFunction & { addEnvironment(key: string, value: string): unknown };

/**
 * Lets `fn` notify on the channels it declares (`sends` of a route or a subscription), as the
 * notifier of `shared/notifications/sns-ses.ts` does: SMS is `sns:Publish` to phone numbers (no
 * resource ARN exists for them, so "*", with publishing to any topic denied); e-mail is
 * `ses:SendEmail` from the stage's sender only (the address and its domain identity), named in
 * `NOTIFY_EMAIL_FROM`. A stage without a sender gets a synth warning and no SES permission.
 */
export function grantSends(
  fn: FunctionWithEnvironment,
  who: string,
  sends: readonly Channel[] | undefined,
  settings: StageSettings,
): void {
  const channels = new Set(sends ?? []);
  if (channels.has('sms')) {
    fn.addToRolePolicy(new PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
    fn.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.DENY,
        actions: ['sns:Publish'],
        resources: [`arn:${Aws.PARTITION}:sns:*:*:*`],
      }),
    );
  }
  if (channels.has('email')) {
    const from = settings.notifyEmailFrom;
    if (from) {
      // SES authorizes the identity the mail is sent from: the address or its domain.
      const identities = [from, from.split('@')[1]!].map((identity) =>
        Stack.of(fn).formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
      );
      fn.addToRolePolicy(new PolicyStatement({ actions: ['ses:SendEmail'], resources: identities }));
      fn.addEnvironment('NOTIFY_EMAIL_FROM', from);
    } else {
      Annotations.of(fn).addWarningV2(
        'switchboard:notifyEmailFrom',
        `${who} sends e-mail but the stage has no sender: synth with -c notifyEmailFrom=<verified SES identity>`,
      );
    }
  }
}
