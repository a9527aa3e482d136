/**
 * The steps a sign-in goes through after the password, the same for the customers' sign-in and
 * the staff's: a one-time code (the SMS PIN, the staff's e-mailed code), with a resend, and the
 * new password of a first sign-in. The texts are the page's; the answers are the API's.
 */
import { useState } from 'preact/hooks';
import type { Problem } from '../../api/client.ts';
import { formatDate } from '../../i18n/index.ts';
import { Field, ProblemView } from '../../ui/components.tsx';

interface Answering {
  busy: boolean;
  problem?: Problem;
}

export function CodeStep({
  texts,
  field,
  validUntil,
  answer,
  onCode,
  onResend,
}: {
  texts: {
    title: string;
    sent: string;
    validUntil: (time: string) => string;
    label: string;
    confirm: string;
    resend: string;
    resent: string;
  };
  /** The body field of the code (`body.pin`, `body.code`). */
  field: string;
  validUntil?: string;
  answer: Answering;
  onCode: (code: string) => Promise<unknown>;
  /** Resolves truthy when a new code went out. */
  onResend: () => Promise<unknown>;
}) {
  const [code, setCode] = useState('');
  const [resent, setResent] = useState(false);
  return (
    <div class="narrow">
      <h1>{texts.title}</h1>
      <p>{texts.sent}</p>
      {validUntil ? <p class="muted">{texts.validUntil(formatDate(validUntil))}</p> : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setResent(false);
          void onCode(code.trim());
        }}
      >
        <Field
          label={texts.label}
          field={field}
          problem={answer.problem}
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
        />
        <ProblemView problem={answer.problem} />
        <div class="actions">
          <button type="submit" disabled={answer.busy}>
            {texts.confirm}
          </button>
          <button
            type="button"
            class="secondary"
            disabled={answer.busy}
            onClick={() =>
              void onResend().then((a) => {
                if (a) {
                  setCode('');
                  setResent(true);
                }
              })
            }
          >
            {texts.resend}
          </button>
        </div>
        {resent ? <p role="status">{texts.resent}</p> : null}
      </form>
    </div>
  );
}

export function NewPasswordStep({
  texts,
  answer,
  onPassword,
}: {
  texts: { title: string; why: string; label: string; submit: string };
  answer: Answering;
  onPassword: (password: string) => Promise<unknown>;
}) {
  const [password, setPassword] = useState('');
  return (
    <div class="narrow">
      <h1>{texts.title}</h1>
      <p>{texts.why}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onPassword(password);
        }}
      >
        <Field
          label={texts.label}
          field="body.newPassword"
          problem={answer.problem}
          type="password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
          autoComplete="new-password"
          required
        />
        <ProblemView problem={answer.problem} />
        <button type="submit" disabled={answer.busy}>
          {texts.submit}
        </button>
      </form>
    </div>
  );
}
