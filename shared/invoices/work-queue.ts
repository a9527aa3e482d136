import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { config } from '../kernel/config.ts';
import type { InvoicingMessage, WorkQueue } from './ports.ts';

/**
 * The invoicing queue on AWS (SQS). Messages go in batches of 10 (SendMessageBatch's limit); an
 * entry SQS did not take is sent again, and a batch that still fails throws, so the caller (a
 * bill run start, resumable) never believes a group was queued when it was not.
 */
let client: SQSClient | undefined;
const sqs = () => {
  client ??= new SQSClient({ region: config().AWS_REGION });
  return client;
};

const SQS_BATCH = 10;
const ATTEMPTS = 5;

export const sqsWorkQueue: WorkQueue = {
  async send(messages: readonly InvoicingMessage[]) {
    const url = config().INVOICING_QUEUE_URL;
    if (!url)
      throw new Error('INVOICING_QUEUE_URL is not set: this function does not send to the invoicing queue');
    for (let i = 0; i < messages.length; i += SQS_BATCH) {
      let entries = messages
        .slice(i, i + SQS_BATCH)
        .map((m, k) => ({ Id: String(k), MessageBody: JSON.stringify(m) }));
      for (let attempt = 1; entries.length; attempt++) {
        const out = await sqs().send(new SendMessageBatchCommand({ QueueUrl: url, Entries: entries }));
        const failed = new Set((out.Failed ?? []).map((f) => f.Id));
        entries = entries.filter((e) => failed.has(e.Id));
        if (entries.length && attempt >= ATTEMPTS)
          throw new Error(`the invoicing queue refused ${entries.length} messages`);
      }
    }
  },
};
