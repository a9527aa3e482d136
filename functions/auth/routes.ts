import { answerChallenge } from './routes/answer-challenge.ts';
import { login } from './routes/login.ts';
import { logout } from './routes/logout.ts';
import { refreshSession } from './routes/refresh-session.ts';
import { reportSimChange } from './routes/report-sim-change.ts';

/** Self-care sign-in: every route of the area (one module each). */
export const routes = [login, answerChallenge, refreshSession, logout, reportSimChange];
