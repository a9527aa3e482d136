/** The shell: header (navigation of the signed-in role, language, sign-out) and the current page. */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from './api/client.ts';
import { LANGUAGE_NAMES, LANGUAGES, type Language, setLanguage, t, useLanguage } from './i18n/index.ts';
import { match, navigate, type PageProps, type PageRoute, useLocation } from './router.ts';
import { HOME, ROUTES } from './routes.ts';
import { currentSession, onSessionChange, type Session, signedOut } from './session.ts';

function useSession(): Session | undefined {
  const [session, setSession] = useState(currentSession);
  useEffect(() => onSessionChange(() => setSession(currentSession())), []);
  return session;
}

const modules = new Map<PageRoute, ComponentType<PageProps>>();

function Page({ route, props }: { route: PageRoute; props: PageProps }) {
  const [Component, setComponent] = useState<ComponentType<PageProps> | undefined>(() => modules.get(route));
  useEffect(() => {
    const known = modules.get(route);
    if (known) {
      setComponent(() => known);
      return;
    }
    let live = true;
    void route.load().then((m) => {
      modules.set(route, m.default);
      if (live) setComponent(() => m.default);
    });
    return () => {
      live = false;
    };
  }, [route]);
  if (!Component)
    return (
      <p class="muted" aria-busy="true">
        {t('common.loading')}
      </p>
    );
  return <Component {...props} />;
}

function LanguageSwitch() {
  const current = useLanguage();
  return (
    <label class="language">
      <span class="visually-hidden">{t('common.language')}</span>
      <select
        value={current}
        onChange={(e) => void setLanguage((e.target as HTMLSelectElement).value as Language)}
        aria-label={t('common.language')}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

async function signOut(session: Session) {
  if (session.refreshToken)
    await api
      .POST('/v1/auth/logout', { body: { refreshToken: session.refreshToken, tenant: session.tenant } })
      .catch(() => undefined);
  signedOut();
  navigate('/sign-in');
}

export function App() {
  useLanguage();
  const session = useSession();
  const location = useLocation();
  const path = location.path;

  let found: { route: PageRoute; params: Record<string, string> } | undefined;
  for (const route of ROUTES) {
    const params = match(route.path, path);
    if (params) {
      found = { route, params };
      break;
    }
  }
  const allowed =
    found && (found.route.roles === 'public' || (session && found.route.roles.includes(session.role)));

  useEffect(() => {
    if (path === '/' || !found) navigate(session ? HOME[session.role] : '/sign-in');
    else if (!allowed) navigate(session ? HOME[session.role] : `/sign-in?next=${encodeURIComponent(path)}`);
  }, [path, session?.role, found?.route, allowed]);

  const nav = session
    ? ROUTES.filter((r) => r.nav && r.roles !== 'public' && r.roles.includes(session.role))
    : [];
  const active = found?.route;
  return (
    <>
      {/* A link to #main would change the hash route: the skip link is a button that moves focus. */}
      <button type="button" class="skip" onClick={() => document.getElementById('main')?.focus()}>
        {t('common.skipToContent')}
      </button>
      <header class="top">
        <a class="brand" href={session ? `#${HOME[session.role]}` : '#/sign-in'}>
          Switchboard
        </a>
        {nav.length ? (
          <nav aria-label={t('common.navigation')}>
            <ul>
              {nav.map((r) => (
                <li key={r.path}>
                  <a href={`#${r.path}`} aria-current={r === active ? 'page' : undefined}>
                    {t(r.nav!)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div class="tools">
          <LanguageSwitch />
          {session ? (
            <button type="button" class="secondary" onClick={() => void signOut(session)}>
              {t('common.signOut')}
            </button>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {found && allowed ? (
          <Page
            key={found.route.path}
            route={found.route}
            props={{ params: found.params, query: location.query }}
          />
        ) : null}
      </main>
    </>
  );
}
