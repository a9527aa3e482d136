/**
 * Where the rendered documents of issued invoices are kept (the PDF): S3 on AWS
 * (`s3-files.ts`), the data folder locally (`infra/local/invoice-files.ts`). A document is made
 * once from the stored invoice, which never changes, and read back from here after that.
 */
export interface InvoiceFiles {
  get(key: string): Promise<Buffer | undefined>;
  put(key: string, body: Buffer, contentType: string): Promise<void>;
}

/** A file of a whole run (the direct-debit collection): `<tenant>/runs/<period>/<name>`. */
export const invoiceRunFileKey = (tenantId: string, period: string, name: string) =>
  `${tenantId}/runs/${period}/${name}`;

/** `<tenant>/<group>/<invoiceId>.<ext>`: every key starts with the tenant. */
export const invoiceFileKey = (tenantId: string, groupId: string, invoiceId: string, ext: 'pdf') =>
  `${tenantId}/${groupId}/${invoiceId}.${ext}`;
