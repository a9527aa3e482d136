import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { config } from '../kernel/config.ts';
import type { InvoiceFiles } from './files.ts';

/** The invoice documents bucket (encrypted, private; the function construct grants read/write). */
let client: S3Client | undefined;
const s3 = () => {
  client ??= new S3Client({ region: config().AWS_REGION });
  return client;
};
const bucket = () => {
  const b = config().INVOICE_BUCKET;
  if (!b) throw new Error('INVOICE_BUCKET is not set: this function keeps no invoice documents');
  return b;
};

export const s3InvoiceFiles: InvoiceFiles = {
  async get(key) {
    try {
      const out = await s3().send(new GetObjectCommand({ Bucket: bucket(), Key: key }));
      return out.Body ? Buffer.from(await out.Body.transformToByteArray()) : undefined;
    } catch (e) {
      if (e instanceof NoSuchKey || (e as Error).name === 'NoSuchKey') return undefined;
      throw e;
    }
  },
  async put(key, body, contentType) {
    await s3().send(
      new PutObjectCommand({ Bucket: bucket(), Key: key, Body: body, ContentType: contentType }),
    );
  },
};
