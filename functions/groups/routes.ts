import { acceptHolderChange } from './routes/accept-holder-change.ts';
import { activateAddOn } from './routes/activate-add-on.ts';
import { addMember } from './routes/add-member.ts';
import { changeAdmin } from './routes/change-admin.ts';
import { changePlan } from './routes/change-plan.ts';
import { closeHolderChange } from './routes/close-holder-change.ts';
import { createClub } from './routes/create-club.ts';
import { deactivateAddOn } from './routes/deactivate-add-on.ts';
import { dissolveClub } from './routes/dissolve-club.ts';
import { getClub } from './routes/get-club.ts';
import { getGroup } from './routes/get-group.ts';
import { getMember } from './routes/get-member.ts';
import { joinClub } from './routes/join-club.ts';
import { leaveClub } from './routes/leave-club.ts';
import { listClubMembers } from './routes/list-club-members.ts';
import { listGroupAudit } from './routes/list-group-audit.ts';
import { listGroupCharges } from './routes/list-group-charges.ts';
import { listGroups } from './routes/list-groups.ts';
import { listHolderChanges } from './routes/list-holder-changes.ts';
import { listMembers } from './routes/list-members.ts';
import { offerHolderChange } from './routes/offer-holder-change.ts';
import { publicQuote } from './routes/public-quote.ts';
import { quotePlanChange } from './routes/quote-plan-change.ts';
import { registerGroup } from './routes/register-group.ts';
import { removeMember } from './routes/remove-member.ts';
import { updateGroup } from './routes/update-group.ts';
import { updateMember } from './routes/update-member.ts';

/**
 * Business groups, members and business clubs: every route of the area, in the order of the contract. Each route is a module of its
 * own (a handler imports only its own, so its bundle builds only its own schemas).
 */
export const routes = [
  registerGroup,
  listGroups,
  getGroup,
  updateGroup,
  changeAdmin,
  listGroupAudit,
  listGroupCharges,
  listMembers,
  addMember,
  getMember,
  updateMember,
  removeMember,
  changePlan,
  quotePlanChange,
  publicQuote,
  activateAddOn,
  deactivateAddOn,
  offerHolderChange,
  listHolderChanges,
  acceptHolderChange,
  closeHolderChange,
  createClub,
  getClub,
  dissolveClub,
  listClubMembers,
  joinClub,
  leaveClub,
];
