import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client.ts';
import { queryPage } from '../db/items.ts';
import type { Page } from '../db/pagination.ts';
import { logger } from '../kernel/observability.ts';
import { toPathForm } from '../kernel/phone.ts';
import { networkKeys } from './keys.ts';
import type { NetworkCommand, NetworkProvisioning } from './ports.ts';

export const NETWORK_COMMAND_ENTITY = 'NetworkCommand';

/**
 * The local stand-in for the operator's network provisioning: every bar and restore command becomes
 * an item in the table (readable with `npm run cli -- network`) and one log line; a command that
 * arrives twice (a redelivered event) is kept once. On AWS the operator's provisioning system
 * consumes `NumberBarred` / `NumberUnbarred` from the bus itself; this adapter is never deployed.
 */
export const localNetwork: NetworkProvisioning = {
  async apply(command: NetworkCommand) {
    try {
      await db().send(
        new PutCommand({
          TableName: tableName(),
          Item: {
            ...networkKeys.command(command.tenantId, command.eventId),
            ...networkKeys.byNumber(command.tenantId, toPathForm(command.msisdn), command.eventId),
            entity: NETWORK_COMMAND_ENTITY,
            ...command,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      logger.info('network command', { ...command });
    } catch (e) {
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
    }
  },
};

/** The commands the local network received, newest first: of a tenant, or of one number. */
export function listNetworkCommands(q: {
  tenantId: string;
  msisdn?: string;
  limit: number;
}): Promise<Page<NetworkCommand>> {
  return queryPage<NetworkCommand>(
    q.msisdn
      ? {
          index: 'gsi1',
          partition: ['gsi1pk', networkKeys.numberPartition(q.tenantId, toPathForm(q.msisdn))],
          newestFirst: true,
        }
      : { partition: ['pk', networkKeys.tenantPartition(q.tenantId)], newestFirst: true },
    q.limit,
    undefined,
  );
}
