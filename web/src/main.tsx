import { render } from 'preact';
import { App } from './app.tsx';
import { initialLanguage, setLanguage } from './i18n/index.ts';
import './styles.css';

await setLanguage(initialLanguage());
render(<App />, document.getElementById('app')!);
