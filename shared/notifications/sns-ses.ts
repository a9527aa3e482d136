import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { config } from '../kernel/config.ts';
import { logger } from '../kernel/observability.ts';
import { checkMessage, type Notifier, normalizeRecipient } from './message.ts';

let sns: SNSClient | undefined;
let ses: SESv2Client | undefined;

/** The sender address of e-mails (a verified SES identity), `NOTIFY_EMAIL_FROM`. */
function emailFrom(): string {
  const from = config().NOTIFY_EMAIL_FROM;
  if (!from) throw new Error('NOTIFY_EMAIL_FROM is not configured: e-mail cannot be sent');
  return from;
}

/** SMS through SNS `Publish` to a phone number, e-mail through SES v2 `SendEmail`. Clients made once, on first use. */
export const awsNotifier: Notifier = {
  async send(message, options) {
    const abortSignal = options?.signal;
    checkMessage(message);
    const to = normalizeRecipient(message.channel, message.to);
    if (message.channel === 'sms') {
      sns ??= new SNSClient({ region: config().AWS_REGION });
      const out = await sns.send(
        new PublishCommand({
          PhoneNumber: to,
          Message: message.text,
          MessageAttributes: {
            'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
          },
        }),
        { abortSignal },
      );
      logger.info('notification', {
        channel: 'sms',
        to,
        template: message.template,
        tenantId: message.tenantId,
      });
      return { messageId: out.MessageId ?? '' };
    }
    ses ??= new SESv2Client({ region: config().AWS_REGION });
    const out = await ses.send(
      new SendEmailCommand({
        FromEmailAddress: emailFrom(),
        Destination: { ToAddresses: [to] },
        Content: {
          Simple: {
            Subject: { Data: message.subject!, Charset: 'UTF-8' },
            Body: { Text: { Data: message.text, Charset: 'UTF-8' } },
            Headers: [{ Name: 'Content-Language', Value: message.locale }],
          },
        },
        EmailTags: [
          { Name: 'tenant', Value: message.tenantId },
          { Name: 'template', Value: message.template.replace(/[^A-Za-z0-9_-]/g, '_') },
        ],
      }),
      { abortSignal },
    );
    logger.info('notification', { channel: 'email', template: message.template, tenantId: message.tenantId });
    return { messageId: out.MessageId ?? '' };
  },
};
