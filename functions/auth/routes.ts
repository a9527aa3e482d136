import { answerChallenge } from './routes/answer-challenge.ts';
import { confirmRecovery } from './routes/confirm-recovery.ts';
import { login } from './routes/login.ts';
import { logout } from './routes/logout.ts';
import { refreshSession } from './routes/refresh-session.ts';
import { removePinDestination } from './routes/remove-pin-destination.ts';
import { reportSimChange } from './routes/report-sim-change.ts';
import { resetPassword } from './routes/reset-password.ts';
import { resetStaffPassword } from './routes/reset-staff-password.ts';
import { setPinDestination } from './routes/set-pin-destination.ts';
import { answerStaffChallenge } from './routes/staff-challenge.ts';
import { staffLogin } from './routes/staff-login.ts';
import { startRecovery } from './routes/start-recovery.ts';

/** Self-care sign-in: every route of the area (one module each). */
export const routes = [
  login,
  answerChallenge,
  refreshSession,
  logout,
  startRecovery,
  confirmRecovery,
  reportSimChange,
  setPinDestination,
  resetPassword,
  removePinDestination,
  staffLogin,
  answerStaffChallenge,
  resetStaffPassword,
];
