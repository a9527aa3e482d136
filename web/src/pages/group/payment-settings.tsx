/**
 * How the group pays its invoices: monthly direct debit from the company's IBAN under a SEPA
 * mandate (its reference and the day it was signed), or manual payment.
 */
import { useState } from 'preact/hooks';
import { api, type BodyOf, type Ok } from '../../api/client.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { currentSession } from '../../session.ts';
import { Done, Field, LoadedView, ProblemView, Section } from '../../ui/components.tsx';
import { useAction, useApi } from '../../ui/use-api.ts';

type Settings = Ok<'getPaymentSettings'>;
type Method = Settings['method'];

const methodText = (m: Method) => t(`money.paymentMethod.${m}`);

function Current({ settings }: { settings: Settings }) {
  return (
    <dl class="facts" data-testid="payment-settings">
      <dt>{t('money.paymentMethod')}</dt>
      <dd data-testid="payment-method">{methodText(settings.method)}</dd>
      <dt>{t('money.iban')}</dt>
      <dd>{settings.iban ?? '—'}</dd>
      <dt>{t('money.mandateReference')}</dt>
      <dd data-testid="mandate-reference">{settings.mandate?.reference ?? '—'}</dd>
      <dt>{t('money.mandateSignedOn')}</dt>
      <dd data-testid="mandate-signed-on">
        {settings.mandate ? formatDate(settings.mandate.signedOn) : '—'}
      </dd>
      <dt>{t('money.updatedAt')}</dt>
      <dd>{formatDate(settings.updatedAt)}</dd>
    </dl>
  );
}

function Change({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const groupId = currentSession()!.groupId!;
  const [method, setMethod] = useState<Method>(settings.method);
  const [reference, setReference] = useState(settings.mandate?.reference ?? '');
  const [signedOn, setSignedOn] = useState(settings.mandate?.signedOn ?? '');
  const save = useAction(
    (body: BodyOf<'putPaymentSettings'>) =>
      api.PUT('/v1/groups/{groupId}/payment-settings', { params: { path: { groupId } }, body }),
    onSaved,
  );
  return (
    <form
      class="admin-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save.submit(
          method === 'direct-debit' ? { method, mandate: { reference, signedOn } } : { method: 'manual' },
        );
      }}
      noValidate
    >
      <fieldset>
        <legend>{t('money.paymentMethod')}</legend>
        {(['direct-debit', 'manual'] as const).map((m) => (
          <div class="check" key={m}>
            <input
              type="radio"
              id={`method-${m}`}
              name="payment-method"
              checked={method === m}
              onChange={() => {
                setMethod(m);
                save.reset();
              }}
            />
            <label for={`method-${m}`}>{methodText(m)}</label>
          </div>
        ))}
      </fieldset>
      {method === 'direct-debit' ? (
        <>
          <p class="muted">{t('money.directDebitHint')}</p>
          <Field
            label={t('money.mandateReference')}
            field="body.mandate.reference"
            problem={save.problem}
            value={reference}
            onInput={(e) => setReference(e.currentTarget.value)}
          />
          <Field
            label={t('money.mandateSignedOn')}
            field="body.mandate.signedOn"
            problem={save.problem}
            type="date"
            value={signedOn}
            onInput={(e) => setSignedOn(e.currentTarget.value)}
          />
        </>
      ) : (
        <p class="muted">{t('money.manualHint')}</p>
      )}
      <ProblemView problem={save.problem} />
      <div class="actions">
        <button type="submit" disabled={save.busy}>
          {t('common.save')}
        </button>
      </div>
      {save.ok ? <Done text={t('common.saved')} /> : null}
    </form>
  );
}

export default function PaymentSettings() {
  const groupId = currentSession()!.groupId!;
  const loaded = useApi(
    () => api.GET('/v1/groups/{groupId}/payment-settings', { params: { path: { groupId } } }),
    [groupId],
  );
  const [saved, setSaved] = useState<Settings>();
  return (
    <>
      <h1>{t('money.paymentSettingsTitle')}</h1>
      <LoadedView loaded={loaded}>
        {(settings) => (
          <>
            <Section title={t('money.paymentNow')} id="now">
              <Current settings={saved ?? settings} />
            </Section>
            <Section title={t('money.paymentChange')} id="change">
              <Change settings={settings} onSaved={setSaved} />
            </Section>
          </>
        )}
      </LoadedView>
    </>
  );
}
