import {
  CopyObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { config } from '../kernel/config.ts';
import { PROOF_URL_SECONDS, type ProofDocuments, reviewKeyOf } from './ports.ts';
import { HEAD_BYTES } from './proofs.ts';

/**
 * Payment-proof documents in the documents bucket, under `proofs/` (the functions that declare
 * `uses: ['proof-files']` may get and put there, nothing else). The client uploads straight to S3
 * through a presigned PUT that holds it to the declared type and size; the document it submits is
 * copied beside it (`<key>.submitted`), where no upload URL reaches, and that copy is checked and
 * reviewed. The document of a proof by e-mail is put there straight away.
 */
let client: S3Client | undefined;
const s3 = () => {
  // A presigned PUT carries only what its signature covers: no checksum of an empty body, which
  // the SDK would otherwise add by default and the upload would then fail.
  client ??= new S3Client({
    region: config().AWS_REGION,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return client;
};
const bucket = () => {
  const b = config().INVOICE_BUCKET;
  if (!b) throw new Error('INVOICE_BUCKET is not set: this function keeps no proof documents');
  return b;
};

const isMissing = (e: unknown) => {
  const name = (e as Error).name;
  return name === 'NoSuchKey' || name === 'NotFound';
};

export const s3ProofDocuments: ProofDocuments = {
  async uploadUrl(key, contentType, size) {
    const expiresAt = new Date(Date.now() + PROOF_URL_SECONDS * 1000).toISOString();
    const url = await getSignedUrl(
      s3(),
      new PutObjectCommand({ Bucket: bucket(), Key: key, ContentType: contentType, ContentLength: size }),
      // The presigner leaves the content type unsigned unless asked: sign it and the length, so
      // the upload is the declared type and size or S3 refuses it.
      { expiresIn: PROOF_URL_SECONDS, signableHeaders: new Set(['content-type', 'content-length']) },
    );
    return { url, expiresAt };
  },

  async keep(key) {
    const kept = reviewKeyOf(key);
    try {
      await s3().send(
        new CopyObjectCommand({ Bucket: bucket(), Key: kept, CopySource: `${bucket()}/${key}` }),
      );
      return kept;
    } catch (e) {
      if (isMissing(e)) return undefined;
      throw e;
    }
  },

  async inspect(key) {
    try {
      const head = await s3().send(new HeadObjectCommand({ Bucket: bucket(), Key: key }));
      const size = head.ContentLength ?? 0;
      if (size === 0) return { size, head: new Uint8Array() };
      const first = await s3().send(
        new GetObjectCommand({ Bucket: bucket(), Key: key, Range: `bytes=0-${HEAD_BYTES - 1}` }),
      );
      return { size, head: first.Body ? await first.Body.transformToByteArray() : new Uint8Array() };
    } catch (e) {
      if (isMissing(e)) return undefined;
      throw e;
    }
  },

  downloadUrl: (key) =>
    getSignedUrl(s3(), new GetObjectCommand({ Bucket: bucket(), Key: key }), {
      expiresIn: PROOF_URL_SECONDS,
    }),

  async put(key, bytes, contentType) {
    await s3().send(
      new PutObjectCommand({
        Bucket: bucket(),
        Key: key,
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.byteLength,
      }),
    );
  },
};
