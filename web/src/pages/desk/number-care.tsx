/**
 * What customer care does on one number of a customer: report a new SIM (no PIN by SMS for the
 * tenant's hold days), reset the password on proof of identity, and, for a fixed line, register or
 * remove where its PIN goes. The API decides who may and what is valid; the page sends what was typed.
 */
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { Done, Field, ProblemView, pathNumber, Select } from '../../ui/components.tsx';
import { useAction } from '../../ui/use-api.ts';

export function NumberCare({
  groupId,
  msisdn,
  fixedLine,
}: {
  groupId: string;
  msisdn: string;
  /** A fixed line (by the numbering plan): the only kind of number with a PIN destination. */
  fixedLine: boolean;
}) {
  const path = { groupId, msisdn: pathNumber(msisdn) };
  const sim = useAction(() =>
    api.POST('/v1/groups/{groupId}/members/{msisdn}/sim-change', { params: { path } }),
  );
  const [resetReference, setResetReference] = useState('');
  const reset = useAction(() =>
    api.POST('/v1/groups/{groupId}/members/{msisdn}/password-reset', {
      params: { path },
      body: { reference: resetReference },
    }),
  );
  const [kind, setKind] = useState<'email' | 'mobile'>('email');
  const [to, setTo] = useState('');
  const [pinReference, setPinReference] = useState('');
  const setPin = useAction(() =>
    api.PUT('/v1/groups/{groupId}/members/{msisdn}/pin-destination', {
      params: { path },
      body: { kind, to, reference: pinReference },
    }),
  );
  // Removing answers 204, without a body: `ok` says it was done.
  const removePin = useAction(() =>
    api.DELETE('/v1/groups/{groupId}/members/{msisdn}/pin-destination', { params: { path } }),
  );

  return (
    <div class="grid">
      <form
        aria-labelledby="care-sim"
        onSubmit={(e) => {
          e.preventDefault();
          void sim.submit();
        }}
      >
        <h3 id="care-sim">{t('desk.care.simTitle')}</h3>
        <p class="muted">{t('desk.care.simWhy')}</p>
        <ProblemView problem={sim.problem} />
        <Done
          text={sim.done ? t('desk.care.simDone', { time: formatDate(sim.done.simChangedAt) }) : undefined}
        />
        <button type="submit" disabled={sim.busy}>
          {t('desk.care.simSubmit')}
        </button>
      </form>

      <form
        aria-labelledby="care-reset"
        onSubmit={(e) => {
          e.preventDefault();
          void reset.submit();
        }}
      >
        <h3 id="care-reset">{t('desk.care.resetTitle')}</h3>
        <p class="muted">{t('desk.care.resetWhy')}</p>
        <Field
          label={t('desk.care.identityReference')}
          hint={t('desk.care.identityHint')}
          field="body.reference"
          problem={reset.problem}
          value={resetReference}
          onInput={(e) => setResetReference(e.currentTarget.value)}
          autoComplete="off"
        />
        <ProblemView problem={reset.problem} />
        <Done text={reset.done ? t('desk.care.resetDone', { to: reset.done.sentTo }) : undefined} />
        <button type="submit" disabled={reset.busy}>
          {t('desk.care.resetSubmit')}
        </button>
      </form>

      {fixedLine ? (
        <form
          aria-labelledby="care-pin"
          onSubmit={(e) => {
            e.preventDefault();
            removePin.reset();
            void setPin.submit();
          }}
        >
          <h3 id="care-pin">{t('desk.care.pinTitle')}</h3>
          <p class="muted">{t('desk.care.pinWhy')}</p>
          <Select
            label={t('desk.care.pinKind')}
            field="body.kind"
            problem={setPin.problem}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as 'email' | 'mobile')}
            options={[
              { value: 'email', label: t('desk.care.pinEmail') },
              { value: 'mobile', label: t('desk.care.pinMobile') },
            ]}
          />
          <Field
            label={t('desk.care.pinTo')}
            field="body.to"
            problem={setPin.problem}
            value={to}
            onInput={(e) => setTo(e.currentTarget.value)}
            autoComplete="off"
          />
          <Field
            label={t('desk.care.identityReference')}
            hint={t('desk.care.pinReferenceHint')}
            field="body.reference"
            problem={setPin.problem}
            value={pinReference}
            onInput={(e) => setPinReference(e.currentTarget.value)}
            autoComplete="off"
          />
          <ProblemView problem={setPin.problem ?? removePin.problem} />
          <Done
            text={
              removePin.ok
                ? t('desk.care.pinRemoved')
                : setPin.done
                  ? t('desk.care.pinDone', { to: setPin.done.to })
                  : undefined
            }
          />
          <div class="actions">
            <button type="submit" disabled={setPin.busy}>
              {t('desk.care.pinSubmit')}
            </button>
            <button
              type="button"
              class="secondary"
              disabled={removePin.busy}
              onClick={() => {
                setPin.reset();
                void removePin.submit();
              }}
            >
              {t('desk.care.pinRemove')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
