import { LogFormatter, Logger, LogItem } from '@aws-lambda-powertools/logger';
import type { LogAttributes, UnformattedAttributes } from '@aws-lambda-powertools/logger/types';
import { Metrics } from '@aws-lambda-powertools/metrics';

/**
 * Phone numbers in E.164 or digits-only form (8–15 digits) anywhere in a string; a run of digits
 * that is part of a larger token (a UUID's or a record id's part, next to `-`, `_` or letters) is not
 * a phone number.
 */
const PHONE = /(?<![\w-])\+?(\d{5,12})(\d{3})(?![\w-])/g;

/** `+38640123456` → `+38640***456`: enough to correlate, not enough to identify. */
export function maskPhones(value: string): string {
  return value.replace(PHONE, (match, head: string, tail: string) => {
    const plus = match.startsWith('+') ? '+' : '';
    if (head.length + tail.length < 8) return match;
    return `${plus}${head.slice(0, 5)}***${tail}`;
  });
}

function maskDeep(value: unknown, depth = 0): unknown {
  if (depth > 8) return value;
  if (typeof value === 'string') return maskPhones(value);
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  if (value && typeof value === 'object' && !(value instanceof Error)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)]));
  }
  return value;
}

/** JSON lines with the Powertools fields, every phone number masked. */
class MaskingFormatter extends LogFormatter {
  override formatAttributes(attributes: UnformattedAttributes, additional: LogAttributes): LogItem {
    const base = {
      level: attributes.logLevel,
      message: maskPhones(attributes.message),
      timestamp: this.formatTimestamp(attributes.timestamp),
      service: attributes.serviceName,
      cold_start: attributes.lambdaContext?.coldStart,
      function_name: attributes.lambdaContext?.functionName,
      function_request_id: attributes.lambdaContext?.awsRequestId,
      xray_trace_id: attributes.xRayTraceId,
    };
    return new LogItem({ attributes: base }).addAttributes(maskDeep(additional) as LogAttributes);
  }
}

/** One logger per process, created at module scope (Powertools reads its env once). */
export const logger = new Logger({ logFormatter: new MaskingFormatter() });

/** Metrics in CloudWatch EMF; flushed by the HTTP middleware after every request. */
export const metrics = new Metrics();
