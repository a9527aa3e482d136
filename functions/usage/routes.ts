import { authorizeUsage } from './routes/authorize-usage.ts';
import { getMemberUsage } from './routes/get-member-usage.ts';
import { ingestUsageRecords } from './routes/ingest-usage-records.ts';
import { listRejectedRecords } from './routes/list-rejected-records.ts';
import { listUsageRecords } from './routes/list-usage-records.ts';

/** Usage: every route of the area, in the order of the contract (one module per route). */
export const routes = [
  ingestUsageRecords,
  listRejectedRecords,
  authorizeUsage,
  getMemberUsage,
  listUsageRecords,
];
