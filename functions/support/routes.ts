import { changeTicketStatus } from './routes/change-ticket-status.ts';
import { getAuthorisedEmails } from './routes/get-authorised-emails.ts';
import { getTicket } from './routes/get-ticket.ts';
import { listOpenTickets } from './routes/list-open-tickets.ts';
import { listRejectedMail } from './routes/list-rejected-mail.ts';
import { listTickets } from './routes/list-tickets.ts';
import { openTicket } from './routes/open-ticket.ts';
import { putAuthorisedEmails } from './routes/put-authorised-emails.ts';
import { receiveInboundEmail } from './routes/receive-inbound-email.ts';
import { replyToTicket } from './routes/reply-to-ticket.ts';

/** The support desk: every route of the area, in the order of the contract (one module each). */
export const routes = [
  openTicket,
  listTickets,
  getTicket,
  listOpenTickets,
  replyToTicket,
  changeTicketStatus,
  getAuthorisedEmails,
  putAuthorisedEmails,
  receiveInboundEmail,
  listRejectedMail,
];
