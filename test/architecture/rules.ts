import type { IForbiddenRuleType } from 'dependency-cruiser';
import { LAYERS } from './layers.ts';

const levelOf = new Map(LAYERS.flatMap((areas, level) => areas.map((a) => [a, level] as const)));

/** The project's import rules, checked by dependency-cruiser over the whole tree. */
export function forbiddenRules(): IForbiddenRuleType[] {
  const rules: IForbiddenRuleType[] = [
    {
      name: 'no-cycle',
      comment: 'No import cycle anywhere in the product code.',
      severity: 'error',
      from: { path: '^(shared|functions|events|infra)/' },
      to: { circular: true },
    },
    {
      name: 'no-foreign-adapter',
      comment:
        "An area never reaches into another area's DynamoDB adapter: it asks that area's port (composition roots in functions/ and infra/ wire adapters).",
      severity: 'error',
      from: { path: '^shared/([^/]+)/' },
      to: { path: '^shared/([^/]+)/dynamo[^/]*\\.ts$', pathNot: '^shared/$1/' },
    },
    {
      name: 'ports-without-sdk',
      comment: 'Ports describe what a use case needs in the product’s terms, never in SDK types.',
      severity: 'error',
      from: { path: '^shared/[^/]+/ports\\.ts$' },
      to: { path: '(^|/)node_modules/@aws-sdk/' },
    },
    {
      name: 'pure-domain',
      comment: 'Domain rules are pure: no SDK, no storage, no handlers.',
      severity: 'error',
      from: { path: '^shared/[^/]+/domain\\.ts$' },
      to: { path: ['(^|/)node_modules/@aws-sdk/', '^shared/(db|handlers)/', '/dynamo[^/]*\\.ts$'] },
    },
    {
      name: 'shared-below-functions',
      comment: 'shared/ is used by handlers and the runtimes, never the other way round.',
      severity: 'error',
      from: { path: '^(shared|events)/' },
      to: { path: '^(functions|infra|test)/' },
    },
    {
      name: 'events-are-contracts',
      comment: 'Event contracts depend on the kernel only.',
      severity: 'error',
      from: { path: '^events/' },
      to: { path: '^shared/', pathNot: '^shared/kernel/' },
    },
  ];
  for (const [area, level] of levelOf) {
    const allowed = [...levelOf].filter(([a, l]) => l < level || a === area).map(([a]) => a);
    rules.push({
      name: `layer-${area}`,
      comment: `shared/${area} may import only ${allowed.join(', ')} (and events/).`,
      severity: 'error',
      from: { path: `^shared/${area}/` },
      to: { path: '^shared/([^/]+)/', pathNot: `^shared/(${allowed.join('|')})/` },
    });
  }
  return rules;
}
