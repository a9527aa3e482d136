import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { config } from '../kernel/config.ts';
import { logger } from '../kernel/observability.ts';
import { type Channel, checkMessage, type Notifier, normalizeRecipient } from './message.ts';

/**
 * The notifier port on AWS: SMS through SNS `Publish` to a phone number, e-mail through SES v2
 * `SendEmail`, each client made once, on first use. A notifier is wired with the channels its
 * subscription sends on (`sends` in the area manifest, which is also what its role may do), so a
 * function that sends only SMS carries no SES client.
 */
type ChannelSender = Notifier['send'];

let sns: SNSClient | undefined;
let ses: SESv2Client | undefined;

/** The sender address of e-mails (a verified SES identity), `NOTIFY_EMAIL_FROM`. */
function emailFrom(): string {
  const from = config().NOTIFY_EMAIL_FROM;
  if (!from) throw new Error('NOTIFY_EMAIL_FROM is not configured: e-mail cannot be sent');
  return from;
}

export const sendSms: ChannelSender = async (message, options) => {
  const to = normalizeRecipient('sms', message.to);
  sns ??= new SNSClient({ region: config().AWS_REGION });
  const out = await sns.send(
    new PublishCommand({
      PhoneNumber: to,
      Message: message.text,
      MessageAttributes: {
        'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
      },
    }),
    { abortSignal: options?.signal },
  );
  logger.info('notification', { channel: 'sms', to, template: message.template, tenantId: message.tenantId });
  return { messageId: out.MessageId ?? '' };
};

export const sendEmail: ChannelSender = async (message, options) => {
  const to = normalizeRecipient('email', message.to);
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
    { abortSignal: options?.signal },
  );
  logger.info('notification', { channel: 'email', template: message.template, tenantId: message.tenantId });
  return { messageId: out.MessageId ?? '' };
};

/** A notifier that sends on the given channels and refuses any other (a programming error). */
export function awsNotifierFor(channels: Partial<Record<Channel, ChannelSender>>): Notifier {
  return {
    async send(message, options) {
      checkMessage(message);
      const send = channels[message.channel];
      if (!send) throw new Error(`This notifier is not wired to send ${message.channel}.`);
      return send(message, options);
    },
  };
}
