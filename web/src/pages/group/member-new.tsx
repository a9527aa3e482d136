/**
 * Adding a number to the group: a new one from the operator's ranges or a ported-in one (donor
 * operator and number), its plan from the catalog, optionally its label, add-ons and service
 * settings. On success the new number's page opens.
 */
import { useState } from 'preact/hooks';
import { api, type BodyOf } from '../../api/client.ts';
import { formatMoney, t } from '../../i18n/index.ts';
import { href, navigate } from '../../router.ts';
import { currentSession } from '../../session.ts';
import { type Catalog, currencyOf, localized, planOptions, useCatalog } from '../../ui/catalog.ts';
import {
  Checkbox,
  Field,
  fieldErrors,
  LoadedView,
  ProblemView,
  pathNumber,
  Select,
} from '../../ui/components.tsx';
import { typedMoney, useIdempotencyKey } from '../../ui/forms.ts';
import { useAction } from '../../ui/use-api.ts';
import { SERVICES, type Service, serviceText } from './services.ts';

type Body = BodyOf<'addMember'>;

/** The settings a new number usually starts with; only those the administrator changes are sent. */
const USUAL: Record<Service, boolean> = {
  voice: true,
  sms: true,
  data: true,
  roaming: true,
  international: true,
  premiumRate: false,
};

function Form({ catalog }: { catalog: Catalog }) {
  const groupId = currentSession()!.groupId!;
  const plans = planOptions(catalog);
  const [kind, setKind] = useState<'new' | 'port-in'>('new');
  const [msisdn, setMsisdn] = useState('');
  const [donor, setDonor] = useState('');
  const [plan, setPlan] = useState(plans[0]?.value ?? '');
  const [label, setLabel] = useState('');
  const [addOns, setAddOns] = useState<string[]>([]);
  const [changed, setChanged] = useState<Partial<Record<Service, boolean>>>({});
  const [cap, setCap] = useState('');
  const idempotency = useIdempotencyKey();

  const add = useAction(
    (body: Body) =>
      api.POST('/v1/groups/{groupId}/members', {
        params: { path: { groupId }, header: { 'Idempotency-Key': idempotency.keyFor(body) } },
        body,
      }),
    (answer) => {
      idempotency.succeeded();
      navigate(`/group/members/${pathNumber(answer.member.msisdn)}?added=1`);
    },
  );

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const currency = currencyOf(catalog) ?? '';
    const settings: NonNullable<Body['settings']> = { ...changed };
    if (cap.trim()) settings.spendingCap = typedMoney(cap, currency);
    void add.submit({
      number: kind === 'new' ? { kind: 'new' } : { kind: 'port-in', msisdn, donorOperator: donor },
      plan,
      ...(label.trim() ? { label } : {}),
      ...(addOns.length ? { addOns } : {}),
      ...(Object.keys(settings).length ? { settings } : {}),
    });
  };

  const planAddOns = catalog.addOns.filter((a) => !a.plans || a.plans.includes(plan));
  return (
    <form class="admin-form" onSubmit={onSubmit} noValidate>
      <fieldset>
        <legend>{t('numbers.whichNumber')}</legend>
        <div class="check">
          <input
            type="radio"
            id="kind-new"
            name="kind"
            checked={kind === 'new'}
            onChange={() => setKind('new')}
          />
          <label for="kind-new">{t('numbers.kindNew')}</label>
        </div>
        <div class="check">
          <input
            type="radio"
            id="kind-port-in"
            name="kind"
            checked={kind === 'port-in'}
            onChange={() => setKind('port-in')}
          />
          <label for="kind-port-in">{t('numbers.kindPortIn')}</label>
        </div>
        {kind === 'port-in' ? (
          <>
            <Field
              label={t('numbers.portInNumber')}
              hint={t('numbers.portInNumberHint')}
              field="body.number.msisdn"
              problem={add.problem}
              type="tel"
              value={msisdn}
              onInput={(e) => setMsisdn(e.currentTarget.value)}
            />
            <Field
              label={t('numbers.donorOperator')}
              field="body.number.donorOperator"
              problem={add.problem}
              value={donor}
              onInput={(e) => setDonor(e.currentTarget.value)}
            />
          </>
        ) : null}
      </fieldset>
      <Select
        label={t('numbers.plan')}
        field="body.plan"
        problem={add.problem}
        options={plans}
        value={plan}
        onChange={(e) => setPlan(e.currentTarget.value)}
      />
      <Field
        label={t('numbers.label')}
        hint={t('numbers.labelHint')}
        field="body.label"
        problem={add.problem}
        value={label}
        onInput={(e) => setLabel(e.currentTarget.value)}
      />
      {planAddOns.length ? (
        <fieldset>
          <legend>{t('numbers.addOns')}</legend>
          {planAddOns.map((a) => (
            <Checkbox
              key={a.code}
              label={`${localized(a.name, a.code)} — ${formatMoney(a.monthlyFee)}`}
              checked={addOns.includes(a.code)}
              onChange={(e) =>
                setAddOns((list) =>
                  e.currentTarget.checked ? [...list, a.code] : list.filter((c) => c !== a.code),
                )
              }
            />
          ))}
        </fieldset>
      ) : null}
      <details open={fieldErrors(add.problem, 'body.settings').length > 0 || undefined}>
        <summary>{t('numbers.settingsOptional')}</summary>
        <fieldset>
          <legend>{t('numbers.services')}</legend>
          {SERVICES.map((s) => (
            <Checkbox
              key={s}
              label={serviceText(s)}
              checked={changed[s] ?? USUAL[s]}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setChanged((c) => ({ ...c, [s]: on }));
              }}
            />
          ))}
        </fieldset>
        <Field
          label={t('numbers.spendingCap')}
          hint={t('numbers.spendingCapHint')}
          field="body.settings.spendingCap"
          problem={add.problem}
          inputMode="decimal"
          value={cap}
          onInput={(e) => setCap(e.currentTarget.value)}
        />
      </details>
      <ProblemView problem={add.problem} />
      <div class="actions">
        <button type="submit" disabled={add.busy}>
          {t('numbers.add')}
        </button>
        <a class="button secondary" href={href('/group')}>
          {t('common.cancel')}
        </a>
      </div>
    </form>
  );
}

export default function NewMember() {
  const catalog = useCatalog();
  return (
    <div class="form-page">
      <h1>{t('numbers.newTitle')}</h1>
      <div class="card">
        <LoadedView loaded={catalog}>{(c) => <Form catalog={c.catalog} />}</LoadedView>
      </div>
    </div>
  );
}
