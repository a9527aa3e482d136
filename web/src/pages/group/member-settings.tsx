/** A number's service settings, spending cap and label, as the administrator sets them. */
import { useState } from 'preact/hooks';
import { api, type BodyOf } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { currentSession } from '../../session.ts';
import { type Catalog, currencyOf } from '../../ui/catalog.ts';
import { Checkbox, Done, Field, ProblemView, pathNumber, Section } from '../../ui/components.tsx';
import { majorUnits, typedMoney } from '../../ui/forms.ts';
import { useAction } from '../../ui/use-api.ts';
import type { Member } from './member.tsx';
import { SERVICES, type Service, serviceText } from './services.ts';

const formOf = (member: Member) => ({
  services: Object.fromEntries(SERVICES.map((s) => [s, member.settings?.[s] ?? false])) as Record<
    Service,
    boolean
  >,
  cap: member.settings?.spendingCap ? majorUnits(member.settings.spendingCap) : '',
  label: member.label ?? '',
});

export function MemberSettings({
  member,
  catalog,
  onChanged,
}: {
  member: Member;
  catalog?: Catalog;
  onChanged: () => void;
}) {
  const groupId = currentSession()!.groupId!;
  const [form, setForm] = useState(() => formOf(member));
  const save = useAction(
    (body: BodyOf<'updateMember'>) =>
      api.PATCH('/v1/groups/{groupId}/members/{msisdn}', {
        params: { path: { groupId, msisdn: pathNumber(member.msisdn) } },
        body,
      }),
    (answer) => {
      setForm(formOf(answer));
      onChanged();
    },
  );
  const currency = member.settings?.spendingCap?.currency ?? currencyOf(catalog) ?? '';

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const settings: NonNullable<BodyOf<'updateMember'>['settings']> = {
      ...form.services,
      spendingCap: form.cap.trim() ? typedMoney(form.cap, currency) : null,
    };
    void save.submit({ label: form.label.trim() ? form.label : null, settings });
  };

  return (
    <Section title={t('numbers.settings')} id="settings">
      <form class="admin-form" onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>{t('numbers.services')}</legend>
          {SERVICES.map((s) => (
            <Checkbox
              key={s}
              label={serviceText(s)}
              checked={form.services[s]}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setForm((f) => ({ ...f, services: { ...f.services, [s]: on } }));
              }}
            />
          ))}
        </fieldset>
        <Field
          label={t('numbers.spendingCapWith', { currency })}
          hint={t('numbers.spendingCapHint')}
          field="body.settings.spendingCap"
          problem={save.problem}
          inputMode="decimal"
          value={form.cap}
          onInput={(e) => {
            const cap = e.currentTarget.value;
            setForm((f) => ({ ...f, cap }));
          }}
        />
        <Field
          label={t('numbers.label')}
          hint={t('numbers.labelHint')}
          field="body.label"
          problem={save.problem}
          value={form.label}
          onInput={(e) => {
            const label = e.currentTarget.value;
            setForm((f) => ({ ...f, label }));
          }}
        />
        <ProblemView problem={save.problem} />
        <div class="actions">
          <button type="submit" disabled={save.busy}>
            {t('numbers.saveSettings')}
          </button>
        </div>
        {save.ok ? <Done text={t('common.saved')} /> : null}
      </form>
    </Section>
  );
}
