// The API contract as types, written by `npm run portal-api-types` from /openapi.json. Do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness check */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This contract, as OpenAPI 3.1 */
        get: operations["getOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer the next step of a sign-in: the PIN, the new password, or a resend
         * @description With the `session` of the previous answer, exactly one of: `pin` (6 digits, valid 5 minutes, used once), `newPassword` (at the first sign-in, after the PIN: at least 12 characters with a lower-case and an upper-case letter, a digit and a symbol), or `resend: true` (a new PIN; the wrong PINs so far still count). The fifth wrong PIN ends the attempt (401 `sign-in.attempt-over`): sign in again.
         */
        post: operations["answerChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with the phone number and the password
         * @description Self-care sign-in of an admin or member. The first sign-in (with the initial password received by SMS) continues with a PIN by SMS and a new password; under the tenant policy `smsPinAtLogin` every sign-in continues with a PIN. A wrong password, an unknown number or a number of no group all get the same 401. A number ported in or given a new SIM in the last `smsPinHoldDays` days gets no PIN by SMS (403): recover access by e-mail or at a shop. A fixed-line number gets its PINs where customer care registered (e-mail or a mobile number, `PUT …/pin-destination`); with none registered, a right password gets 403 `sign-in.pin-destination-missing`. At most 5 PINs per number per hour, wherever they go (429 with `Retry-After`).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a signed-in session
         * @description The refresh token no longer gives tokens. Answers 204 whether or not the token was a live session.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/recovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password recovery code by e-mail
         * @description Always 202 with the same body, whatever the number: nobody learns from it whether a number is a customer. When the number is a group's administrator, a recovery code (valid 30 minutes, used once) goes to the group's billing e-mail in the group's language; members have no e-mail on record, so nothing is sent for them (a shop recovers their access, with an identity document). A new code replaces the previous one; at most 3 recovery e-mails per number per hour, later requests send nothing. A number within the SMS-PIN hold (ported in, new SIM) recovers by e-mail like any other. Then `POST /v1/auth/recovery/confirm`.
         */
        post: operations["startRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/recovery/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the code of the recovery e-mail
         * @description The phone number, the code of the latest recovery e-mail and the new password (at least 12 characters with a lower-case and an upper-case letter, a digit and a symbol; 400 naming `body.newPassword` otherwise, and the code stays good). A wrong, expired or used code, or a number with no recovery, is the same 401 `recovery.failed`; the fifth wrong code ends the recovery. On success every session of the number ends, the number is told by SMS, and the next sign-in uses the new password (with the PIN by SMS where the tenant policy asks for it).
         */
        post: operations["confirmRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new token for a signed-in session
         * @description With the session's refresh token: a new token, with the claims the number has now (its group, whether it is the admin). A session ends when its number leaves the group, gets a new holder, or logs out (401).
         */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/staff/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer the next step of a staff sign-in: the e-mailed code, the new password, or a resend
         * @description With the `session` of the previous answer, exactly one of: `code` (6 digits, valid 5 minutes, used once), `newPassword` (after the code, at the first sign-in or after a reset: at least 12 characters with a lower-case and an upper-case letter, a digit and a symbol), or `resend: true` (a new code; the wrong codes so far still count). The fifth wrong code ends the attempt (401 `staff-sign-in.attempt-over`). Renew and end the session with `POST /v1/auth/refresh` and `POST /v1/auth/logout`.
         */
        post: operations["answerStaffChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/staff/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in to the desk with the staff member’s e-mail address and password
         * @description The sign-in of the operator’s staff (role `operator`). A right password always continues with a code by e-mail (`EMAIL_CODE`), and at the first sign-in, or after a colleague reset the password, with a new password. A wrong password, an unknown address or a disabled member all get the same 401. At most 5 codes per member per hour (429 with `Retry-After`).
         */
        post: operations["staffLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bill-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's bill runs
         * @description One run per period, newest first. The operator only.
         */
        get: operations["listBillRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bill-runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bill run: its progress and its failures
         * @description The set of groups fixed at the start and how many are done, skipped (nothing to bill), failed or still pending; the failures with their reasons are `GET /v1/bill-runs/{runId}/failures`. The operator only.
         */
        get: operations["getBillRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bill-runs/{runId}/direct-debit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The run's SEPA direct-debit collection file
         * @description ISO 20022 pain.008.001.02, SEPA Core: one debit per invoice paid by direct debit with an amount due, each with its mandate, the debtor IBAN and the invoice’s ISO 11649 reference. Made once every invoice of the run is issued. The operator only.
         */
        get: operations["getDirectDebitFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bill-runs/{runId}/failures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The groups a bill run could not invoice, with the reasons
         * @description A group whose data cannot make an invoice (an unknown plan, an amount in another currency, the operator without seller details) fails alone; the others go on. The operator only.
         */
        get: operations["listBillRunFailures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's catalog in force */
        get: operations["getCatalog"];
        /**
         * Replace the catalog (a new version)
         * @description Writes a new immutable catalog version. `If-Match: <version>` makes it conditional. Refused when it raises the price of a plan that has subscribers while `noPriceIncreaseForExisting` is on.
         */
        put: operations["putCatalog"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every catalog version, newest first */
        get: operations["listCatalogVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credit-limit-deposits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a deposit paid at a shop
         * @description By the operator, when the customer paid the deposit at a shop: completed at once, it raises the number's limit for the current billing period, is kept for that period's invoice and is written to the group's audit trail; the customer gets an SMS. `paidAt` may not be in the future.
         */
        post: operations["recordShopDeposit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credit-limit-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Increase requests waiting for a decision (`status=pending`), oldest first
         * @description The operator's queue, with each request's documents; decide one with `POST /v1/credit-limit-requests/{requestId}/decision`.
         */
        get: operations["listCreditLimitRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credit-limit-requests/{requestId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject an increase request
         * @description By the operator, under its risk policy; the reason is recorded and required for a rejection. An approval raises the number's limit at once (a permanent one from now on, a temporary one for the current billing period). The customer gets an SMS either way. A decided request cannot be decided again (409).
         */
        post: operations["decideCreditLimitRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dunnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unpaid invoices by dunning stage (`stage=suspended`, the default)
         * @description The operator’s view of the tenant’s dunnings in one stage, oldest change first: `scheduled`, `reminded`, `suspended`, `provisional` (service restored on a proof not yet reviewed), `reactivated` or `collections`.
         */
        get: operations["listDunnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's business customers (operator) */
        get: operations["listGroups"];
        put?: never;
        /**
         * Register a business customer (group) with its administrator number
         * @description Operator only. Legal data (VAT ID checked for the tenant's country), the legal representative's identity document (type, number and a reference to the stored copy — never the image), the company IBAN (validated), billing e-mail, language, and the administrator's number (`new` from the number ranges, or `port-in` with the donor operator) and plan. The group starts active; the admin number is its first member. A company registration number is registered once per tenant (409 otherwise). The connection or port-in fee is recorded for the first invoice.
         */
        post: operations["registerGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Group overview: profile, status, member count per plan
         * @description The admin sees the whole profile; the operator sees the product-list view (IBAN and identity document masked). The members are listed, page by page, at `GET /v1/groups/{groupId}/members`.
         */
        get: operations["getGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the group's billing e-mail, language, address or bank account (admin) */
        patch: operations["updateGroup"];
        trace?: never;
    };
    "/v1/groups/{groupId}/admin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Hand the administrator role to another member (admin) [added]
         * @description The old admin stays a member; its tokens lose admin rights at once (rights are checked against the stored admin number).
         */
        put: operations["changeAdmin"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit trail of the group, newest first: who, when, what, before → after */
        get: operations["listGroupAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/authorised-emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Addresses authorised to open support requests by e-mail
         * @description The admin's list on the customer record; the group's billing e-mail is authorised too.
         */
        get: operations["getAuthorisedEmails"];
        /**
         * Replace the addresses authorised to open support requests by e-mail
         * @description At most 10 addresses, validated and lower-cased; mail from any other sender is rejected and logged.
         */
        put: operations["putAuthorisedEmails"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One-time charges recorded for the next invoices (admin) [added]
         * @description `period=YYYY-MM` (tenant time zone) limits the list to one invoice period.
         */
        get: operations["listGroupCharges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/club": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The group's business club: status, members, the package's minimum (admin; operator: a product) [added]
         * @description A club with fewer members on monthly contracts than the package needs is kept and flagged `below-minimum`, with `belowMinimumSince`. 404 when the group has no club.
         */
        get: operations["getClub"];
        put?: never;
        /**
         * Found the group's business club with its first numbers (admin) [added]
         * @description Calls between the numbers of the club are free. The founders (at most 90; more join one by one) must be numbers of the group on plans that count as monthly contracts (`clubEligible`), at least the package's `policies.businessClubs.minMembers`; they pay no joining fee. 409 when the operator offers no clubs, the group already has one, too few numbers are named (`minMembers` says how many are needed), or a number is not in the group or not on an eligible plan (`errors` names it).
         */
        post: operations["createClub"];
        /**
         * Dissolve the group's business club (admin) [added]
         * @description Clears the membership of every number (calls between them are charged again) and deletes the club; the group may found a new one. A club of more than 90 numbers is closed to joins first (`dissolving`) and cleared in steps; if the answer is lost part-way, sending the request again finishes it.
         */
        delete: operations["dissolveClub"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/club/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The numbers of the group's business club, page by page (admin; operator: product list) [added] */
        get: operations["listClubMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/club/members/{msisdn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add a number of the group to its business club (admin) [added]
         * @description Requires `Idempotency-Key`. The number must be on a plan that counts as a monthly contract (409 naming `path.msisdn` otherwise). The catalog's `club-member` fee is recorded for the next invoice in the same transaction; a number already in the club changes nothing and pays nothing.
         */
        put: operations["joinClub"];
        post?: never;
        /**
         * Take a number out of the business club (admin) [added]
         * @description The number stays in the group. A club that falls below the package's minimum is kept and flagged `below-minimum` (with `belowMinimumSince`, and a `ClubBelowMinimum` event). A number not in the club changes nothing.
         */
        delete: operations["leaveClub"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/holder-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Change-of-holder offers received (`direction=incoming`, default) or made (admin) [added] */
        get: operations["listHolderChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/holder-changes/{offerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw (offering admin) or decline (receiving admin) an open offer [added] */
        delete: operations["closeHolderChange"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/holder-changes/{offerId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a number offered to this group (change of holder, step 2, receiving admin) [added]
         * @description The number leaves the offering group, and its business club if it was in one, in the same transaction; it joins no club of this group by itself.
         */
        post: operations["acceptHolderChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The group's invoices
         * @description Issued invoices, newest period first. The admin only: an invoice shows every number’s usage, so a member and the operator get 403.
         */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/invoices/{invoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One invoice with every line and its explanation
         * @description Every line has a stable code and a plain-language explanation in the group’s language; then the VAT by rate, the totals and the statement of account (prepaid usage paid, previous unpaid, payments, deposits). The admin only.
         */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/invoices/{invoiceId}/payment-proofs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The proofs of payment sent for an invoice
         * @description Oldest first, whatever their status. The group admin and the operator; a member gets 403.
         */
        get: operations["listPaymentProofs"];
        put?: never;
        /**
         * Declare a proof of payment of an invoice and get the URL to upload its document
         * @description By the group admin, for an issued invoice with something still due (else 409): the amount paid (in the invoice's currency), the day (not in the future, not more than 90 days before the invoice's issue date), the bank's reference and the document it will upload (PDF, JPEG or PNG, at most 5 MB). The answer's `upload` says where to PUT the document, within 15 minutes; then `POST …/payment-proofs/{proofId}/submit`. At most 10 proofs of an invoice wait for their document or for review at once (409).
         */
        post: operations["createPaymentProof"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/invoices/{invoiceId}/payment-proofs/{proofId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One proof of payment
         * @description The group admin and the operator; a member gets 403. The operator’s view of a submitted proof links its document (`documentUrl`, valid 15 minutes).
         */
        get: operations["getPaymentProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/invoices/{invoiceId}/payment-proofs/{proofId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject a submitted proof of payment
         * @description By the operator’s staff, from their queue (`GET /v1/payment-proofs`). An approval restores a suspended group’s service (or confirms a provisional restoration) and ends the reminders; a rejection (its reason is required, 5–500 characters) is told to the customer by SMS and ends a provisional restoration. The same decision again answers the same; another decision, or one on a proof not yet submitted, is 409.
         */
        post: operations["decidePaymentProof"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/invoices/{invoiceId}/payment-proofs/{proofId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a proof of payment once its document is uploaded
         * @description By the group admin. The uploaded document must be the one declared: its size, and content of the declared type (400 naming `document` otherwise; nothing uploaded yet is 409). The proof then waits for the operator’s review (`pending`); where the tenant restores service on a proof alone, a suspended group’s service comes back within moments. Submitting it again answers the same.
         */
        post: operations["submitPaymentProof"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/invoices/{invoiceId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The invoice as a PDF
         * @description Every line with its explanation, grouped per number, the VAT by rate, the totals and the statement of account, in the group’s language. The admin only.
         */
        get: operations["getInvoicePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/invoices/{invoiceId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void an issued invoice, keeping its number and the reason
         * @description The operator voids an issued invoice nothing was paid on: it keeps its legal number (no gap in the series) and the reason; nothing is due on it any more. The same reason again answers the same; a paid or already voided invoice is 409.
         */
        post: operations["voidInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/invoices/{invoiceId}/xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The invoice as an EN 16931 e-invoice (UBL 2.1)
         * @description The structured invoice a tax authority and an accounting system read: seller and buyer VAT IDs, the charged lines, the VAT breakdown and the payment means. Valid against the UBL 2.1 schema and the EN 16931 rules. The admin only.
         */
        get: operations["getInvoiceXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The group's members, page by page (admin; operator: product list) */
        get: operations["listMembers"];
        put?: never;
        /**
         * Add a number: a new one from the number ranges, or a ported-in one (admin)
         * @description Requires `Idempotency-Key`: a retry never allocates a second number. A ported-in number is usable at once; the donor operator is recorded. The catalog's connection or port-in fee is recorded for the next invoice.
         */
        post: operations["addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Member detail (admin; the member itself; operator: product entry) */
        get: operations["getMember"];
        put?: never;
        post?: never;
        /**
         * Terminate a member’s subscription (admin)
         * @description `reason=termination` (default) or `port-out`. Records the proportional clawback when a commitment with a benefit is still running (remaining months × monthly benefit, formula in the charge's detail) and the catalog's termination or port-out fee. A number in the group's business club leaves it in the same transaction (the club is flagged `below-minimum` when that takes it under the package's minimum). The admin's own number cannot be removed.
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /** Service settings (voice, SMS, data, roaming, international, premium-rate 090), spending cap, label (admin) */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/add-ons/{addOnCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Activate an add-on on a member’s number (admin) [added] */
        put: operations["activateAddOn"];
        post?: never;
        /** Deactivate an add-on (admin) [added] */
        delete: operations["deactivateAddOn"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A number's prepaid balance
         * @description The group admin for any of its numbers; a member for its own number only.
         */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/credit-limit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What raises a number's credit limit, its deposits and its increase requests
         * @description The group admin for any of its numbers; a member for its own number only (without the requests' documents). The adjustments are those of the current billing period; the limit in force is the tenant's table for the number's tariff model plus these.
         */
        get: operations["getCreditLimit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/credit-limit/deposits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay a deposit that raises a number's credit limit for the billing period
         * @description By the group admin, for the amount customer care stated. Pending with an ISO 11649 payment reference until the bank reports a payment quoting it (`POST /v1/payments`); then the number's limit rises by what was paid for the billing period in which it is paid, the deposit is kept for that period's invoice (which credits it) and the customer gets an SMS. A payment beyond the deposit becomes prepaid credit of the number. Deposits paid at a shop are recorded by the operator (`POST /v1/credit-limit-deposits`).
         */
        post: operations["createCreditLimitDeposit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/credit-limit/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the operator to raise a number's credit limit
         * @description By the group admin: `permanent` (with references to the authorised person's identity document and to the written request bearing the company stamp; never the images) or `temporary` (for the billing period in which it is approved). At most one request per number every two months: an earlier one is 409 naming the day the next is possible (`nextRequestFrom`). The operator decides it (`POST /v1/credit-limit-requests/{requestId}/decision`).
         */
        post: operations["requestCreditLimitIncrease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/holder-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Offer a number to another business customer (change of holder, step 1, admin) [added]
         * @description The receiving group's admin accepts it within 14 days; the new holder pays the change-of-holder fee. Plan, add-ons, settings and commitment move with the number; its prepaid credit goes back to the offering group's admin.
         */
        post: operations["offerHolderChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A number's credit movements, newest first */
        get: operations["listNumberLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a subscriber’s password on proof of identity (customer care)
         * @description Besides recovery by e-mail, access is restored only on proof of identity: customer care, after checking it (`reference`, kept in the group’s audit trail), gives the number new credentials. A new initial password goes by SMS to the number (or to a fixed line’s registered destination), every session ends, and the next sign-in continues with a PIN and a new password as the first one did. The operator only (not the group’s admin: a stolen session must not take over a number). 409 while the number has no sign-in account yet, or a fixed line has no PIN destination.
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/pin-destination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Register where a fixed line’s sign-in PIN goes (customer care)
         * @description A fixed-line number receives no SMS: customer care registers, after checking the customer’s identity, the e-mail address or the mobile number (of a country the platform serves) that gets its initial password and every sign-in PIN. `reference` records that check; the change is in the group’s audit trail. The previous destination (if any) and the new one are told. While the first sign-in is pending the initial password goes to the new destination. The operator only (not the group’s admin); a mobile number gets its PIN by SMS itself (422).
         */
        put: operations["setPinDestination"];
        post?: never;
        /**
         * Remove a fixed line’s PIN destination (customer care)
         * @description The fixed-line number signs in no more (403 after the password) until customer care registers another destination; the removed destination is told, and the change is in the group’s audit trail. The operator only; 404 when none is registered.
         */
        delete: operations["removePinDestination"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a member's plan (admin) [added]
         * @description Free switching. A downgrade is refused (422, with `commitmentEndsOn`) while a commitment is active when the tenant policy says so. A plan with a commitment starts a new one. A number in the business club that moves to a plan which does not count as a monthly contract (`clubEligible`) leaves the club in the same transaction.
         */
        put: operations["changePlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/plan-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changing this member's plan would cost and whether it is allowed (admin) [added] */
        get: operations["quotePlanChange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/sim-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a new SIM for a number (no SMS PIN for a while)
         * @description The operator reports that the number got a new SIM: for the tenant policy’s `smsPinHoldDays` its sign-in sends no PIN by SMS (e-mail recovery or the shop instead). The operator only.
         */
        post: operations["reportSimChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/top-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Top up a number's prepaid balance (bank transfer, PayPal, voucher)
         * @description By the group admin. `bank-transfer` creates a pending top-up with a payment reference (credited when the bank reports the payment); `paypal` captures an approved PayPal order (cards go through PayPal); `voucher` redeems a store voucher (failed codes are counted per number and group: 429 past the limit).
         */
        post: operations["createTopUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/top-ups/{topUpId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A top-up and its status */
        get: operations["getTopUp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A number's usage of a period: allowances, charges, credit limit and cap
         * @description Used and remaining units per allowance (the plan’s and each pack’s, in seconds, messages or bytes), charges by category and by line code, the spend of the period beyond monthly fees, the credit limit in force and the spending cap with how much of each is used, and a bar. The group’s admin for any member, a member for its own number; never the operator (privacy).
         */
        get: operations["getMemberUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/members/{msisdn}/usage/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A number's rated records of a period (the itemized bill)
         * @description In time order, paginated; each with its line code, category and charge. The group’s admin for any member, a member for its own number; never the operator.
         */
        get: operations["listUsageRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/payment-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The group's payment method (direct debit or manual) */
        get: operations["getPaymentSettings"];
        /**
         * Choose monthly direct debit (mandate) or manual payment
         * @description Direct debit collects from the group's IBAN under the given SEPA mandate. Admin only.
         */
        put: operations["putPaymentSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every credit movement of the admin and all members in one month
         * @description `period` is a month of the tenant calendar (default: the current one). Oldest first, paginated. Admin only.
         */
        get: operations["getStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/groups/{groupId}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer credit between the admin and a member (either way)
         * @description Done by the group admin. Refused with 409 and `available` when the sender lacks credit, 422 past the tenant’s per-transfer or per-day limit. Requires `Idempotency-Key`: a retry replays the first response.
         */
        post: operations["createTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail received at the tenant's support address or at its business address
         * @description By the mail gateway (role `mail-gateway`; an SES receipt rule's Lambda would call the same use cases). Mail to the support address: a sender authorised on a group's record (its list or its billing e-mail) opens a ticket with `channel: email` (the ticket keeps the text, not the attachments); under the tenant policy `ticketEmail: any` every sender does. Mail to the business address (the tenant's seller e-mail) is a proof of payment: from an authorised sender only (whatever the policy), its first attachment that is a PDF, JPEG or PNG of that content becomes the document of a proof of the group's oldest invoice whose dunning is active (else its newest with something due), waiting in the staff's queue at once (`outcome: payment-proof`, `channel: email`, `declared: false`). Any other mail is rejected with the reason (`sender-not-authorised`, `nothing-due`, `no-proof-document`, `too-many-open-proofs`): kept for the operator (`GET /v1/rejected-mail`), logged, and never answered. A resend of the same message id writes nothing new and answers what the first delivery decided.
         */
        post: operations["receiveInboundEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/machine-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's machine clients, oldest first (never a secret)
         * @description A partner machine of the operator's tenant (the network's mediation, the bank/PSP, the mail gateway) signs in with OAuth client credentials at the user pool's token endpoint (`grant_type=client_credentials`, `scope=switchboard/<role>`) and calls the API with the access token. The tenant and the role of that token are this registry's, never the token's; a revoked or unknown client is refused.
         */
        get: operations["listMachineClients"];
        put?: never;
        /**
         * Give a partner machine credentials (client id and secret, shown once)
         * @description A partner machine of the operator's tenant (the network's mediation, the bank/PSP, the mail gateway) signs in with OAuth client credentials at the user pool's token endpoint (`grant_type=client_credentials`, `scope=switchboard/<role>`) and calls the API with the access token. The tenant and the role of that token are this registry's, never the token's; a revoked or unknown client is refused. The answer holds the client secret: it is shown this once and kept nowhere by the platform.
         */
        post: operations["createMachineClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/machine-clients/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a machine client: its tokens are refused, the user pool issues it no more
         * @description Its tokens are refused within a minute (the registry is cached that long per function instance); its app client is deleted from the user pool. Revoking it again answers 204; an id that is not one of the tenant's clients is 404.
         */
        delete: operations["revokeMachineClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payment-proofs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The staff's queue of proofs of payment (`status=pending`, the default), oldest first
         * @description The tenant’s submitted proofs waiting for review, or those approved or rejected, by submission time; decide one with `POST …/payment-proofs/{proofId}/decision`.
         */
        get: operations["listPaymentProofQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Payments that matched nothing (`status=unmatched`), oldest first
         * @description Kept for the operator, never dropped; resolve one with `POST /v1/payments/{paymentId}/assignment`.
         */
        get: operations["listUnmatchedPayments"];
        put?: never;
        /**
         * Report a payment received (bank, payment provider, operator)
         * @description Matched by reference to a pending top-up or a credit-limit deposit (later: an invoice); an overpayment becomes prepaid credit of the number; a payment that matches nothing is kept for the operator. A second delivery of the same `paymentId` changes nothing (200 with the recorded payment).
         */
        post: operations["recordPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment received */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{paymentId}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Credit an unmatched payment to a number
         * @description The operator resolves an unmatched payment: its whole amount becomes the number's prepaid credit.
         */
        post: operations["assignPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What moving from one plan to another costs (public, no sign-in)
         * @description Commercial questions are always answered: from the operator's catalog in force, both monthly fees and the difference (net, VAT, gross), the difference for the rest of the billing period when the change is made today (prorated by day, as the invoice does), the one-time charges (none) and the commitment consequences. On AWS the request's host names the operator (`<tenant>.<domain>`); locally the `tenant` parameter does.
         */
        get: operations["publicQuote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rejected-mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mail rejected on one day, newest first
         * @description Senders not authorised on any customer record: kept with the reason, never answered. `date` is a day of the tenant's calendar (default today).
         */
        get: operations["listRejectedMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's staff, oldest first
         * @description The operator's staff sign in to the desk with their e-mail address, their password and a code by e-mail (`POST /v1/auth/staff/login`). Adding a member makes their credentials and e-mails them an initial password, in the member's language; disabling one refuses their tokens within a minute and ends their sessions.
         */
        get: operations["listStaff"];
        put?: never;
        /**
         * Add a colleague to the staff: they can sign in to the desk
         * @description The operator's staff sign in to the desk with their e-mail address, their password and a code by e-mail (`POST /v1/auth/staff/login`). Adding a member makes their credentials and e-mails them an initial password, in the member's language; disabling one refuses their tokens within a minute and ends their sessions. The address is unique in the tenant (409, a disabled member's too).
         */
        post: operations["addStaffMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{staffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Disable a member of the staff: they can no longer sign in
         * @description Their tokens are refused within a minute (the registry is cached that long per function instance), their sessions end and the user pool disables them; the member stays listed, disabled, and their address stays taken. Disabling them again answers the same; nobody disables themselves (409).
         */
        delete: operations["disableStaffMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{staffId}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a colleague’s password: a new initial password by e-mail
         * @description The staff’s recovery of access: a colleague gives the member new credentials. A new initial password goes to the member’s address, every session and sign-in attempt of the old ones ends, and the next sign-in asks for the code and a new password, as the first did. 409 for a disabled member or one whose credentials are still being made.
         */
        post: operations["resetStaffPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's tickets not closed yet, oldest first
         * @description The operator's queue (open and answered tickets). For a ticket's customer staff read only its product list (`GET /v1/groups/{groupId}`), never usage or balances.
         */
        get: operations["listOpenTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tenants */
        get: operations["listTenants"];
        put?: never;
        /** Onboard an operator (tenant) */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a member to a tenant's staff (the platform: a new tenant's first one)
         * @description The operator's staff sign in to the desk with their e-mail address, their password and a code by e-mail (`POST /v1/auth/staff/login`). Adding a member makes their credentials and e-mails them an initial password, in the member's language; disabling one refuses their tokens within a minute and ends their sessions. The platform adds the first member when it onboards a tenant; the tenant's staff add the others.
         */
        post: operations["addTenantStaffMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's tickets
         * @description The admin reads every ticket of its group (client area and e-mail, by opener then age), a member only those it opened. The operator's queue is `GET /v1/support-queue`.
         */
        get: operations["listTickets"];
        put?: never;
        /**
         * Open a support request from the client area
         * @description By the group's admin or a member: subject, body, category (`commercial`, `technical`, `billing`) and optionally the product it concerns (one of the group's numbers or plan codes). The ticket opens with the opener's number; staff reply to it and the opener is told by SMS.
         */
        post: operations["openTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One ticket with its messages
         * @description The operator reads any ticket of the tenant; the admin those of its group; a member only its own (another member's is 404).
         */
        get: operations["getTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticketId}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Staff reply to a ticket
         * @description The reply is kept on the ticket (which becomes `answered`) and the customer is told once: an SMS to the opener (client area) or the reply by e-mail (e-mail), in the group's language. A closed ticket is 409.
         */
        post: operations["replyToTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticketId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Close a ticket, or open it again
         * @description A closed ticket leaves the queue; the customer is told once. Setting the status it already has changes nothing.
         */
        put: operations["changeTicketStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage-authorizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * May this number use this much of a service now? (mediation, before the use)
         * @description The answer is the quantity granted (all, part or none) and, when less than asked, the reason: `barred` (spending control), `suspended` (the group), `service-off` or `premium-barred` (the administrator’s settings), `no-credit` (a prepaid balance), `limit-reached` (the credit limit, where the tenant bars), `cap-reached` (the administrator’s cap), `unknown-number`, `unratable`. Nothing is written: the usage record that follows is what is charged.
         */
        post: operations["authorizeUsage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report usage records from the network (mediation), up to 1,000 per batch
         * @description Each record is `{ recordId, msisdn, type, counterpart?, startedAt, quantity, visitedCountry? }` (type: voice, sms, data, premium-call, premium-sms, donation; quantity in seconds, messages or bytes). Every record is rated on its own and answered with `accepted` (its line code and charge), `duplicate` (a record id rated before, at any time: nothing is charged again) or `rejected` with its reason (malformed, a number in no group, a closed period, no price in the catalog); rejected records are kept for the operator. A whole batch sent again changes nothing. The record ids make it safe to retry, so no `Idempotency-Key` is needed.
         */
        post: operations["ingestUsageRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage-records/rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The usage records rejected on a day, with their reasons (mediation)
         * @description `date` is a day in UTC by when the records arrived (default: today); kept 35 days. Each entry has the record as it was sent, the reason and the detail, so the mediation can correct it and send it again. Paginated.
         */
        get: operations["listRejectedRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/voucher-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voucher batches, oldest first */
        get: operations["listVoucherBatches"];
        put?: never;
        /**
         * Issue a batch of single-use voucher codes
         * @description The codes are in this response only: they are stored as hashes and can never be read again. Not replayable (no Idempotency-Key): a lost response means issuing a new batch.
         */
        post: operations["issueVoucherBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/voucher-batches/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A voucher batch with its redeemed count */
        get: operations["getVoucherBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            /** @description the add-on a rule refuses */
            addOn?: string;
            /** @description add-ons to deactivate first */
            addOns?: string[];
            /** @description invalid voucher codes left before the number is blocked */
            attemptsLeft?: number;
            /** @description the credit the sender has (insufficient credit) */
            available?: {
                amount: number;
                currency: string;
            };
            /** @description the stable code of `detail` (the same in every language; absent where the detail has none) */
            code?: string;
            /** @description the day the commitment that refuses a downgrade ends */
            commitmentEndsOn?: string;
            correlationId?: string;
            /** @description the catalog version in force (If-Match mismatch) */
            currentVersion?: number;
            /** @description the payment provider's reason */
            declineReason?: string;
            detail: string;
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description the status of the group that refuses the change (e.g. suspended) */
            groupStatus?: string;
            instance?: string;
            /** @description the status of the invoice that refuses a proof of payment */
            invoiceStatus?: string;
            /** @description the transfer limit that refuses the request */
            limit?: {
                amount: number;
                currency: string;
            };
            /** @description the plan's per-group member limit */
            maxMembersPerGroup?: number;
            /** @description the package's minimum of business-club members on monthly contracts */
            minMembers?: number;
            /** @description the first day (tenant calendar) a credit-limit increase may be requested again */
            nextRequestFrom?: string;
            /** @description the payment recorded earlier under this id */
            paymentId?: string;
            /** @description the status that refuses another assignment */
            paymentStatus?: string;
            /** @description the plan a rule refuses */
            plan?: string;
            /** @description the status of the proof of payment that refuses a submission or another decision */
            proofStatus?: string;
            /** @description what may still be transferred today (daily limit) */
            remainingToday?: {
                amount: number;
                currency: string;
            };
            /** @description the status of the credit-limit request that refuses a decision */
            requestStatus?: string;
            /** @description seconds until voucher redemption is possible again */
            retryAfterSeconds?: number;
            status: number;
            title: string;
            /** @description the top-up the refusal is about */
            topUpId?: string;
            /** @description the group's transfers so far today (daily limit) */
            transferredToday?: {
                amount: number;
                currency: string;
            };
            type: string;
            /** @description the last day the voucher was valid */
            validUntil?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ok";
                        time: string;
                    };
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenApi: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerChallenge: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    newPassword?: string;
                    pin?: string;
                    /** @constant */
                    resend?: true;
                    /** @description The `session` of the previous answer */
                    session: string;
                    /** @description The tenant signed in to: required locally (one host serves every tenant); on AWS the host names it and this, when given, must agree */
                    tenant?: string;
                };
            };
        };
        responses: {
            /** @description Signed in, or the next step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description seconds the token is valid */
                        expiresIn: number;
                        /** @description gives new tokens (`POST /v1/auth/refresh`) until it expires or the session ends */
                        refreshToken?: string;
                        /** @constant */
                        status: "signed-in";
                        /** @description the bearer token of every API request (`Authorization: Bearer <token>`) */
                        token: string;
                        /** @constant */
                        tokenType: "Bearer";
                    } | {
                        /**
                         * @description `SMS_PIN`: answer the PIN sent by SMS; `NEW_PASSWORD`: choose the password replacing the initial one
                         * @enum {string}
                         */
                        challenge: "SMS_PIN" | "NEW_PASSWORD";
                        /** @description where the PIN went, masked */
                        destination?: string;
                        /** @description the PIN is refused after this instant */
                        pinValidUntil?: string;
                        /** @description send it with the answer (`POST /v1/auth/challenge`) */
                        session: string;
                        /** @constant */
                        status: "challenge";
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; `Retry-After` says when to try again */
            429: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    /** @description The tenant signed in to: required locally (one host serves every tenant); on AWS the host names it and this, when given, must agree */
                    tenant?: string;
                    /** @description The phone number (E.164, or as the subscriber types it) */
                    username: string;
                };
            };
        };
        responses: {
            /** @description Signed in, or the next step (`challenge`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description seconds the token is valid */
                        expiresIn: number;
                        /** @description gives new tokens (`POST /v1/auth/refresh`) until it expires or the session ends */
                        refreshToken?: string;
                        /** @constant */
                        status: "signed-in";
                        /** @description the bearer token of every API request (`Authorization: Bearer <token>`) */
                        token: string;
                        /** @constant */
                        tokenType: "Bearer";
                    } | {
                        /**
                         * @description `SMS_PIN`: answer the PIN sent by SMS; `NEW_PASSWORD`: choose the password replacing the initial one
                         * @enum {string}
                         */
                        challenge: "SMS_PIN" | "NEW_PASSWORD";
                        /** @description where the PIN went, masked */
                        destination?: string;
                        /** @description the PIN is refused after this instant */
                        pinValidUntil?: string;
                        /** @description send it with the answer (`POST /v1/auth/challenge`) */
                        session: string;
                        /** @constant */
                        status: "challenge";
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; `Retry-After` says when to try again */
            429: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                    /** @description The tenant signed in to: required locally (one host serves every tenant); on AWS the host names it and this, when given, must agree */
                    tenant?: string;
                };
            };
        };
        responses: {
            /** @description The session is over */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startRecovery: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The tenant signed in to: required locally (one host serves every tenant); on AWS the host names it and this, when given, must agree */
                    tenant?: string;
                    /** @description The phone number (E.164, or as the subscriber types it) */
                    username: string;
                };
            };
        };
        responses: {
            /** @description Accepted (the same answer for every number) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description how long a code that was sent is valid */
                        codeValidMinutes: number;
                        /**
                         * @description the same for every number: if it has an e-mail on record, a recovery code is on its way there
                         * @constant
                         */
                        status: "accepted";
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmRecovery: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The recovery code of the latest e-mail (upper or lower case, with or without dashes) */
                    code: string;
                    newPassword: string;
                    /** @description The tenant signed in to: required locally (one host serves every tenant); on AWS the host names it and this, when given, must agree */
                    tenant?: string;
                    /** @description The phone number (E.164, or as the subscriber types it) */
                    username: string;
                };
            };
        };
        responses: {
            /** @description The new password is set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                    /** @description The tenant signed in to: required locally (one host serves every tenant); on AWS the host names it and this, when given, must agree */
                    tenant?: string;
                };
            };
        };
        responses: {
            /** @description A new token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description seconds the token is valid */
                        expiresIn: number;
                        /** @description gives new tokens (`POST /v1/auth/refresh`) until it expires or the session ends */
                        refreshToken?: string;
                        /** @constant */
                        status: "signed-in";
                        /** @description the bearer token of every API request (`Authorization: Bearer <token>`) */
                        token: string;
                        /** @constant */
                        tokenType: "Bearer";
                    } | {
                        /**
                         * @description `SMS_PIN`: answer the PIN sent by SMS; `NEW_PASSWORD`: choose the password replacing the initial one
                         * @enum {string}
                         */
                        challenge: "SMS_PIN" | "NEW_PASSWORD";
                        /** @description where the PIN went, masked */
                        destination?: string;
                        /** @description the PIN is refused after this instant */
                        pinValidUntil?: string;
                        /** @description send it with the answer (`POST /v1/auth/challenge`) */
                        session: string;
                        /** @constant */
                        status: "challenge";
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerStaffChallenge: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    newPassword?: string;
                    /** @constant */
                    resend?: true;
                    /** @description The `session` of the previous answer */
                    session: string;
                    /** @description The tenant signed in to: required locally (one host serves every tenant); on AWS the host names it and this, when given, must agree */
                    tenant?: string;
                };
            };
        };
        responses: {
            /** @description Signed in, or the next step */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description seconds the token is valid */
                        expiresIn: number;
                        /** @description gives new tokens (`POST /v1/auth/refresh`) until it expires or the session ends */
                        refreshToken?: string;
                        /** @constant */
                        status: "signed-in";
                        /** @description the bearer token of every API request (`Authorization: Bearer <token>`) */
                        token: string;
                        /** @constant */
                        tokenType: "Bearer";
                    } | {
                        /**
                         * @description `EMAIL_CODE`: answer the code sent to the staff member’s address; `NEW_PASSWORD`: choose the password replacing the initial one
                         * @enum {string}
                         */
                        challenge: "EMAIL_CODE" | "NEW_PASSWORD";
                        /** @description the code is refused after this instant */
                        codeValidUntil?: string;
                        /** @description where the code went, masked */
                        destination?: string;
                        /** @description send it with the answer (`POST /v1/auth/staff/challenge`) */
                        session: string;
                        /** @constant */
                        status: "challenge";
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; `Retry-After` says when to try again */
            429: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    staffLogin: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The staff member’s e-mail address */
                    email: string;
                    password: string;
                    /** @description The tenant signed in to: required locally (one host serves every tenant); on AWS the host names it and this, when given, must agree */
                    tenant?: string;
                };
            };
        };
        responses: {
            /** @description The next step (`challenge`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description seconds the token is valid */
                        expiresIn: number;
                        /** @description gives new tokens (`POST /v1/auth/refresh`) until it expires or the session ends */
                        refreshToken?: string;
                        /** @constant */
                        status: "signed-in";
                        /** @description the bearer token of every API request (`Authorization: Bearer <token>`) */
                        token: string;
                        /** @constant */
                        tokenType: "Bearer";
                    } | {
                        /**
                         * @description `EMAIL_CODE`: answer the code sent to the staff member’s address; `NEW_PASSWORD`: choose the password replacing the initial one
                         * @enum {string}
                         */
                        challenge: "EMAIL_CODE" | "NEW_PASSWORD";
                        /** @description the code is refused after this instant */
                        codeValidUntil?: string;
                        /** @description where the code went, masked */
                        destination?: string;
                        /** @description send it with the answer (`POST /v1/auth/staff/challenge`) */
                        session: string;
                        /** @constant */
                        status: "challenge";
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; `Retry-After` says when to try again */
            429: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBillRuns: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of bill runs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            collectedAt?: string;
                            /** @description the SEPA direct-debit collection, once every invoice is issued (`…/direct-debit`) */
                            collection?: {
                                collected: number;
                                collectionDate?: string;
                                debits: number;
                                leftOut: number;
                                returned: number;
                                /** @enum {string} */
                                status: "submitted" | "applied";
                                total?: {
                                    amount: number;
                                    currency: string;
                                };
                            };
                            /** @description groups in the set fixed at the start (known once collection ends) */
                            expected: number;
                            finishedAt?: string;
                            /** @description invoices issued so far */
                            issued: number;
                            period: string;
                            /** @description the period it invoices, YYYY-MM */
                            runId: string;
                            startedAt: string;
                            startedBy: string;
                            /** @enum {string} */
                            status: "collecting" | "invoicing" | "numbering" | "completed";
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBillRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        collectedAt?: string;
                        /** @description the SEPA direct-debit collection, once every invoice is issued (`…/direct-debit`) */
                        collection?: {
                            collected: number;
                            collectionDate?: string;
                            debits: number;
                            leftOut: number;
                            returned: number;
                            /** @enum {string} */
                            status: "submitted" | "applied";
                            total?: {
                                amount: number;
                                currency: string;
                            };
                        };
                        counts: {
                            done: number;
                            failed: number;
                            pending: number;
                            skipped: number;
                        };
                        /** @description groups in the set fixed at the start (known once collection ends) */
                        expected: number;
                        finishedAt?: string;
                        /** @description invoices issued so far */
                        issued: number;
                        period: string;
                        /** @description the period it invoices, YYYY-MM */
                        runId: string;
                        startedAt: string;
                        startedBy: string;
                        /** @enum {string} */
                        status: "collecting" | "invoicing" | "numbering" | "completed";
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDirectDebitFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pain.008 file */
            200: {
                headers: {
                    /** @description attachment, named after the run */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": unknown;
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBillRunFailures: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of failures, by group id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            finishedAt?: string;
                            groupId: string;
                            reason: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalog: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current catalog version */
            200: {
                headers: {
                    /** @description The catalog version, quoted, e.g. `"3"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        catalog: {
                            /** @default [] */
                            addOns: {
                                activationCode?: string;
                                /**
                                 * @default monthly
                                 * @enum {string}
                                 */
                                billing: "monthly" | "from-first-use";
                                code: string;
                                countries?: string[];
                                description?: {
                                    [key: string]: string;
                                };
                                includedDataMb?: number;
                                includedSms?: number | null;
                                includedVoiceMinutes?: number | null;
                                /** @enum {string} */
                                kind: "tv" | "extra-sim" | "roaming-data" | "country-pack" | "receiver" | "other";
                                monthlyFee: {
                                    amount: number;
                                    currency: string;
                                };
                                name: {
                                    [key: string]: string;
                                };
                                plans?: string[];
                                zone?: string;
                            }[];
                            /** @default [] */
                            creditLimits: {
                                limit: {
                                    amount: number;
                                    currency: string;
                                };
                                tariffModel: string;
                            }[];
                            /** @default [] */
                            fees: {
                                amount: {
                                    amount: number;
                                    currency: string;
                                };
                                code: string;
                                explanation: {
                                    [key: string]: string;
                                };
                                /** @enum {string} */
                                kind: "connection" | "port-in" | "freeze" | "termination" | "port-out" | "reconnection" | "change-of-holder" | "itemized-bill" | "club-member" | "clawback-monthly-fee" | "clawback-equipment" | "clawback-connection";
                                name: {
                                    [key: string]: string;
                                };
                            }[];
                            /** @default [] */
                            numberRanges: {
                                from: string;
                                to: string;
                            }[];
                            plans: {
                                /** @default true */
                                available: boolean;
                                /** @default false */
                                clubEligible: boolean;
                                code: string;
                                /** @default 0 */
                                commitmentMonths: number;
                                description?: {
                                    [key: string]: string;
                                };
                                included: {
                                    dataMb: number | null;
                                    sms: number | null;
                                    voiceMinutes: number | null;
                                };
                                maxMembersPerGroup?: number;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                monthlyFee: {
                                    amount: number;
                                    currency: string;
                                };
                                name: {
                                    [key: string]: string;
                                };
                                /**
                                 * @default postpaid
                                 * @enum {string}
                                 */
                                payment: "postpaid" | "prepaid";
                                rank: number;
                                tariffModel: string;
                            }[];
                            /**
                             * @default {
                             *       "barOnCreditLimit": false,
                             *       "spendingWarningPercent": 80,
                             *       "smsPinAtLogin": false,
                             *       "smsPinHoldDays": 7,
                             *       "fixedLineNumbers": false,
                             *       "ticketEmail": "authorised-only",
                             *       "dunning": {
                             *         "reminderAfterDays": 3,
                             *         "suspendAfterDays": 14,
                             *         "paymentDueDays": 15,
                             *         "collectionsAfterDays": 60,
                             *         "suspend": "group",
                             *         "provisionalOnProof": false,
                             *         "provisionalDays": 3,
                             *         "dayLengthSeconds": 86400
                             *       },
                             *       "downgradeNeedsNoCommitment": true,
                             *       "noPriceIncreaseForExisting": true,
                             *       "transfers": {
                             *         "maxPerTransfer": 10000,
                             *         "maxPerDay": 50000
                             *       },
                             *       "businessClubs": {
                             *         "enabled": false,
                             *         "minMembers": 3
                             *       }
                             *     }
                             */
                            policies: {
                                /** @default false */
                                barOnCreditLimit: boolean;
                                /**
                                 * @default {
                                 *       "enabled": false,
                                 *       "minMembers": 3
                                 *     }
                                 */
                                businessClubs: {
                                    /** @default false */
                                    enabled: boolean;
                                    /** @default 3 */
                                    minMembers: number;
                                };
                                /** @default true */
                                downgradeNeedsNoCommitment: boolean;
                                /**
                                 * @default {
                                 *       "reminderAfterDays": 3,
                                 *       "suspendAfterDays": 14,
                                 *       "paymentDueDays": 15,
                                 *       "collectionsAfterDays": 60,
                                 *       "suspend": "group",
                                 *       "provisionalOnProof": false,
                                 *       "provisionalDays": 3,
                                 *       "dayLengthSeconds": 86400
                                 *     }
                                 */
                                dunning: {
                                    /** @default 60 */
                                    collectionsAfterDays: number;
                                    /** @default 86400 */
                                    dayLengthSeconds: number;
                                    /** @default 15 */
                                    paymentDueDays: number;
                                    /** @default 3 */
                                    provisionalDays: number;
                                    /** @default false */
                                    provisionalOnProof: boolean;
                                    /** @default 3 */
                                    reminderAfterDays: number;
                                    /**
                                     * @default group
                                     * @enum {string}
                                     */
                                    suspend: "group" | "debtor";
                                    /** @default 14 */
                                    suspendAfterDays: number;
                                };
                                /** @default false */
                                fixedLineNumbers: boolean;
                                /** @default true */
                                noPriceIncreaseForExisting: boolean;
                                /** @default false */
                                smsPinAtLogin: boolean;
                                /** @default 7 */
                                smsPinHoldDays: number;
                                /** @default 80 */
                                spendingWarningPercent: number;
                                /**
                                 * @default authorised-only
                                 * @enum {string}
                                 */
                                ticketEmail: "authorised-only" | "any";
                                /**
                                 * @default {
                                 *       "maxPerTransfer": 10000,
                                 *       "maxPerDay": 50000
                                 *     }
                                 */
                                transfers: {
                                    /** @default 50000 */
                                    maxPerDay: number;
                                    /** @default 10000 */
                                    maxPerTransfer: number;
                                };
                            };
                            /** @default [] */
                            rateZones: {
                                code: string;
                                /** @default [] */
                                countries: string[];
                                dataPerMb: {
                                    amount: number;
                                    currency: string;
                                };
                                donationEach?: {
                                    amount: number;
                                    currency: string;
                                };
                                /** @enum {string} */
                                kind: "domestic" | "international" | "roaming" | "premium";
                                name: {
                                    [key: string]: string;
                                };
                                /** @default [] */
                                prefixes: string[];
                                smsEach: {
                                    amount: number;
                                    currency: string;
                                };
                                usesAllowance?: boolean;
                                voicePerMinute: {
                                    amount: number;
                                    currency: string;
                                };
                            }[];
                        };
                        createdAt: string;
                        createdBy: string;
                        version: number;
                    };
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCatalog: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
                /** @description The version the change is based on (the `ETag` of `GET /v1/catalog`); another version in force → 409 with `currentVersion`. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    addOns?: {
                        activationCode?: string;
                        /**
                         * @default monthly
                         * @enum {string}
                         */
                        billing?: "monthly" | "from-first-use";
                        code: string;
                        countries?: string[];
                        description?: {
                            [key: string]: string;
                        };
                        includedDataMb?: number;
                        includedSms?: number | null;
                        includedVoiceMinutes?: number | null;
                        /** @enum {string} */
                        kind: "tv" | "extra-sim" | "roaming-data" | "country-pack" | "receiver" | "other";
                        monthlyFee: {
                            amount: number;
                            currency: string;
                        };
                        name: {
                            [key: string]: string;
                        };
                        plans?: string[];
                        zone?: string;
                    }[];
                    /** @default [] */
                    creditLimits?: {
                        limit: {
                            amount: number;
                            currency: string;
                        };
                        tariffModel: string;
                    }[];
                    /** @default [] */
                    fees?: {
                        amount: {
                            amount: number;
                            currency: string;
                        };
                        code: string;
                        explanation: {
                            [key: string]: string;
                        };
                        /** @enum {string} */
                        kind: "connection" | "port-in" | "freeze" | "termination" | "port-out" | "reconnection" | "change-of-holder" | "itemized-bill" | "club-member" | "clawback-monthly-fee" | "clawback-equipment" | "clawback-connection";
                        name: {
                            [key: string]: string;
                        };
                    }[];
                    /** @default [] */
                    numberRanges?: {
                        from: string;
                        to: string;
                    }[];
                    plans: {
                        /** @default true */
                        available?: boolean;
                        /** @default false */
                        clubEligible?: boolean;
                        code: string;
                        /** @default 0 */
                        commitmentMonths?: number;
                        description?: {
                            [key: string]: string;
                        };
                        included: {
                            dataMb: number | null;
                            sms: number | null;
                            voiceMinutes: number | null;
                        };
                        maxMembersPerGroup?: number;
                        monthlyBenefit?: {
                            amount: number;
                            currency: string;
                        };
                        monthlyFee: {
                            amount: number;
                            currency: string;
                        };
                        name: {
                            [key: string]: string;
                        };
                        /**
                         * @default postpaid
                         * @enum {string}
                         */
                        payment?: "postpaid" | "prepaid";
                        rank: number;
                        tariffModel: string;
                    }[];
                    /**
                     * @default {
                     *       "barOnCreditLimit": false,
                     *       "spendingWarningPercent": 80,
                     *       "smsPinAtLogin": false,
                     *       "smsPinHoldDays": 7,
                     *       "fixedLineNumbers": false,
                     *       "ticketEmail": "authorised-only",
                     *       "dunning": {
                     *         "reminderAfterDays": 3,
                     *         "suspendAfterDays": 14,
                     *         "paymentDueDays": 15,
                     *         "collectionsAfterDays": 60,
                     *         "suspend": "group",
                     *         "provisionalOnProof": false,
                     *         "provisionalDays": 3,
                     *         "dayLengthSeconds": 86400
                     *       },
                     *       "downgradeNeedsNoCommitment": true,
                     *       "noPriceIncreaseForExisting": true,
                     *       "transfers": {
                     *         "maxPerTransfer": 10000,
                     *         "maxPerDay": 50000
                     *       },
                     *       "businessClubs": {
                     *         "enabled": false,
                     *         "minMembers": 3
                     *       }
                     *     }
                     */
                    policies?: {
                        /** @default false */
                        barOnCreditLimit?: boolean;
                        /**
                         * @default {
                         *       "enabled": false,
                         *       "minMembers": 3
                         *     }
                         */
                        businessClubs?: {
                            /** @default false */
                            enabled?: boolean;
                            /** @default 3 */
                            minMembers?: number;
                        };
                        /** @default true */
                        downgradeNeedsNoCommitment?: boolean;
                        /**
                         * @default {
                         *       "reminderAfterDays": 3,
                         *       "suspendAfterDays": 14,
                         *       "paymentDueDays": 15,
                         *       "collectionsAfterDays": 60,
                         *       "suspend": "group",
                         *       "provisionalOnProof": false,
                         *       "provisionalDays": 3,
                         *       "dayLengthSeconds": 86400
                         *     }
                         */
                        dunning?: {
                            /** @default 60 */
                            collectionsAfterDays?: number;
                            /** @default 86400 */
                            dayLengthSeconds?: number;
                            /** @default 15 */
                            paymentDueDays?: number;
                            /** @default 3 */
                            provisionalDays?: number;
                            /** @default false */
                            provisionalOnProof?: boolean;
                            /** @default 3 */
                            reminderAfterDays?: number;
                            /**
                             * @default group
                             * @enum {string}
                             */
                            suspend?: "group" | "debtor";
                            /** @default 14 */
                            suspendAfterDays?: number;
                        };
                        /** @default false */
                        fixedLineNumbers?: boolean;
                        /** @default true */
                        noPriceIncreaseForExisting?: boolean;
                        /** @default false */
                        smsPinAtLogin?: boolean;
                        /** @default 7 */
                        smsPinHoldDays?: number;
                        /** @default 80 */
                        spendingWarningPercent?: number;
                        /**
                         * @default authorised-only
                         * @enum {string}
                         */
                        ticketEmail?: "authorised-only" | "any";
                        /**
                         * @default {
                         *       "maxPerTransfer": 10000,
                         *       "maxPerDay": 50000
                         *     }
                         */
                        transfers?: {
                            /** @default 50000 */
                            maxPerDay?: number;
                            /** @default 10000 */
                            maxPerTransfer?: number;
                        };
                    };
                    /** @default [] */
                    rateZones?: {
                        code: string;
                        /** @default [] */
                        countries?: string[];
                        dataPerMb: {
                            amount: number;
                            currency: string;
                        };
                        donationEach?: {
                            amount: number;
                            currency: string;
                        };
                        /** @enum {string} */
                        kind: "domestic" | "international" | "roaming" | "premium";
                        name: {
                            [key: string]: string;
                        };
                        /** @default [] */
                        prefixes?: string[];
                        smsEach: {
                            amount: number;
                            currency: string;
                        };
                        usesAllowance?: boolean;
                        voicePerMinute: {
                            amount: number;
                            currency: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description The new version */
            200: {
                headers: {
                    /** @description The catalog version, quoted, e.g. `"3"` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        catalog: {
                            /** @default [] */
                            addOns: {
                                activationCode?: string;
                                /**
                                 * @default monthly
                                 * @enum {string}
                                 */
                                billing: "monthly" | "from-first-use";
                                code: string;
                                countries?: string[];
                                description?: {
                                    [key: string]: string;
                                };
                                includedDataMb?: number;
                                includedSms?: number | null;
                                includedVoiceMinutes?: number | null;
                                /** @enum {string} */
                                kind: "tv" | "extra-sim" | "roaming-data" | "country-pack" | "receiver" | "other";
                                monthlyFee: {
                                    amount: number;
                                    currency: string;
                                };
                                name: {
                                    [key: string]: string;
                                };
                                plans?: string[];
                                zone?: string;
                            }[];
                            /** @default [] */
                            creditLimits: {
                                limit: {
                                    amount: number;
                                    currency: string;
                                };
                                tariffModel: string;
                            }[];
                            /** @default [] */
                            fees: {
                                amount: {
                                    amount: number;
                                    currency: string;
                                };
                                code: string;
                                explanation: {
                                    [key: string]: string;
                                };
                                /** @enum {string} */
                                kind: "connection" | "port-in" | "freeze" | "termination" | "port-out" | "reconnection" | "change-of-holder" | "itemized-bill" | "club-member" | "clawback-monthly-fee" | "clawback-equipment" | "clawback-connection";
                                name: {
                                    [key: string]: string;
                                };
                            }[];
                            /** @default [] */
                            numberRanges: {
                                from: string;
                                to: string;
                            }[];
                            plans: {
                                /** @default true */
                                available: boolean;
                                /** @default false */
                                clubEligible: boolean;
                                code: string;
                                /** @default 0 */
                                commitmentMonths: number;
                                description?: {
                                    [key: string]: string;
                                };
                                included: {
                                    dataMb: number | null;
                                    sms: number | null;
                                    voiceMinutes: number | null;
                                };
                                maxMembersPerGroup?: number;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                monthlyFee: {
                                    amount: number;
                                    currency: string;
                                };
                                name: {
                                    [key: string]: string;
                                };
                                /**
                                 * @default postpaid
                                 * @enum {string}
                                 */
                                payment: "postpaid" | "prepaid";
                                rank: number;
                                tariffModel: string;
                            }[];
                            /**
                             * @default {
                             *       "barOnCreditLimit": false,
                             *       "spendingWarningPercent": 80,
                             *       "smsPinAtLogin": false,
                             *       "smsPinHoldDays": 7,
                             *       "fixedLineNumbers": false,
                             *       "ticketEmail": "authorised-only",
                             *       "dunning": {
                             *         "reminderAfterDays": 3,
                             *         "suspendAfterDays": 14,
                             *         "paymentDueDays": 15,
                             *         "collectionsAfterDays": 60,
                             *         "suspend": "group",
                             *         "provisionalOnProof": false,
                             *         "provisionalDays": 3,
                             *         "dayLengthSeconds": 86400
                             *       },
                             *       "downgradeNeedsNoCommitment": true,
                             *       "noPriceIncreaseForExisting": true,
                             *       "transfers": {
                             *         "maxPerTransfer": 10000,
                             *         "maxPerDay": 50000
                             *       },
                             *       "businessClubs": {
                             *         "enabled": false,
                             *         "minMembers": 3
                             *       }
                             *     }
                             */
                            policies: {
                                /** @default false */
                                barOnCreditLimit: boolean;
                                /**
                                 * @default {
                                 *       "enabled": false,
                                 *       "minMembers": 3
                                 *     }
                                 */
                                businessClubs: {
                                    /** @default false */
                                    enabled: boolean;
                                    /** @default 3 */
                                    minMembers: number;
                                };
                                /** @default true */
                                downgradeNeedsNoCommitment: boolean;
                                /**
                                 * @default {
                                 *       "reminderAfterDays": 3,
                                 *       "suspendAfterDays": 14,
                                 *       "paymentDueDays": 15,
                                 *       "collectionsAfterDays": 60,
                                 *       "suspend": "group",
                                 *       "provisionalOnProof": false,
                                 *       "provisionalDays": 3,
                                 *       "dayLengthSeconds": 86400
                                 *     }
                                 */
                                dunning: {
                                    /** @default 60 */
                                    collectionsAfterDays: number;
                                    /** @default 86400 */
                                    dayLengthSeconds: number;
                                    /** @default 15 */
                                    paymentDueDays: number;
                                    /** @default 3 */
                                    provisionalDays: number;
                                    /** @default false */
                                    provisionalOnProof: boolean;
                                    /** @default 3 */
                                    reminderAfterDays: number;
                                    /**
                                     * @default group
                                     * @enum {string}
                                     */
                                    suspend: "group" | "debtor";
                                    /** @default 14 */
                                    suspendAfterDays: number;
                                };
                                /** @default false */
                                fixedLineNumbers: boolean;
                                /** @default true */
                                noPriceIncreaseForExisting: boolean;
                                /** @default false */
                                smsPinAtLogin: boolean;
                                /** @default 7 */
                                smsPinHoldDays: number;
                                /** @default 80 */
                                spendingWarningPercent: number;
                                /**
                                 * @default authorised-only
                                 * @enum {string}
                                 */
                                ticketEmail: "authorised-only" | "any";
                                /**
                                 * @default {
                                 *       "maxPerTransfer": 10000,
                                 *       "maxPerDay": 50000
                                 *     }
                                 */
                                transfers: {
                                    /** @default 50000 */
                                    maxPerDay: number;
                                    /** @default 10000 */
                                    maxPerTransfer: number;
                                };
                            };
                            /** @default [] */
                            rateZones: {
                                code: string;
                                /** @default [] */
                                countries: string[];
                                dataPerMb: {
                                    amount: number;
                                    currency: string;
                                };
                                donationEach?: {
                                    amount: number;
                                    currency: string;
                                };
                                /** @enum {string} */
                                kind: "domestic" | "international" | "roaming" | "premium";
                                name: {
                                    [key: string]: string;
                                };
                                /** @default [] */
                                prefixes: string[];
                                smsEach: {
                                    amount: number;
                                    currency: string;
                                };
                                usesAllowance?: boolean;
                                voicePerMinute: {
                                    amount: number;
                                    currency: string;
                                };
                            }[];
                        };
                        createdAt: string;
                        createdBy: string;
                        version: number;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCatalogVersions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            catalog: {
                                /** @default [] */
                                addOns: {
                                    activationCode?: string;
                                    /**
                                     * @default monthly
                                     * @enum {string}
                                     */
                                    billing: "monthly" | "from-first-use";
                                    code: string;
                                    countries?: string[];
                                    description?: {
                                        [key: string]: string;
                                    };
                                    includedDataMb?: number;
                                    includedSms?: number | null;
                                    includedVoiceMinutes?: number | null;
                                    /** @enum {string} */
                                    kind: "tv" | "extra-sim" | "roaming-data" | "country-pack" | "receiver" | "other";
                                    monthlyFee: {
                                        amount: number;
                                        currency: string;
                                    };
                                    name: {
                                        [key: string]: string;
                                    };
                                    plans?: string[];
                                    zone?: string;
                                }[];
                                /** @default [] */
                                creditLimits: {
                                    limit: {
                                        amount: number;
                                        currency: string;
                                    };
                                    tariffModel: string;
                                }[];
                                /** @default [] */
                                fees: {
                                    amount: {
                                        amount: number;
                                        currency: string;
                                    };
                                    code: string;
                                    explanation: {
                                        [key: string]: string;
                                    };
                                    /** @enum {string} */
                                    kind: "connection" | "port-in" | "freeze" | "termination" | "port-out" | "reconnection" | "change-of-holder" | "itemized-bill" | "club-member" | "clawback-monthly-fee" | "clawback-equipment" | "clawback-connection";
                                    name: {
                                        [key: string]: string;
                                    };
                                }[];
                                /** @default [] */
                                numberRanges: {
                                    from: string;
                                    to: string;
                                }[];
                                plans: {
                                    /** @default true */
                                    available: boolean;
                                    /** @default false */
                                    clubEligible: boolean;
                                    code: string;
                                    /** @default 0 */
                                    commitmentMonths: number;
                                    description?: {
                                        [key: string]: string;
                                    };
                                    included: {
                                        dataMb: number | null;
                                        sms: number | null;
                                        voiceMinutes: number | null;
                                    };
                                    maxMembersPerGroup?: number;
                                    monthlyBenefit?: {
                                        amount: number;
                                        currency: string;
                                    };
                                    monthlyFee: {
                                        amount: number;
                                        currency: string;
                                    };
                                    name: {
                                        [key: string]: string;
                                    };
                                    /**
                                     * @default postpaid
                                     * @enum {string}
                                     */
                                    payment: "postpaid" | "prepaid";
                                    rank: number;
                                    tariffModel: string;
                                }[];
                                /**
                                 * @default {
                                 *       "barOnCreditLimit": false,
                                 *       "spendingWarningPercent": 80,
                                 *       "smsPinAtLogin": false,
                                 *       "smsPinHoldDays": 7,
                                 *       "fixedLineNumbers": false,
                                 *       "ticketEmail": "authorised-only",
                                 *       "dunning": {
                                 *         "reminderAfterDays": 3,
                                 *         "suspendAfterDays": 14,
                                 *         "paymentDueDays": 15,
                                 *         "collectionsAfterDays": 60,
                                 *         "suspend": "group",
                                 *         "provisionalOnProof": false,
                                 *         "provisionalDays": 3,
                                 *         "dayLengthSeconds": 86400
                                 *       },
                                 *       "downgradeNeedsNoCommitment": true,
                                 *       "noPriceIncreaseForExisting": true,
                                 *       "transfers": {
                                 *         "maxPerTransfer": 10000,
                                 *         "maxPerDay": 50000
                                 *       },
                                 *       "businessClubs": {
                                 *         "enabled": false,
                                 *         "minMembers": 3
                                 *       }
                                 *     }
                                 */
                                policies: {
                                    /** @default false */
                                    barOnCreditLimit: boolean;
                                    /**
                                     * @default {
                                     *       "enabled": false,
                                     *       "minMembers": 3
                                     *     }
                                     */
                                    businessClubs: {
                                        /** @default false */
                                        enabled: boolean;
                                        /** @default 3 */
                                        minMembers: number;
                                    };
                                    /** @default true */
                                    downgradeNeedsNoCommitment: boolean;
                                    /**
                                     * @default {
                                     *       "reminderAfterDays": 3,
                                     *       "suspendAfterDays": 14,
                                     *       "paymentDueDays": 15,
                                     *       "collectionsAfterDays": 60,
                                     *       "suspend": "group",
                                     *       "provisionalOnProof": false,
                                     *       "provisionalDays": 3,
                                     *       "dayLengthSeconds": 86400
                                     *     }
                                     */
                                    dunning: {
                                        /** @default 60 */
                                        collectionsAfterDays: number;
                                        /** @default 86400 */
                                        dayLengthSeconds: number;
                                        /** @default 15 */
                                        paymentDueDays: number;
                                        /** @default 3 */
                                        provisionalDays: number;
                                        /** @default false */
                                        provisionalOnProof: boolean;
                                        /** @default 3 */
                                        reminderAfterDays: number;
                                        /**
                                         * @default group
                                         * @enum {string}
                                         */
                                        suspend: "group" | "debtor";
                                        /** @default 14 */
                                        suspendAfterDays: number;
                                    };
                                    /** @default false */
                                    fixedLineNumbers: boolean;
                                    /** @default true */
                                    noPriceIncreaseForExisting: boolean;
                                    /** @default false */
                                    smsPinAtLogin: boolean;
                                    /** @default 7 */
                                    smsPinHoldDays: number;
                                    /** @default 80 */
                                    spendingWarningPercent: number;
                                    /**
                                     * @default authorised-only
                                     * @enum {string}
                                     */
                                    ticketEmail: "authorised-only" | "any";
                                    /**
                                     * @default {
                                     *       "maxPerTransfer": 10000,
                                     *       "maxPerDay": 50000
                                     *     }
                                     */
                                    transfers: {
                                        /** @default 50000 */
                                        maxPerDay: number;
                                        /** @default 10000 */
                                        maxPerTransfer: number;
                                    };
                                };
                                /** @default [] */
                                rateZones: {
                                    code: string;
                                    /** @default [] */
                                    countries: string[];
                                    dataPerMb: {
                                        amount: number;
                                        currency: string;
                                    };
                                    donationEach?: {
                                        amount: number;
                                        currency: string;
                                    };
                                    /** @enum {string} */
                                    kind: "domestic" | "international" | "roaming" | "premium";
                                    name: {
                                        [key: string]: string;
                                    };
                                    /** @default [] */
                                    prefixes: string[];
                                    smsEach: {
                                        amount: number;
                                        currency: string;
                                    };
                                    usesAllowance?: boolean;
                                    voicePerMinute: {
                                        amount: number;
                                        currency: string;
                                    };
                                }[];
                            };
                            createdAt: string;
                            createdBy: string;
                            version: number;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordShopDeposit: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
                /** @description A unique key per operation; a retry with the same key replays the first response. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: {
                        amount: number;
                        currency: string;
                    };
                    groupId: string;
                    msisdn: string;
                    /** Format: date-time */
                    paidAt: string;
                    receipt?: string;
                };
            };
        };
        responses: {
            /** @description Recorded and in force */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description as customer care stated it */
                        amount: {
                            amount: number;
                            currency: string;
                        };
                        completedAt?: string;
                        createdAt: string;
                        depositId: string;
                        groupId: string;
                        /** @enum {string} */
                        method: "bank-transfer" | "shop";
                        msisdn: string;
                        /** @description what was paid and raised the limit */
                        paid?: {
                            amount: number;
                            currency: string;
                        };
                        paidAt?: string;
                        paymentId?: string;
                        /** @description bank transfer: quote it on the payment */
                        paymentReference?: string;
                        /** @description the billing period whose limit it raised */
                        period?: string;
                        receipt?: string;
                        /** @enum {string} */
                        status: "pending" | "completed";
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCreditLimitRequests: {
        parameters: {
            query: {
                cursor?: string;
                limit?: string;
                status: "pending";
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            decidedAt?: string;
                            /** @description the admin and the operator only */
                            documents?: {
                                authorisedPerson: {
                                    /** @description references to stored copies, never the images */
                                    idDocument: {
                                        number: string;
                                        reference: string;
                                        type: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    name: string;
                                };
                                stampedRequest: {
                                    reference: string;
                                };
                            };
                            groupId: string;
                            /** @enum {string} */
                            kind: "permanent" | "temporary";
                            msisdn: string;
                            note?: string;
                            /** @description approved: the billing period it applies to (from, if permanent) */
                            period?: string;
                            reason?: string;
                            requestedAt: string;
                            /** @description the day of the request, tenant calendar */
                            requestedOn: string;
                            requestId: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideCreditLimitRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    decision: "approve";
                    reason?: string;
                } | {
                    /** @constant */
                    decision: "reject";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            amount: number;
                            currency: string;
                        };
                        decidedAt?: string;
                        /** @description the admin and the operator only */
                        documents?: {
                            authorisedPerson: {
                                /** @description references to stored copies, never the images */
                                idDocument: {
                                    number: string;
                                    reference: string;
                                    type: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                name: string;
                            };
                            stampedRequest: {
                                reference: string;
                            };
                        };
                        groupId: string;
                        /** @enum {string} */
                        kind: "permanent" | "temporary";
                        msisdn: string;
                        note?: string;
                        /** @description approved: the billing period it applies to (from, if permanent) */
                        period?: string;
                        reason?: string;
                        requestedAt: string;
                        /** @description the day of the request, tenant calendar */
                        requestedOn: string;
                        requestId: string;
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected";
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDunnings: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
                stage?: "scheduled" | "reminded" | "suspended" | "provisional" | "reactivated" | "collections";
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of dunnings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description what was still due at the last change of stage */
                            amountDue: {
                                amount: number;
                                currency: string;
                            };
                            dueDate: string;
                            groupId: string;
                            invoiceId: string;
                            /** @description the invoice's legal number */
                            number: string;
                            /** @description when it reached the stage */
                            since: string;
                            /** @enum {string} */
                            stage: "scheduled" | "reminded" | "suspended" | "provisional" | "paid" | "proof-accepted" | "reactivated" | "collections" | "closed";
                            /** @description how many of the group's numbers it keeps barred */
                            suspendedNumbers: number;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGroups: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of groups */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            adminMsisdn: string;
                            billingEmail?: string;
                            company: {
                                address: {
                                    city: string;
                                    country: string;
                                    postalCode: string;
                                    street: string;
                                };
                                legalName: string;
                                registrationNumber: string;
                                vatId: string;
                            };
                            createdAt: string;
                            /** @description its latest dunning change (an unpaid invoice: reminded, suspended, reactivated…) */
                            dunning?: {
                                invoiceId: string;
                                /**
                                 * @description while suspended: every number of the group, or only the administrator's
                                 * @enum {string}
                                 */
                                scope?: "group" | "debtor";
                                since: string;
                                stage: string;
                                /** @description outgoing services of its numbers are suspended for non-payment */
                                suspended: boolean;
                            };
                            groupId: string;
                            /** @description masked for the operator */
                            iban: string;
                            /** @description the invoice comes with the itemized specification (a monthly fee) */
                            itemizedBill: boolean;
                            language: string;
                            legalRepresentative: {
                                idDocument: {
                                    number: string;
                                    type: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                name: string;
                            };
                            memberCount: number;
                            planCounts: {
                                [key: string]: number;
                            };
                            /** @enum {string} */
                            status: "active" | "suspended";
                            updatedAt?: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerGroup: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
                /** @description A unique key per operation; a retry with the same key replays the first response. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    admin: {
                        addOns?: string[];
                        label?: string;
                        number: {
                            /** @constant */
                            kind: "new";
                        } | {
                            donorOperator: string;
                            /** @constant */
                            kind: "port-in";
                            msisdn: string;
                        };
                        plan: string;
                        settings?: {
                            data?: boolean;
                            international?: boolean;
                            premiumRate?: boolean;
                            roaming?: boolean;
                            sms?: boolean;
                            spendingCap?: {
                                amount: number;
                                currency: string;
                            } | null;
                            voice?: boolean;
                        };
                        sharesUnitsOf?: string;
                    };
                    /** Format: email */
                    billingEmail: string;
                    company: {
                        address: {
                            city: string;
                            country?: string;
                            postalCode: string;
                            street: string;
                        };
                        legalName: string;
                        registrationNumber: string;
                        vatId: string;
                    };
                    iban: string;
                    language?: string;
                    legalRepresentative: {
                        idDocument: {
                            /** Format: date */
                            expiresOn?: string;
                            issuingCountry?: string;
                            number: string;
                            reference: string;
                            /** @enum {string} */
                            type: "id-card" | "passport" | "driving-licence" | "residence-permit";
                        };
                        name: string;
                    };
                };
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    /** @description The path of the group */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        admin: {
                            addedAt: string;
                            addOns: (string | {
                                activatedAt: string;
                                code: string;
                            })[];
                            /** @description the group's business club, while the number is in it (calls between its numbers are free) */
                            club?: {
                                clubId: string;
                                joinedAt: string;
                            };
                            commitment?: {
                                endsOn: string;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                months: number;
                                plan: string;
                                startsOn: string;
                            };
                            /** @description admin and the member itself only */
                            label?: string;
                            /**
                             * @description by the numbering plan; a fixed line gets its sign-in PIN where customer care registered
                             * @enum {string}
                             */
                            line?: "mobile" | "fixed-line";
                            msisdn: string;
                            origin: string | {
                                donorOperator?: string;
                                kind: string;
                                portedAt?: string;
                            };
                            plan: string;
                            /** @enum {string} */
                            role: "admin" | "member";
                            /** @description admin and the member itself only */
                            settings?: {
                                data: boolean;
                                international: boolean;
                                premiumRate: boolean;
                                roaming: boolean;
                                sms: boolean;
                                spendingCap: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                voice: boolean;
                            };
                            /** @description an extra SIM: the member whose plan units it shares (while that member keeps its extra-SIM add-on) */
                            sharesUnitsOf?: string;
                            status: string;
                            updatedAt?: string;
                        };
                        charges: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            chargeId: string;
                            code: string;
                            createdAt: string;
                            detail?: {
                                formula: string;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                remainingMonths?: number;
                            };
                            explanation: {
                                [key: string]: string;
                            };
                            groupId: string;
                            kind: string;
                            msisdn: string;
                            name: {
                                [key: string]: string;
                            };
                            period: string;
                            reason: string;
                        }[];
                        group: {
                            adminMsisdn: string;
                            billingEmail?: string;
                            company: {
                                address: {
                                    city: string;
                                    country: string;
                                    postalCode: string;
                                    street: string;
                                };
                                legalName: string;
                                registrationNumber: string;
                                vatId: string;
                            };
                            createdAt: string;
                            /** @description its latest dunning change (an unpaid invoice: reminded, suspended, reactivated…) */
                            dunning?: {
                                invoiceId: string;
                                /**
                                 * @description while suspended: every number of the group, or only the administrator's
                                 * @enum {string}
                                 */
                                scope?: "group" | "debtor";
                                since: string;
                                stage: string;
                                /** @description outgoing services of its numbers are suspended for non-payment */
                                suspended: boolean;
                            };
                            groupId: string;
                            /** @description masked for the operator */
                            iban: string;
                            /** @description the invoice comes with the itemized specification (a monthly fee) */
                            itemizedBill: boolean;
                            language: string;
                            legalRepresentative: {
                                idDocument: {
                                    number: string;
                                    type: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                name: string;
                            };
                            memberCount: number;
                            planCounts: {
                                [key: string]: number;
                            };
                            /** @enum {string} */
                            status: "active" | "suspended";
                            updatedAt?: string;
                        };
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adminMsisdn: string;
                        billingEmail?: string;
                        company: {
                            address: {
                                city: string;
                                country: string;
                                postalCode: string;
                                street: string;
                            };
                            legalName: string;
                            registrationNumber: string;
                            vatId: string;
                        };
                        createdAt: string;
                        /** @description its latest dunning change (an unpaid invoice: reminded, suspended, reactivated…) */
                        dunning?: {
                            invoiceId: string;
                            /**
                             * @description while suspended: every number of the group, or only the administrator's
                             * @enum {string}
                             */
                            scope?: "group" | "debtor";
                            since: string;
                            stage: string;
                            /** @description outgoing services of its numbers are suspended for non-payment */
                            suspended: boolean;
                        };
                        groupId: string;
                        /** @description masked for the operator */
                        iban: string;
                        /** @description the invoice comes with the itemized specification (a monthly fee) */
                        itemizedBill: boolean;
                        language: string;
                        legalRepresentative: {
                            idDocument: {
                                number: string;
                                type: string;
                            } & {
                                [key: string]: unknown;
                            };
                            name: string;
                        };
                        memberCount: number;
                        planCounts: {
                            [key: string]: number;
                        };
                        /** @enum {string} */
                        status: "active" | "suspended";
                        updatedAt?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: {
                        city: string;
                        country?: string;
                        postalCode: string;
                        street: string;
                    };
                    /** Format: email */
                    billingEmail?: string;
                    iban?: string;
                    itemizedBill?: boolean;
                    language?: string;
                };
            };
        };
        responses: {
            /** @description The group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adminMsisdn: string;
                        billingEmail?: string;
                        company: {
                            address: {
                                city: string;
                                country: string;
                                postalCode: string;
                                street: string;
                            };
                            legalName: string;
                            registrationNumber: string;
                            vatId: string;
                        };
                        createdAt: string;
                        /** @description its latest dunning change (an unpaid invoice: reminded, suspended, reactivated…) */
                        dunning?: {
                            invoiceId: string;
                            /**
                             * @description while suspended: every number of the group, or only the administrator's
                             * @enum {string}
                             */
                            scope?: "group" | "debtor";
                            since: string;
                            stage: string;
                            /** @description outgoing services of its numbers are suspended for non-payment */
                            suspended: boolean;
                        };
                        groupId: string;
                        /** @description masked for the operator */
                        iban: string;
                        /** @description the invoice comes with the itemized specification (a monthly fee) */
                        itemizedBill: boolean;
                        language: string;
                        legalRepresentative: {
                            idDocument: {
                                number: string;
                                type: string;
                            } & {
                                [key: string]: unknown;
                            };
                            name: string;
                        };
                        memberCount: number;
                        planCounts: {
                            [key: string]: number;
                        };
                        /** @enum {string} */
                        status: "active" | "suspended";
                        updatedAt?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeAdmin: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    msisdn: string;
                };
            };
        };
        responses: {
            /** @description The group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adminMsisdn: string;
                        billingEmail?: string;
                        company: {
                            address: {
                                city: string;
                                country: string;
                                postalCode: string;
                                street: string;
                            };
                            legalName: string;
                            registrationNumber: string;
                            vatId: string;
                        };
                        createdAt: string;
                        /** @description its latest dunning change (an unpaid invoice: reminded, suspended, reactivated…) */
                        dunning?: {
                            invoiceId: string;
                            /**
                             * @description while suspended: every number of the group, or only the administrator's
                             * @enum {string}
                             */
                            scope?: "group" | "debtor";
                            since: string;
                            stage: string;
                            /** @description outgoing services of its numbers are suspended for non-payment */
                            suspended: boolean;
                        };
                        groupId: string;
                        /** @description masked for the operator */
                        iban: string;
                        /** @description the invoice comes with the itemized specification (a monthly fee) */
                        itemizedBill: boolean;
                        language: string;
                        legalRepresentative: {
                            idDocument: {
                                number: string;
                                type: string;
                            } & {
                                [key: string]: unknown;
                            };
                            name: string;
                        };
                        memberCount: number;
                        planCounts: {
                            [key: string]: number;
                        };
                        /** @enum {string} */
                        status: "active" | "suspended";
                        updatedAt?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGroupAudit: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actor: {
                                msisdn?: string;
                                role: string;
                                subject: string;
                            };
                            after: unknown;
                            at: string;
                            before: unknown;
                            correlationId?: string;
                            entryId: string;
                            groupId: string;
                            target: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthorisedEmails: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authorised addresses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description authorised too */
                        billingEmail: string;
                        emails: string[];
                        groupId: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putAuthorisedEmails: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    emails: string[];
                };
            };
        };
        responses: {
            /** @description The authorised addresses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description authorised too */
                        billingEmail: string;
                        emails: string[];
                        groupId: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listGroupCharges: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
                period?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of charges */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            chargeId: string;
                            code: string;
                            createdAt: string;
                            detail?: {
                                formula: string;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                remainingMonths?: number;
                            };
                            explanation: {
                                [key: string]: string;
                            };
                            groupId: string;
                            kind: string;
                            msisdn: string;
                            name: {
                                [key: string]: string;
                            };
                            period: string;
                            reason: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClub: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The club */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description when the club fell below its minimum */
                        belowMinimumSince?: string;
                        clubId: string;
                        createdAt: string;
                        memberCount: number;
                        /** @description the package's minimum of members on monthly contracts */
                        minMembers: number;
                        /**
                         * @description `below-minimum`: fewer members on monthly contracts than the package needs (the club is kept and flagged); `dissolving`: a dissolution is under way
                         * @enum {string}
                         */
                        status: "active" | "below-minimum" | "dissolving";
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createClub: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    members: string[];
                };
            };
        };
        responses: {
            /** @description The club */
            201: {
                headers: {
                    /** @description The path of the club */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description when the club fell below its minimum */
                        belowMinimumSince?: string;
                        clubId: string;
                        createdAt: string;
                        memberCount: number;
                        /** @description the package's minimum of members on monthly contracts */
                        minMembers: number;
                        /**
                         * @description `below-minimum`: fewer members on monthly contracts than the package needs (the club is kept and flagged); `dissolving`: a dissolution is under way
                         * @enum {string}
                         */
                        status: "active" | "below-minimum" | "dissolving";
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dissolveClub: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dissolved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clubId: string;
                        dissolvedAt: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClubMembers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the club’s members, in number order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            addedAt: string;
                            addOns: (string | {
                                activatedAt: string;
                                code: string;
                            })[];
                            /** @description the group's business club, while the number is in it (calls between its numbers are free) */
                            club?: {
                                clubId: string;
                                joinedAt: string;
                            };
                            commitment?: {
                                endsOn: string;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                months: number;
                                plan: string;
                                startsOn: string;
                            };
                            /** @description admin and the member itself only */
                            label?: string;
                            /**
                             * @description by the numbering plan; a fixed line gets its sign-in PIN where customer care registered
                             * @enum {string}
                             */
                            line?: "mobile" | "fixed-line";
                            msisdn: string;
                            origin: string | {
                                donorOperator?: string;
                                kind: string;
                                portedAt?: string;
                            };
                            plan: string;
                            /** @enum {string} */
                            role: "admin" | "member";
                            /** @description admin and the member itself only */
                            settings?: {
                                data: boolean;
                                international: boolean;
                                premiumRate: boolean;
                                roaming: boolean;
                                sms: boolean;
                                spendingCap: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                voice: boolean;
                            };
                            /** @description an extra SIM: the member whose plan units it shares (while that member keeps its extra-SIM add-on) */
                            sharesUnitsOf?: string;
                            status: string;
                            updatedAt?: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    joinClub: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
                /** @description A unique key per operation; a retry with the same key replays the first response. */
                "Idempotency-Key": string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number is in the club */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the club-member fee recorded for the next invoice; empty when the number was in the club already */
                        charges: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            chargeId: string;
                            code: string;
                            createdAt: string;
                            detail?: {
                                formula: string;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                remainingMonths?: number;
                            };
                            explanation: {
                                [key: string]: string;
                            };
                            groupId: string;
                            kind: string;
                            msisdn: string;
                            name: {
                                [key: string]: string;
                            };
                            period: string;
                            reason: string;
                        }[];
                        club: {
                            /** @description when the club fell below its minimum */
                            belowMinimumSince?: string;
                            clubId: string;
                            createdAt: string;
                            memberCount: number;
                            /** @description the package's minimum of members on monthly contracts */
                            minMembers: number;
                            /**
                             * @description `below-minimum`: fewer members on monthly contracts than the package needs (the club is kept and flagged); `dissolving`: a dissolution is under way
                             * @enum {string}
                             */
                            status: "active" | "below-minimum" | "dissolving";
                            updatedAt: string;
                        };
                        member: {
                            addedAt: string;
                            addOns: (string | {
                                activatedAt: string;
                                code: string;
                            })[];
                            /** @description the group's business club, while the number is in it (calls between its numbers are free) */
                            club?: {
                                clubId: string;
                                joinedAt: string;
                            };
                            commitment?: {
                                endsOn: string;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                months: number;
                                plan: string;
                                startsOn: string;
                            };
                            /** @description admin and the member itself only */
                            label?: string;
                            /**
                             * @description by the numbering plan; a fixed line gets its sign-in PIN where customer care registered
                             * @enum {string}
                             */
                            line?: "mobile" | "fixed-line";
                            msisdn: string;
                            origin: string | {
                                donorOperator?: string;
                                kind: string;
                                portedAt?: string;
                            };
                            plan: string;
                            /** @enum {string} */
                            role: "admin" | "member";
                            /** @description admin and the member itself only */
                            settings?: {
                                data: boolean;
                                international: boolean;
                                premiumRate: boolean;
                                roaming: boolean;
                                sms: boolean;
                                spendingCap: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                voice: boolean;
                            };
                            /** @description an extra SIM: the member whose plan units it shares (while that member keeps its extra-SIM add-on) */
                            sharesUnitsOf?: string;
                            status: string;
                            updatedAt?: string;
                        };
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leaveClub: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number is not in the club */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        club: {
                            /** @description when the club fell below its minimum */
                            belowMinimumSince?: string;
                            clubId: string;
                            createdAt: string;
                            memberCount: number;
                            /** @description the package's minimum of members on monthly contracts */
                            minMembers: number;
                            /**
                             * @description `below-minimum`: fewer members on monthly contracts than the package needs (the club is kept and flagged); `dissolving`: a dissolution is under way
                             * @enum {string}
                             */
                            status: "active" | "below-minimum" | "dissolving";
                            updatedAt: string;
                        };
                        member: {
                            addedAt: string;
                            addOns: (string | {
                                activatedAt: string;
                                code: string;
                            })[];
                            /** @description the group's business club, while the number is in it (calls between its numbers are free) */
                            club?: {
                                clubId: string;
                                joinedAt: string;
                            };
                            commitment?: {
                                endsOn: string;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                months: number;
                                plan: string;
                                startsOn: string;
                            };
                            /** @description admin and the member itself only */
                            label?: string;
                            /**
                             * @description by the numbering plan; a fixed line gets its sign-in PIN where customer care registered
                             * @enum {string}
                             */
                            line?: "mobile" | "fixed-line";
                            msisdn: string;
                            origin: string | {
                                donorOperator?: string;
                                kind: string;
                                portedAt?: string;
                            };
                            plan: string;
                            /** @enum {string} */
                            role: "admin" | "member";
                            /** @description admin and the member itself only */
                            settings?: {
                                data: boolean;
                                international: boolean;
                                premiumRate: boolean;
                                roaming: boolean;
                                sms: boolean;
                                spendingCap: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                voice: boolean;
                            };
                            /** @description an extra SIM: the member whose plan units it shares (while that member keeps its extra-SIM add-on) */
                            sharesUnitsOf?: string;
                            status: string;
                            updatedAt?: string;
                        };
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listHolderChanges: {
        parameters: {
            query?: {
                cursor?: string;
                direction?: "incoming" | "outgoing";
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of offers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            closedAt?: string;
                            closedBy?: string;
                            createdAt: string;
                            createdBy: string;
                            expiresAt: string;
                            fromGroupId: string;
                            msisdn: string;
                            offerId: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "withdrawn" | "expired";
                            toGroupId: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeHolderChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The closed offer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt?: string;
                        closedBy?: string;
                        createdAt: string;
                        createdBy: string;
                        expiresAt: string;
                        fromGroupId: string;
                        msisdn: string;
                        offerId: string;
                        /** @enum {string} */
                        status: "pending" | "accepted" | "declined" | "withdrawn" | "expired";
                        toGroupId: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptHolderChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number, now a member of this group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        charges: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            chargeId: string;
                            code: string;
                            createdAt: string;
                            detail?: {
                                formula: string;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                remainingMonths?: number;
                            };
                            explanation: {
                                [key: string]: string;
                            };
                            groupId: string;
                            kind: string;
                            msisdn: string;
                            name: {
                                [key: string]: string;
                            };
                            period: string;
                            reason: string;
                        }[];
                        member: {
                            addedAt: string;
                            addOns: (string | {
                                activatedAt: string;
                                code: string;
                            })[];
                            /** @description the group's business club, while the number is in it (calls between its numbers are free) */
                            club?: {
                                clubId: string;
                                joinedAt: string;
                            };
                            commitment?: {
                                endsOn: string;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                months: number;
                                plan: string;
                                startsOn: string;
                            };
                            /** @description admin and the member itself only */
                            label?: string;
                            /**
                             * @description by the numbering plan; a fixed line gets its sign-in PIN where customer care registered
                             * @enum {string}
                             */
                            line?: "mobile" | "fixed-line";
                            msisdn: string;
                            origin: string | {
                                donorOperator?: string;
                                kind: string;
                                portedAt?: string;
                            };
                            plan: string;
                            /** @enum {string} */
                            role: "admin" | "member";
                            /** @description admin and the member itself only */
                            settings?: {
                                data: boolean;
                                international: boolean;
                                premiumRate: boolean;
                                roaming: boolean;
                                sms: boolean;
                                spendingCap: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                voice: boolean;
                            };
                            /** @description an extra SIM: the member whose plan units it shares (while that member keeps its extra-SIM add-on) */
                            sharesUnitsOf?: string;
                            status: string;
                            updatedAt?: string;
                        };
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invoices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amountDue: {
                                amount: number;
                                currency: string;
                            };
                            /** @description issue date, YYYY-MM-DD (tenant time zone) */
                            billDate: string;
                            billingAccount: {
                                id: string;
                                name: string;
                            };
                            billingPeriod: {
                                endDate: string;
                                period: string;
                                startDate: string;
                            };
                            /** @description the legal number: series prefix, year, sequence */
                            billNo: string;
                            /** @description the dunning of an unpaid invoice: scheduled, reminded, suspended, provisional, collections; ended: paid, proof-accepted, reactivated, closed */
                            dunning?: {
                                since: string;
                                stage: string;
                            };
                            href: string;
                            id: string;
                            paymentDueDate: string;
                            /** @enum {string} */
                            paymentMethod: "credit-transfer" | "direct-debit";
                            /** @description ISO 11649 structured creditor reference */
                            paymentReference: string;
                            /** @description what is still unpaid of amountDue */
                            remainingAmount: {
                                amount: number;
                                currency: string;
                            };
                            /** @enum {string} */
                            state: "issued" | "paid" | "void";
                            taxExcludedAmount: {
                                amount: number;
                                currency: string;
                            };
                            taxIncludedAmount: {
                                amount: number;
                                currency: string;
                            };
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amountDue: {
                            amount: number;
                            currency: string;
                        };
                        appliedCustomerBillingRate: {
                            /** @description stable line code */
                            code: string;
                            /** @description the line's explanation, in the group's language */
                            description: string;
                            /** @description the number the line is about; absent for the group */
                            msisdn?: string;
                            periodCoverage?: {
                                endDate: string;
                                startDate: string;
                            };
                            quantity: number;
                            taxExcludedAmount: {
                                amount: number;
                                currency: string;
                            };
                            /** @description VAT rate in percent; null for settlement lines */
                            taxRate: number | null;
                            /** @enum {string} */
                            type: "plan" | "add-on" | "charge" | "usage" | "settlement";
                            /** @enum {string} */
                            unit: "day" | "month" | "item" | "minute" | "message" | "mb";
                            unitPrice?: {
                                amount: number;
                                currency: string;
                            };
                        }[];
                        /** @description issue date, YYYY-MM-DD (tenant time zone) */
                        billDate: string;
                        billingAccount: {
                            id: string;
                            name: string;
                        };
                        billingPeriod: {
                            endDate: string;
                            period: string;
                            startDate: string;
                        };
                        /** @description the legal number: series prefix, year, sequence */
                        billNo: string;
                        buyer: {
                            address: {
                                city: string;
                                country: string;
                                postalCode: string;
                                street: string;
                            };
                            email?: string;
                            legalName: string;
                            registrationNumber?: string;
                            vatId: string;
                        };
                        depositsCarriedOver: {
                            depositId: string;
                            msisdn: string;
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                        }[];
                        documents: {
                            eInvoice: string;
                            pdf: string;
                        };
                        /** @description the dunning of an unpaid invoice: scheduled, reminded, suspended, provisional, collections; ended: paid, proof-accepted, reactivated, closed */
                        dunning?: {
                            since: string;
                            stage: string;
                        };
                        href: string;
                        id: string;
                        issuedAt: string;
                        language: string;
                        paymentDueDate: string;
                        /** @enum {string} */
                        paymentMethod: "credit-transfer" | "direct-debit";
                        /** @description ISO 11649 structured creditor reference */
                        paymentReference: string;
                        /** @description the prepaid balances of the period, for information: not part of the amount due */
                        prepaidAccounts: {
                            msisdn: string;
                            toppedUp: {
                                amount: number;
                                currency: string;
                            };
                            topUps: {
                                amount: {
                                    amount: number;
                                    currency: string;
                                };
                                at: string;
                                date: string;
                                kind: string;
                            }[];
                            /** @description usage the balance paid: already paid, shown on its line */
                            usagePaid: {
                                amount: number;
                                currency: string;
                            };
                        }[];
                        /** @description what is still unpaid of amountDue */
                        remainingAmount: {
                            amount: number;
                            currency: string;
                        };
                        seller: {
                            address: {
                                city: string;
                                country: string;
                                postalCode: string;
                                street: string;
                            };
                            bic?: string;
                            email?: string;
                            iban: string;
                            legalName: string;
                            registrationNumber?: string;
                            vatId: string;
                        };
                        settlement: {
                            depositCredit: {
                                amount: number;
                                currency: string;
                            };
                            overpaid: {
                                amount: number;
                                currency: string;
                            };
                            payments: {
                                amount: number;
                                currency: string;
                            };
                            prepaidPaid: {
                                amount: number;
                                currency: string;
                            };
                            previousDue: {
                                amount: number;
                                currency: string;
                            };
                        };
                        /** @enum {string} */
                        state: "issued" | "paid" | "void";
                        taxExcludedAmount: {
                            amount: number;
                            currency: string;
                        };
                        taxIncludedAmount: {
                            amount: number;
                            currency: string;
                        };
                        taxItem: {
                            taxableAmount: {
                                amount: number;
                                currency: string;
                            };
                            taxAmount: {
                                amount: number;
                                currency: string;
                            };
                            /** @constant */
                            taxCategory: "VAT";
                            taxRate: number;
                        }[];
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPaymentProofs: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of proofs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            bankReference: string;
                            /** @enum {string} */
                            channel: "portal" | "email";
                            createdAt: string;
                            decidedAt?: string;
                            /** @description the operator only: who decided */
                            decidedBy?: string;
                            /** @description false for a proof by e-mail, which declares nothing: the amount is what the invoice had due when the mail arrived, `paidOn` the day it arrived, `bankReference` the mail's subject; staff check them against the document */
                            declared: boolean;
                            document: {
                                /** @enum {string} */
                                contentType: "application/pdf" | "image/jpeg" | "image/png";
                                fileName: string;
                                /** @description in bytes */
                                size: number;
                            };
                            groupId: string;
                            invoiceId: string;
                            /** @description YYYY-MM-DD, as the bank shows it */
                            paidOn: string;
                            proofId: string;
                            /** @description the staff's reason (always given for a rejection) */
                            reason?: string;
                            /**
                             * @description awaiting-document → (submitted) pending → approved / rejected
                             * @enum {string}
                             */
                            status: "awaiting-document" | "pending" | "approved" | "rejected";
                            submittedAt?: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPaymentProof: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
                /** @description A unique key per operation; a retry with the same key replays the first response. */
                "Idempotency-Key": string;
            };
            path: {
                groupId: string;
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description what the customer paid, in the invoice currency */
                    amount: {
                        amount: number;
                        currency: string;
                    };
                    /** @description the bank's reference of the transfer */
                    bankReference: string;
                    document: {
                        /** @enum {string} */
                        contentType: "application/pdf" | "image/jpeg" | "image/png";
                        fileName: string;
                        /** @description in bytes */
                        size: number;
                    };
                    /**
                     * Format: date
                     * @description the day of the payment (YYYY-MM-DD, as the bank shows it): not in the future (tenant calendar), not more than 90 days before the invoice's issue date
                     */
                    paidOn: string;
                };
            };
        };
        responses: {
            /** @description Declared: waiting for its document */
            201: {
                headers: {
                    /** @description The path of the proof */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        proof: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            bankReference: string;
                            /** @enum {string} */
                            channel: "portal" | "email";
                            createdAt: string;
                            decidedAt?: string;
                            /** @description the operator only: who decided */
                            decidedBy?: string;
                            /** @description false for a proof by e-mail, which declares nothing: the amount is what the invoice had due when the mail arrived, `paidOn` the day it arrived, `bankReference` the mail's subject; staff check them against the document */
                            declared: boolean;
                            document: {
                                /** @enum {string} */
                                contentType: "application/pdf" | "image/jpeg" | "image/png";
                                fileName: string;
                                /** @description in bytes */
                                size: number;
                            };
                            groupId: string;
                            invoiceId: string;
                            /** @description YYYY-MM-DD, as the bank shows it */
                            paidOn: string;
                            proofId: string;
                            /** @description the staff's reason (always given for a rejection) */
                            reason?: string;
                            /**
                             * @description awaiting-document → (submitted) pending → approved / rejected
                             * @enum {string}
                             */
                            status: "awaiting-document" | "pending" | "approved" | "rejected";
                            submittedAt?: string;
                        };
                        /** @description PUT the document (exactly `document.size` bytes) to `url` with these headers before `expiresAt`, then submit the proof */
                        upload: {
                            expiresAt: string;
                            headers: {
                                "content-type": string;
                            };
                            /** @constant */
                            method: "PUT";
                            url: string;
                        };
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPaymentProof: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                invoiceId: string;
                proofId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proof */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            amount: number;
                            currency: string;
                        };
                        bankReference: string;
                        /** @enum {string} */
                        channel: "portal" | "email";
                        createdAt: string;
                        decidedAt?: string;
                        /** @description the operator only: who decided */
                        decidedBy?: string;
                        /** @description false for a proof by e-mail, which declares nothing: the amount is what the invoice had due when the mail arrived, `paidOn` the day it arrived, `bankReference` the mail's subject; staff check them against the document */
                        declared: boolean;
                        document: {
                            /** @enum {string} */
                            contentType: "application/pdf" | "image/jpeg" | "image/png";
                            fileName: string;
                            /** @description in bytes */
                            size: number;
                        };
                        /** @description the operator only, once submitted: the document, for 15 minutes */
                        documentUrl?: string;
                        groupId: string;
                        invoiceId: string;
                        /** @description YYYY-MM-DD, as the bank shows it */
                        paidOn: string;
                        proofId: string;
                        /** @description the staff's reason (always given for a rejection) */
                        reason?: string;
                        /**
                         * @description awaiting-document → (submitted) pending → approved / rejected
                         * @enum {string}
                         */
                        status: "awaiting-document" | "pending" | "approved" | "rejected";
                        submittedAt?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decidePaymentProof: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                invoiceId: string;
                proofId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    decision: "approve";
                    reason?: string;
                } | {
                    /** @constant */
                    decision: "reject";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            amount: number;
                            currency: string;
                        };
                        bankReference: string;
                        /** @enum {string} */
                        channel: "portal" | "email";
                        createdAt: string;
                        decidedAt?: string;
                        /** @description the operator only: who decided */
                        decidedBy?: string;
                        /** @description false for a proof by e-mail, which declares nothing: the amount is what the invoice had due when the mail arrived, `paidOn` the day it arrived, `bankReference` the mail's subject; staff check them against the document */
                        declared: boolean;
                        document: {
                            /** @enum {string} */
                            contentType: "application/pdf" | "image/jpeg" | "image/png";
                            fileName: string;
                            /** @description in bytes */
                            size: number;
                        };
                        groupId: string;
                        invoiceId: string;
                        /** @description YYYY-MM-DD, as the bank shows it */
                        paidOn: string;
                        proofId: string;
                        /** @description the staff's reason (always given for a rejection) */
                        reason?: string;
                        /**
                         * @description awaiting-document → (submitted) pending → approved / rejected
                         * @enum {string}
                         */
                        status: "awaiting-document" | "pending" | "approved" | "rejected";
                        submittedAt?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitPaymentProof: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                invoiceId: string;
                proofId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Submitted: waiting for review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            amount: number;
                            currency: string;
                        };
                        bankReference: string;
                        /** @enum {string} */
                        channel: "portal" | "email";
                        createdAt: string;
                        decidedAt?: string;
                        /** @description the operator only: who decided */
                        decidedBy?: string;
                        /** @description false for a proof by e-mail, which declares nothing: the amount is what the invoice had due when the mail arrived, `paidOn` the day it arrived, `bankReference` the mail's subject; staff check them against the document */
                        declared: boolean;
                        document: {
                            /** @enum {string} */
                            contentType: "application/pdf" | "image/jpeg" | "image/png";
                            fileName: string;
                            /** @description in bytes */
                            size: number;
                        };
                        groupId: string;
                        invoiceId: string;
                        /** @description YYYY-MM-DD, as the bank shows it */
                        paidOn: string;
                        proofId: string;
                        /** @description the staff's reason (always given for a rejection) */
                        reason?: string;
                        /**
                         * @description awaiting-document → (submitted) pending → approved / rejected
                         * @enum {string}
                         */
                        status: "awaiting-document" | "pending" | "approved" | "rejected";
                        submittedAt?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvoicePdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    /** @description inline, with the invoice number as the file name */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    voidInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Voided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invoiceId: string;
                        /** @description kept: the series has no gap */
                        number: string;
                        reason: string;
                        /** @constant */
                        status: "void";
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInvoiceXml: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The UBL 2.1 invoice */
            200: {
                headers: {
                    /** @description inline, with the invoice number as the file name */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": unknown;
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            addedAt: string;
                            addOns: (string | {
                                activatedAt: string;
                                code: string;
                            })[];
                            /** @description the group's business club, while the number is in it (calls between its numbers are free) */
                            club?: {
                                clubId: string;
                                joinedAt: string;
                            };
                            commitment?: {
                                endsOn: string;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                months: number;
                                plan: string;
                                startsOn: string;
                            };
                            /** @description admin and the member itself only */
                            label?: string;
                            /**
                             * @description by the numbering plan; a fixed line gets its sign-in PIN where customer care registered
                             * @enum {string}
                             */
                            line?: "mobile" | "fixed-line";
                            msisdn: string;
                            origin: string | {
                                donorOperator?: string;
                                kind: string;
                                portedAt?: string;
                            };
                            plan: string;
                            /** @enum {string} */
                            role: "admin" | "member";
                            /** @description admin and the member itself only */
                            settings?: {
                                data: boolean;
                                international: boolean;
                                premiumRate: boolean;
                                roaming: boolean;
                                sms: boolean;
                                spendingCap: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                voice: boolean;
                            };
                            /** @description an extra SIM: the member whose plan units it shares (while that member keeps its extra-SIM add-on) */
                            sharesUnitsOf?: string;
                            status: string;
                            updatedAt?: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addMember: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
                /** @description A unique key per operation; a retry with the same key replays the first response. */
                "Idempotency-Key": string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addOns?: string[];
                    label?: string;
                    number: {
                        /** @constant */
                        kind: "new";
                    } | {
                        donorOperator: string;
                        /** @constant */
                        kind: "port-in";
                        msisdn: string;
                    };
                    plan: string;
                    settings?: {
                        data?: boolean;
                        international?: boolean;
                        premiumRate?: boolean;
                        roaming?: boolean;
                        sms?: boolean;
                        spendingCap?: {
                            amount: number;
                            currency: string;
                        } | null;
                        voice?: boolean;
                    };
                    sharesUnitsOf?: string;
                };
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    /** @description The path of the member */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        charges: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            chargeId: string;
                            code: string;
                            createdAt: string;
                            detail?: {
                                formula: string;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                remainingMonths?: number;
                            };
                            explanation: {
                                [key: string]: string;
                            };
                            groupId: string;
                            kind: string;
                            msisdn: string;
                            name: {
                                [key: string]: string;
                            };
                            period: string;
                            reason: string;
                        }[];
                        member: {
                            addedAt: string;
                            addOns: (string | {
                                activatedAt: string;
                                code: string;
                            })[];
                            /** @description the group's business club, while the number is in it (calls between its numbers are free) */
                            club?: {
                                clubId: string;
                                joinedAt: string;
                            };
                            commitment?: {
                                endsOn: string;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                months: number;
                                plan: string;
                                startsOn: string;
                            };
                            /** @description admin and the member itself only */
                            label?: string;
                            /**
                             * @description by the numbering plan; a fixed line gets its sign-in PIN where customer care registered
                             * @enum {string}
                             */
                            line?: "mobile" | "fixed-line";
                            msisdn: string;
                            origin: string | {
                                donorOperator?: string;
                                kind: string;
                                portedAt?: string;
                            };
                            plan: string;
                            /** @enum {string} */
                            role: "admin" | "member";
                            /** @description admin and the member itself only */
                            settings?: {
                                data: boolean;
                                international: boolean;
                                premiumRate: boolean;
                                roaming: boolean;
                                sms: boolean;
                                spendingCap: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                voice: boolean;
                            };
                            /** @description an extra SIM: the member whose plan units it shares (while that member keeps its extra-SIM add-on) */
                            sharesUnitsOf?: string;
                            status: string;
                            updatedAt?: string;
                        };
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addedAt: string;
                        addOns: (string | {
                            activatedAt: string;
                            code: string;
                        })[];
                        /** @description the group's business club, while the number is in it (calls between its numbers are free) */
                        club?: {
                            clubId: string;
                            joinedAt: string;
                        };
                        commitment?: {
                            endsOn: string;
                            monthlyBenefit?: {
                                amount: number;
                                currency: string;
                            };
                            months: number;
                            plan: string;
                            startsOn: string;
                        };
                        /** @description admin and the member itself only */
                        label?: string;
                        /**
                         * @description by the numbering plan; a fixed line gets its sign-in PIN where customer care registered
                         * @enum {string}
                         */
                        line?: "mobile" | "fixed-line";
                        msisdn: string;
                        origin: string | {
                            donorOperator?: string;
                            kind: string;
                            portedAt?: string;
                        };
                        plan: string;
                        /** @enum {string} */
                        role: "admin" | "member";
                        /** @description admin and the member itself only */
                        settings?: {
                            data: boolean;
                            international: boolean;
                            premiumRate: boolean;
                            roaming: boolean;
                            sms: boolean;
                            spendingCap: {
                                amount: number;
                                currency: string;
                            } | null;
                            voice: boolean;
                        };
                        /** @description an extra SIM: the member whose plan units it shares (while that member keeps its extra-SIM add-on) */
                        sharesUnitsOf?: string;
                        status: string;
                        updatedAt?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: {
                reason?: "termination" | "port-out";
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed: the released number, the charges recorded and the credit returned to the admin */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        charges: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            chargeId: string;
                            code: string;
                            createdAt: string;
                            detail?: {
                                formula: string;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                remainingMonths?: number;
                            };
                            explanation: {
                                [key: string]: string;
                            };
                            groupId: string;
                            kind: string;
                            msisdn: string;
                            name: {
                                [key: string]: string;
                            };
                            period: string;
                            reason: string;
                        }[];
                        /** @description the number's remaining prepaid credit, returned to the group's administrator (zero when there was none) */
                        creditReturned: {
                            amount: number;
                            currency: string;
                        };
                        /** @description the member as it was, with `status: released`: the number is free again */
                        member: {
                            addedAt: string;
                            addOns: (string | {
                                activatedAt: string;
                                code: string;
                            })[];
                            /** @description the group's business club, while the number is in it (calls between its numbers are free) */
                            club?: {
                                clubId: string;
                                joinedAt: string;
                            };
                            commitment?: {
                                endsOn: string;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                months: number;
                                plan: string;
                                startsOn: string;
                            };
                            /** @description admin and the member itself only */
                            label?: string;
                            /**
                             * @description by the numbering plan; a fixed line gets its sign-in PIN where customer care registered
                             * @enum {string}
                             */
                            line?: "mobile" | "fixed-line";
                            msisdn: string;
                            origin: string | {
                                donorOperator?: string;
                                kind: string;
                                portedAt?: string;
                            };
                            plan: string;
                            /** @enum {string} */
                            role: "admin" | "member";
                            /** @description admin and the member itself only */
                            settings?: {
                                data: boolean;
                                international: boolean;
                                premiumRate: boolean;
                                roaming: boolean;
                                sms: boolean;
                                spendingCap: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                voice: boolean;
                            };
                            /** @description an extra SIM: the member whose plan units it shares (while that member keeps its extra-SIM add-on) */
                            sharesUnitsOf?: string;
                            status: string;
                            updatedAt?: string;
                        };
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label?: string | null;
                    settings?: {
                        data?: boolean;
                        international?: boolean;
                        premiumRate?: boolean;
                        roaming?: boolean;
                        sms?: boolean;
                        spendingCap?: {
                            amount: number;
                            currency: string;
                        } | null;
                        voice?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description The member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addedAt: string;
                        addOns: (string | {
                            activatedAt: string;
                            code: string;
                        })[];
                        /** @description the group's business club, while the number is in it (calls between its numbers are free) */
                        club?: {
                            clubId: string;
                            joinedAt: string;
                        };
                        commitment?: {
                            endsOn: string;
                            monthlyBenefit?: {
                                amount: number;
                                currency: string;
                            };
                            months: number;
                            plan: string;
                            startsOn: string;
                        };
                        /** @description admin and the member itself only */
                        label?: string;
                        /**
                         * @description by the numbering plan; a fixed line gets its sign-in PIN where customer care registered
                         * @enum {string}
                         */
                        line?: "mobile" | "fixed-line";
                        msisdn: string;
                        origin: string | {
                            donorOperator?: string;
                            kind: string;
                            portedAt?: string;
                        };
                        plan: string;
                        /** @enum {string} */
                        role: "admin" | "member";
                        /** @description admin and the member itself only */
                        settings?: {
                            data: boolean;
                            international: boolean;
                            premiumRate: boolean;
                            roaming: boolean;
                            sms: boolean;
                            spendingCap: {
                                amount: number;
                                currency: string;
                            } | null;
                            voice: boolean;
                        };
                        /** @description an extra SIM: the member whose plan units it shares (while that member keeps its extra-SIM add-on) */
                        sharesUnitsOf?: string;
                        status: string;
                        updatedAt?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activateAddOn: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                addOnCode: string;
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addedAt: string;
                        addOns: (string | {
                            activatedAt: string;
                            code: string;
                        })[];
                        /** @description the group's business club, while the number is in it (calls between its numbers are free) */
                        club?: {
                            clubId: string;
                            joinedAt: string;
                        };
                        commitment?: {
                            endsOn: string;
                            monthlyBenefit?: {
                                amount: number;
                                currency: string;
                            };
                            months: number;
                            plan: string;
                            startsOn: string;
                        };
                        /** @description admin and the member itself only */
                        label?: string;
                        /**
                         * @description by the numbering plan; a fixed line gets its sign-in PIN where customer care registered
                         * @enum {string}
                         */
                        line?: "mobile" | "fixed-line";
                        msisdn: string;
                        origin: string | {
                            donorOperator?: string;
                            kind: string;
                            portedAt?: string;
                        };
                        plan: string;
                        /** @enum {string} */
                        role: "admin" | "member";
                        /** @description admin and the member itself only */
                        settings?: {
                            data: boolean;
                            international: boolean;
                            premiumRate: boolean;
                            roaming: boolean;
                            sms: boolean;
                            spendingCap: {
                                amount: number;
                                currency: string;
                            } | null;
                            voice: boolean;
                        };
                        /** @description an extra SIM: the member whose plan units it shares (while that member keeps its extra-SIM add-on) */
                        sharesUnitsOf?: string;
                        status: string;
                        updatedAt?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateAddOn: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                addOnCode: string;
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addedAt: string;
                        addOns: (string | {
                            activatedAt: string;
                            code: string;
                        })[];
                        /** @description the group's business club, while the number is in it (calls between its numbers are free) */
                        club?: {
                            clubId: string;
                            joinedAt: string;
                        };
                        commitment?: {
                            endsOn: string;
                            monthlyBenefit?: {
                                amount: number;
                                currency: string;
                            };
                            months: number;
                            plan: string;
                            startsOn: string;
                        };
                        /** @description admin and the member itself only */
                        label?: string;
                        /**
                         * @description by the numbering plan; a fixed line gets its sign-in PIN where customer care registered
                         * @enum {string}
                         */
                        line?: "mobile" | "fixed-line";
                        msisdn: string;
                        origin: string | {
                            donorOperator?: string;
                            kind: string;
                            portedAt?: string;
                        };
                        plan: string;
                        /** @enum {string} */
                        role: "admin" | "member";
                        /** @description admin and the member itself only */
                        settings?: {
                            data: boolean;
                            international: boolean;
                            premiumRate: boolean;
                            roaming: boolean;
                            sms: boolean;
                            spendingCap: {
                                amount: number;
                                currency: string;
                            } | null;
                            voice: boolean;
                        };
                        /** @description an extra SIM: the member whose plan units it shares (while that member keeps its extra-SIM add-on) */
                        sharesUnitsOf?: string;
                        status: string;
                        updatedAt?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBalance: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        balance: {
                            amount: number;
                            currency: string;
                        };
                        msisdn: string;
                        updatedAt?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCreditLimit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number's credit-limit page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description what raises the number's limit above the tenant's table in the period */
                        adjustments: {
                            deposits: {
                                amount: number;
                                currency: string;
                            };
                            permanentIncrease: {
                                amount: number;
                                currency: string;
                            };
                            temporaryIncrease: {
                                amount: number;
                                currency: string;
                            };
                        };
                        /** @description the latest 20, newest first */
                        deposits: {
                            /** @description as customer care stated it */
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            completedAt?: string;
                            createdAt: string;
                            depositId: string;
                            groupId: string;
                            /** @enum {string} */
                            method: "bank-transfer" | "shop";
                            msisdn: string;
                            /** @description what was paid and raised the limit */
                            paid?: {
                                amount: number;
                                currency: string;
                            };
                            paidAt?: string;
                            paymentId?: string;
                            /** @description bank transfer: quote it on the payment */
                            paymentReference?: string;
                            /** @description the billing period whose limit it raised */
                            period?: string;
                            receipt?: string;
                            /** @enum {string} */
                            status: "pending" | "completed";
                        }[];
                        lastRequestOn?: string;
                        msisdn: string;
                        /** @description the first day an increase may be requested again */
                        nextRequestFrom?: string;
                        /** @description the current billing period, tenant calendar */
                        period: string;
                        /** @description the latest 20, newest first */
                        requests: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            decidedAt?: string;
                            /** @description the admin and the operator only */
                            documents?: {
                                authorisedPerson: {
                                    /** @description references to stored copies, never the images */
                                    idDocument: {
                                        number: string;
                                        reference: string;
                                        type: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                    name: string;
                                };
                                stampedRequest: {
                                    reference: string;
                                };
                            };
                            groupId: string;
                            /** @enum {string} */
                            kind: "permanent" | "temporary";
                            msisdn: string;
                            note?: string;
                            /** @description approved: the billing period it applies to (from, if permanent) */
                            period?: string;
                            reason?: string;
                            requestedAt: string;
                            /** @description the day of the request, tenant calendar */
                            requestedOn: string;
                            requestId: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                        }[];
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCreditLimitDeposit: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
                /** @description A unique key per operation; a retry with the same key replays the first response. */
                "Idempotency-Key": string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: {
                        amount: number;
                        currency: string;
                    };
                    /** @enum {string} */
                    method: "bank-transfer";
                };
            };
        };
        responses: {
            /** @description Pending until paid */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description as customer care stated it */
                        amount: {
                            amount: number;
                            currency: string;
                        };
                        completedAt?: string;
                        createdAt: string;
                        depositId: string;
                        groupId: string;
                        /** @enum {string} */
                        method: "bank-transfer" | "shop";
                        msisdn: string;
                        /** @description what was paid and raised the limit */
                        paid?: {
                            amount: number;
                            currency: string;
                        };
                        paidAt?: string;
                        paymentId?: string;
                        /** @description bank transfer: quote it on the payment */
                        paymentReference?: string;
                        /** @description the billing period whose limit it raised */
                        period?: string;
                        receipt?: string;
                        /** @enum {string} */
                        status: "pending" | "completed";
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestCreditLimitIncrease: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
                /** @description A unique key per operation; a retry with the same key replays the first response. */
                "Idempotency-Key": string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: {
                        amount: number;
                        currency: string;
                    };
                    documents: {
                        authorisedPerson: {
                            idDocument: {
                                /** Format: date */
                                expiresOn?: string;
                                issuingCountry?: string;
                                number: string;
                                reference: string;
                                /** @enum {string} */
                                type: "id-card" | "passport" | "driving-licence" | "residence-permit";
                            };
                            name: string;
                        };
                        stampedRequest: {
                            reference: string;
                        };
                    };
                    /** @constant */
                    kind: "permanent";
                    note?: string;
                } | {
                    amount: {
                        amount: number;
                        currency: string;
                    };
                    documents?: {
                        authorisedPerson: {
                            idDocument: {
                                /** Format: date */
                                expiresOn?: string;
                                issuingCountry?: string;
                                number: string;
                                reference: string;
                                /** @enum {string} */
                                type: "id-card" | "passport" | "driving-licence" | "residence-permit";
                            };
                            name: string;
                        };
                        stampedRequest: {
                            reference: string;
                        };
                    };
                    /** @constant */
                    kind: "temporary";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Pending until the operator decides */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            amount: number;
                            currency: string;
                        };
                        decidedAt?: string;
                        /** @description the admin and the operator only */
                        documents?: {
                            authorisedPerson: {
                                /** @description references to stored copies, never the images */
                                idDocument: {
                                    number: string;
                                    reference: string;
                                    type: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                name: string;
                            };
                            stampedRequest: {
                                reference: string;
                            };
                        };
                        groupId: string;
                        /** @enum {string} */
                        kind: "permanent" | "temporary";
                        msisdn: string;
                        note?: string;
                        /** @description approved: the billing period it applies to (from, if permanent) */
                        period?: string;
                        reason?: string;
                        requestedAt: string;
                        /** @description the day of the request, tenant calendar */
                        requestedOn: string;
                        requestId: string;
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected";
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    offerHolderChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    toGroupId: string;
                };
            };
        };
        responses: {
            /** @description The offer */
            201: {
                headers: {
                    /** @description The path of the group's outgoing offers */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        closedAt?: string;
                        closedBy?: string;
                        createdAt: string;
                        createdBy: string;
                        expiresAt: string;
                        fromGroupId: string;
                        msisdn: string;
                        offerId: string;
                        /** @enum {string} */
                        status: "pending" | "accepted" | "declined" | "withdrawn" | "expired";
                        toGroupId: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNumberLedger: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ledger entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description signed: negative debits the balance */
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            at: string;
                            causedBy: {
                                msisdn?: string;
                                role: string;
                            };
                            counterparty?: string;
                            entryId: string;
                            /** @enum {string} */
                            kind: "transfer-out" | "transfer-in" | "top-up" | "voucher" | "payment" | "overpayment" | "usage";
                            msisdn: string;
                            note?: string;
                            period: string;
                            reference: {
                                id: string;
                                /** @enum {string} */
                                type: "transfer" | "top-up" | "payment" | "usage";
                            };
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the identity check customer care made (document and its reference), kept in the audit trail */
                    reference: string;
                };
            };
        };
        responses: {
            /** @description Reset: the new initial password is on its way */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        msisdn: string;
                        reference: string;
                        resetAt: string;
                        /** @description where the new initial password went: the number by SMS, or a fixed line’s destination (masked) */
                        sentTo: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPinDestination: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description an e-mail address, or a mobile number (SMS)
                     * @enum {string}
                     */
                    kind: "email" | "mobile";
                    /** @description What customer care checked the request against, e.g. the identity document and the ticket */
                    reference: string;
                    /** @description The e-mail address (stored lower-cased), or the mobile number (E.164, or national form of the operator’s country) of a country the platform serves */
                    to: string;
                };
            };
        };
        responses: {
            /** @description Registered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the initial password went to this destination (the first sign-in is still pending) */
                        initialPasswordSent: boolean;
                        /** @enum {string} */
                        kind: "email" | "mobile";
                        /** @description the fixed-line number */
                        msisdn: string;
                        reference: string;
                        registeredAt: string;
                        /** @description the e-mail address (lower-cased) or the mobile number (E.164) */
                        to: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removePinDestination: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    plan: string;
                };
            };
        };
        responses: {
            /** @description The member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        addedAt: string;
                        addOns: (string | {
                            activatedAt: string;
                            code: string;
                        })[];
                        /** @description the group's business club, while the number is in it (calls between its numbers are free) */
                        club?: {
                            clubId: string;
                            joinedAt: string;
                        };
                        commitment?: {
                            endsOn: string;
                            monthlyBenefit?: {
                                amount: number;
                                currency: string;
                            };
                            months: number;
                            plan: string;
                            startsOn: string;
                        };
                        /** @description admin and the member itself only */
                        label?: string;
                        /**
                         * @description by the numbering plan; a fixed line gets its sign-in PIN where customer care registered
                         * @enum {string}
                         */
                        line?: "mobile" | "fixed-line";
                        msisdn: string;
                        origin: string | {
                            donorOperator?: string;
                            kind: string;
                            portedAt?: string;
                        };
                        plan: string;
                        /** @enum {string} */
                        role: "admin" | "member";
                        /** @description admin and the member itself only */
                        settings?: {
                            data: boolean;
                            international: boolean;
                            premiumRate: boolean;
                            roaming: boolean;
                            sms: boolean;
                            spendingCap: {
                                amount: number;
                                currency: string;
                            } | null;
                            voice: boolean;
                        };
                        /** @description an extra SIM: the member whose plan units it shares (while that member keeps its extra-SIM add-on) */
                        sharesUnitsOf?: string;
                        status: string;
                        updatedAt?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    quotePlanChange: {
        parameters: {
            query: {
                /** @example GO150 */
                plan: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowed: boolean;
                        commitmentActive: boolean;
                        commitmentAfter?: {
                            endsOn: string;
                            monthlyBenefit?: {
                                amount: number;
                                currency: string;
                            };
                            months: number;
                            plan: string;
                            startsOn: string;
                        };
                        /** @enum {string} */
                        direction: "upgrade" | "downgrade" | "lateral" | "none";
                        from: {
                            code: string;
                            monthlyFee: {
                                amount: number;
                                currency: string;
                            };
                            name: {
                                [key: string]: string;
                            };
                        };
                        monthlyDifference: {
                            amount: number;
                            currency: string;
                        };
                        msisdn: string;
                        oneTimeCharges: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            chargeId: string;
                            code: string;
                            createdAt: string;
                            detail?: {
                                formula: string;
                                monthlyBenefit?: {
                                    amount: number;
                                    currency: string;
                                };
                                remainingMonths?: number;
                            };
                            explanation: {
                                [key: string]: string;
                            };
                            groupId: string;
                            kind: string;
                            msisdn: string;
                            name: {
                                [key: string]: string;
                            };
                            period: string;
                            reason: string;
                        }[];
                        refusal?: {
                            addOns?: string[];
                            commitmentEndsOn?: string;
                            message: string;
                        };
                        to: {
                            code: string;
                            monthlyFee: {
                                amount: number;
                                currency: string;
                            };
                            name: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportSimChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        msisdn: string;
                        /** @description no PIN by SMS for the tenant’s hold days from then */
                        simChangedAt: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTopUp: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
                /** @description A unique key per operation; a retry with the same key replays the first response. */
                "Idempotency-Key": string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: {
                        amount: number;
                        currency: string;
                    };
                    /** @constant */
                    method: "bank-transfer";
                } | {
                    amount: {
                        amount: number;
                        currency: string;
                    };
                    /** @constant */
                    method: "paypal";
                    orderId: string;
                } | {
                    code: string;
                    /** @constant */
                    method: "voucher";
                };
            };
        };
        responses: {
            /** @description Completed (PayPal, voucher) or pending (bank transfer) */
            201: {
                headers: {
                    /** @description The path of the top-up */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            amount: number;
                            currency: string;
                        };
                        completedAt?: string;
                        createdAt: string;
                        credited?: {
                            amount: number;
                            currency: string;
                        };
                        declineReason?: string;
                        groupId: string;
                        /** @enum {string} */
                        method: "bank-transfer" | "paypal" | "voucher";
                        msisdn: string;
                        paymentId?: string;
                        /** @description bank transfer: quote it on the payment */
                        paymentReference?: string;
                        /** @enum {string} */
                        status: "pending" | "completed" | "declined";
                        topUpId: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts; `Retry-After` says when to try again */
            429: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTopUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
                topUpId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The top-up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            amount: number;
                            currency: string;
                        };
                        completedAt?: string;
                        createdAt: string;
                        credited?: {
                            amount: number;
                            currency: string;
                        };
                        declineReason?: string;
                        groupId: string;
                        /** @enum {string} */
                        method: "bank-transfer" | "paypal" | "voucher";
                        msisdn: string;
                        paymentId?: string;
                        /** @description bank transfer: quote it on the payment */
                        paymentReference?: string;
                        /** @enum {string} */
                        status: "pending" | "completed" | "declined";
                        topUpId: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMemberUsage: {
        parameters: {
            query?: {
                period?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The usage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowances: {
                            addOn?: string;
                            /** @description null = unlimited */
                            included: number | null;
                            key: string;
                            remaining: number | null;
                            /** @enum {string} */
                            source: "plan" | "pack";
                            /** @enum {string} */
                            unit: "seconds" | "messages" | "bytes";
                            used: number;
                        }[];
                        barred: {
                            /** @enum {string} */
                            reason: "credit-limit" | "spending-cap";
                            since: string;
                        } | null;
                        charges: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            /** @enum {string} */
                            category: "included" | "over-allowance" | "international" | "roaming" | "premium" | "donation" | "pack" | "club";
                        }[];
                        creditLimit: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            bars: boolean;
                            percentUsed: number;
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            used: {
                                amount: number;
                                currency: string;
                            };
                        } | null;
                        lines: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            /** @enum {string} */
                            category: "included" | "over-allowance" | "international" | "roaming" | "premium" | "donation" | "pack" | "club";
                            lineCode: string;
                            quantity: number;
                            records: number;
                        }[];
                        msisdn: string;
                        paidFromBalance: {
                            amount: number;
                            currency: string;
                        };
                        /** @enum {string} */
                        payment: "postpaid" | "prepaid";
                        period: string;
                        plan: string;
                        records: number;
                        /** @description an extra SIM: the member whose allowances it shares (shown here) */
                        sharesUnitsOf?: string;
                        /** @description usage charges of the period, beyond the monthly fees */
                        spend: {
                            amount: number;
                            currency: string;
                        };
                        spendingCap: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            percentUsed: number;
                            remaining: {
                                amount: number;
                                currency: string;
                            };
                            used: {
                                amount: number;
                                currency: string;
                            };
                        } | null;
                        warnedAt?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsageRecords: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
                period?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
                msisdn: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            category: "included" | "over-allowance" | "international" | "roaming" | "premium" | "donation" | "pack" | "club";
                            charge: {
                                amount: number;
                                currency: string;
                            };
                            counterpart?: string;
                            lineCode: string;
                            paidFromBalance?: {
                                amount: number;
                                currency: string;
                            };
                            quantity: number;
                            recordId: string;
                            startedAt: string;
                            /** @enum {string} */
                            type: "voice" | "sms" | "data" | "premium-call" | "premium-sms" | "donation";
                            visitedCountry?: string;
                        }[];
                        nextCursor?: string;
                        period: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPaymentSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description masked for the operator */
                        iban?: string;
                        mandate?: {
                            reference: string;
                            signedOn: string;
                        };
                        /** @enum {string} */
                        method: "direct-debit" | "manual";
                        updatedAt?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPaymentSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mandate: {
                        reference: string;
                        /** Format: date */
                        signedOn: string;
                    };
                    /** @constant */
                    method: "direct-debit";
                } | {
                    /** @constant */
                    method: "manual";
                };
            };
        };
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description masked for the operator */
                        iban?: string;
                        mandate?: {
                            reference: string;
                            signedOn: string;
                        };
                        /** @enum {string} */
                        method: "direct-debit" | "manual";
                        updatedAt?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatement: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
                period?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the statement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description signed: negative debits the balance */
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            at: string;
                            causedBy: {
                                msisdn?: string;
                                role: string;
                            };
                            counterparty?: string;
                            entryId: string;
                            /** @enum {string} */
                            kind: "transfer-out" | "transfer-in" | "top-up" | "voucher" | "payment" | "overpayment" | "usage";
                            msisdn: string;
                            note?: string;
                            period: string;
                            reference: {
                                id: string;
                                /** @enum {string} */
                                type: "transfer" | "top-up" | "payment" | "usage";
                            };
                        }[];
                        nextCursor?: string;
                        period: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTransfer: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
                /** @description A unique key per operation; a retry with the same key replays the first response. */
                "Idempotency-Key": string;
            };
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: {
                        amount: number;
                        currency: string;
                    };
                    from: string;
                    note?: string;
                    to: string;
                };
            };
        };
        responses: {
            /** @description Transferred */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            amount: number;
                            currency: string;
                        };
                        at: string;
                        /** @enum {string} */
                        direction: "admin-to-member" | "member-to-admin";
                        from: string;
                        groupId: string;
                        note?: string;
                        to: string;
                        transferId: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveInboundEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description at most 5, together at most 6291456 bytes decoded; a ticket keeps none of them (the text only), a proof of payment takes its document from them */
                    attachments?: {
                        /** @description the content, base64 (RFC 4648, padded, without line breaks) */
                        contentBase64: string;
                        /** @description the MIME type the mail declares, e.g. `application/pdf` */
                        contentType: string;
                        /** @description as the mail names it (may be empty) */
                        fileName: string;
                    }[];
                    from: string;
                    messageId: string;
                    subject: string;
                    text: string;
                    to: string;
                };
            };
        };
        responses: {
            /** @description What became of the message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description a resend of a message already received: nothing new was written */
                        duplicate: boolean;
                        /**
                         * @description a ticket (support address), a proof of payment in the staff queue (business address), or rejected
                         * @enum {string}
                         */
                        outcome: "ticket" | "rejected" | "payment-proof";
                        /** @description the proof of payment, in the staff's queue (`GET /v1/payment-proofs`) */
                        proofId?: string;
                        rejectionId?: string;
                        ticketId?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMachineClients: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of machine clients */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            clientId: string;
                            createdAt: string;
                            createdBy: string;
                            name: string;
                            revokedAt?: string;
                            revokedBy?: string;
                            /** @enum {string} */
                            role: "mediation" | "psp" | "mail-gateway";
                            /** @enum {string} */
                            status: "active" | "revoked";
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMachineClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    role: "mediation" | "psp" | "mail-gateway";
                };
            };
        };
        responses: {
            /** @description The client, its secret (this once) and where it gets its tokens */
            201: {
                headers: {
                    /** @description The path of the machine client */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        client: {
                            clientId: string;
                            createdAt: string;
                            createdBy: string;
                            name: string;
                            revokedAt?: string;
                            revokedBy?: string;
                            /** @enum {string} */
                            role: "mediation" | "psp" | "mail-gateway";
                            /** @enum {string} */
                            status: "active" | "revoked";
                        };
                        clientSecret: string;
                        scope: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeMachineClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPaymentProofQueue: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
                status?: "pending" | "approved" | "rejected";
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of proofs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            bankReference: string;
                            /** @enum {string} */
                            channel: "portal" | "email";
                            createdAt: string;
                            decidedAt?: string;
                            /** @description the operator only: who decided */
                            decidedBy?: string;
                            /** @description false for a proof by e-mail, which declares nothing: the amount is what the invoice had due when the mail arrived, `paidOn` the day it arrived, `bankReference` the mail's subject; staff check them against the document */
                            declared: boolean;
                            document: {
                                /** @enum {string} */
                                contentType: "application/pdf" | "image/jpeg" | "image/png";
                                fileName: string;
                                /** @description in bytes */
                                size: number;
                            };
                            groupId: string;
                            invoiceId: string;
                            /** @description YYYY-MM-DD, as the bank shows it */
                            paidOn: string;
                            proofId: string;
                            /** @description the staff's reason (always given for a rejection) */
                            reason?: string;
                            /**
                             * @description awaiting-document → (submitted) pending → approved / rejected
                             * @enum {string}
                             */
                            status: "awaiting-document" | "pending" | "approved" | "rejected";
                            submittedAt?: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUnmatchedPayments: {
        parameters: {
            query: {
                cursor?: string;
                limit?: string;
                status: "unmatched";
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amount: {
                                amount: number;
                                currency: string;
                            };
                            applied?: {
                                amount: number;
                                currency: string;
                            };
                            assignedAt?: string;
                            method: string;
                            overpayment?: {
                                amount: number;
                                currency: string;
                            };
                            payer?: {
                                iban?: string;
                                name?: string;
                            };
                            paymentId: string;
                            /** @description what else the payment paid for the target number, e.g. a credit-limit deposit */
                            purpose?: {
                                id: string;
                                type: string;
                            };
                            receivedAt: string;
                            recordedAt: string;
                            reference?: string;
                            /** @enum {string} */
                            status: "matched" | "unmatched" | "assigned";
                            target?: {
                                groupId: string;
                                msisdn: string;
                                topUpId: string;
                                /** @constant */
                                type: "top-up";
                            } | {
                                groupId: string;
                                msisdn: string;
                                /** @constant */
                                type: "number";
                            } | {
                                groupId: string;
                                invoiceId: string;
                                /** @constant */
                                type: "invoice";
                            };
                            unmatchedReason?: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
                /** @description A unique key per operation; a retry with the same key replays the first response. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: {
                        amount: number;
                        currency: string;
                    };
                    /**
                     * @default bank-transfer
                     * @enum {string}
                     */
                    method?: "bank-transfer" | "direct-debit" | "card" | "paypal" | "cash";
                    payer?: {
                        iban?: string;
                        name?: string;
                    };
                    paymentId: string;
                    /** Format: date-time */
                    receivedAt?: string;
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description Already recorded (a repeated delivery) */
            200: {
                headers: {
                    /** @description The path of the payment */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            amount: number;
                            currency: string;
                        };
                        applied?: {
                            amount: number;
                            currency: string;
                        };
                        assignedAt?: string;
                        method: string;
                        overpayment?: {
                            amount: number;
                            currency: string;
                        };
                        payer?: {
                            iban?: string;
                            name?: string;
                        };
                        paymentId: string;
                        /** @description what else the payment paid for the target number, e.g. a credit-limit deposit */
                        purpose?: {
                            id: string;
                            type: string;
                        };
                        receivedAt: string;
                        recordedAt: string;
                        reference?: string;
                        /** @enum {string} */
                        status: "matched" | "unmatched" | "assigned";
                        target?: {
                            groupId: string;
                            msisdn: string;
                            topUpId: string;
                            /** @constant */
                            type: "top-up";
                        } | {
                            groupId: string;
                            msisdn: string;
                            /** @constant */
                            type: "number";
                        } | {
                            groupId: string;
                            invoiceId: string;
                            /** @constant */
                            type: "invoice";
                        };
                        unmatchedReason?: string;
                    };
                };
            };
            /** @description Recorded */
            201: {
                headers: {
                    /** @description The path of the payment */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            amount: number;
                            currency: string;
                        };
                        applied?: {
                            amount: number;
                            currency: string;
                        };
                        assignedAt?: string;
                        method: string;
                        overpayment?: {
                            amount: number;
                            currency: string;
                        };
                        payer?: {
                            iban?: string;
                            name?: string;
                        };
                        paymentId: string;
                        /** @description what else the payment paid for the target number, e.g. a credit-limit deposit */
                        purpose?: {
                            id: string;
                            type: string;
                        };
                        receivedAt: string;
                        recordedAt: string;
                        reference?: string;
                        /** @enum {string} */
                        status: "matched" | "unmatched" | "assigned";
                        target?: {
                            groupId: string;
                            msisdn: string;
                            topUpId: string;
                            /** @constant */
                            type: "top-up";
                        } | {
                            groupId: string;
                            msisdn: string;
                            /** @constant */
                            type: "number";
                        } | {
                            groupId: string;
                            invoiceId: string;
                            /** @constant */
                            type: "invoice";
                        };
                        unmatchedReason?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            amount: number;
                            currency: string;
                        };
                        applied?: {
                            amount: number;
                            currency: string;
                        };
                        assignedAt?: string;
                        method: string;
                        overpayment?: {
                            amount: number;
                            currency: string;
                        };
                        payer?: {
                            iban?: string;
                            name?: string;
                        };
                        paymentId: string;
                        /** @description what else the payment paid for the target number, e.g. a credit-limit deposit */
                        purpose?: {
                            id: string;
                            type: string;
                        };
                        receivedAt: string;
                        recordedAt: string;
                        reference?: string;
                        /** @enum {string} */
                        status: "matched" | "unmatched" | "assigned";
                        target?: {
                            groupId: string;
                            msisdn: string;
                            topUpId: string;
                            /** @constant */
                            type: "top-up";
                        } | {
                            groupId: string;
                            msisdn: string;
                            /** @constant */
                            type: "number";
                        } | {
                            groupId: string;
                            invoiceId: string;
                            /** @constant */
                            type: "invoice";
                        };
                        unmatchedReason?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
                /** @description A unique key per operation; a retry with the same key replays the first response. */
                "Idempotency-Key": string;
            };
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    groupId: string;
                    msisdn: string;
                };
            };
        };
        responses: {
            /** @description Assigned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: {
                            amount: number;
                            currency: string;
                        };
                        applied?: {
                            amount: number;
                            currency: string;
                        };
                        assignedAt?: string;
                        method: string;
                        overpayment?: {
                            amount: number;
                            currency: string;
                        };
                        payer?: {
                            iban?: string;
                            name?: string;
                        };
                        paymentId: string;
                        /** @description what else the payment paid for the target number, e.g. a credit-limit deposit */
                        purpose?: {
                            id: string;
                            type: string;
                        };
                        receivedAt: string;
                        recordedAt: string;
                        reference?: string;
                        /** @enum {string} */
                        status: "matched" | "unmatched" | "assigned";
                        target?: {
                            groupId: string;
                            msisdn: string;
                            topUpId: string;
                            /** @constant */
                            type: "top-up";
                        } | {
                            groupId: string;
                            msisdn: string;
                            /** @constant */
                            type: "number";
                        } | {
                            groupId: string;
                            invoiceId: string;
                            /** @constant */
                            type: "invoice";
                        };
                        unmatchedReason?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publicQuote: {
        parameters: {
            query: {
                /** @example GO5 */
                from: string;
                /** @example alpina */
                tenant?: string;
                /** @example GO150 */
                to: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the new plan is sold now */
                        available: boolean;
                        commitment: {
                            /** @description a downgrade is refused while a commitment is active */
                            downgradeWaitsForCommitment: boolean;
                            /** @description the commitment the new plan brings, from today */
                            newCommitment?: {
                                /** @description the monthly benefit clawed back for each month left when leaving early */
                                clawbackPerRemainingMonth?: {
                                    amount: number;
                                    currency: string;
                                };
                                endsOn: string;
                                months: number;
                            };
                            terminationFee?: {
                                amount: number;
                                currency: string;
                            };
                        };
                        currency: string;
                        /** @enum {string} */
                        direction: "upgrade" | "downgrade" | "lateral" | "none";
                        from: {
                            code: string;
                            commitmentMonths: number;
                            monthlyFee: {
                                gross: {
                                    amount: number;
                                    currency: string;
                                };
                                net: {
                                    amount: number;
                                    currency: string;
                                };
                                vat: {
                                    amount: number;
                                    currency: string;
                                };
                            };
                            name: {
                                [key: string]: string;
                            };
                        };
                        /** @description new minus old, every month */
                        monthlyDifference: {
                            gross: {
                                amount: number;
                                currency: string;
                            };
                            net: {
                                amount: number;
                                currency: string;
                            };
                            vat: {
                                amount: number;
                                currency: string;
                            };
                        };
                        /** @description none: changing plans is free */
                        oneTimeCharges: unknown[];
                        quotedAt: string;
                        /** @description the difference for the rest of the billing period when the change is made today, prorated by day */
                        restOfPeriod: {
                            days: number;
                            from: string;
                            gross: {
                                amount: number;
                                currency: string;
                            };
                            net: {
                                amount: number;
                                currency: string;
                            };
                            ofDays: number;
                            to: string;
                            vat: {
                                amount: number;
                                currency: string;
                            };
                        };
                        tenant: string;
                        to: {
                            code: string;
                            commitmentMonths: number;
                            monthlyFee: {
                                gross: {
                                    amount: number;
                                    currency: string;
                                };
                                net: {
                                    amount: number;
                                    currency: string;
                                };
                                vat: {
                                    amount: number;
                                    currency: string;
                                };
                            };
                            name: {
                                [key: string]: string;
                            };
                        };
                        /** @description percent */
                        vatRate: number;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRejectedMail: {
        parameters: {
            query?: {
                cursor?: string;
                date?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rejected mail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            from: string;
                            messageId: string;
                            /**
                             * @description the sender is authorised on no customer record; mail to the business address: its group has nothing due, it carries no PDF, JPEG or PNG of that content, or the invoice has as many proofs waiting as it may
                             * @enum {string}
                             */
                            reason: "sender-not-authorised" | "nothing-due" | "no-proof-document" | "too-many-open-proofs";
                            receivedAt: string;
                            rejectionId: string;
                            subject: string;
                            to: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStaff: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of staff members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            createdBy: string;
                            disabledAt?: string;
                            disabledBy?: string;
                            email: string;
                            language: string;
                            name: string;
                            staffId: string;
                            /** @enum {string} */
                            status: "active" | "disabled";
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addStaffMember: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
                /** @description A unique key per operation; a retry with the same key replays the first response. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description where the initial password and the sign-in codes go; they sign in with it
                     */
                    email: string;
                    /** @description of the sign-in e-mails: one of the tenant's locales (default: the first) */
                    language?: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Added: the initial password is on its way */
            201: {
                headers: {
                    /** @description The path of the staff member */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        createdBy: string;
                        disabledAt?: string;
                        disabledBy?: string;
                        email: string;
                        language: string;
                        name: string;
                        staffId: string;
                        /** @enum {string} */
                        status: "active" | "disabled";
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses the request */
            422: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableStaffMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disabled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        createdBy: string;
                        disabledAt?: string;
                        disabledBy?: string;
                        email: string;
                        language: string;
                        name: string;
                        staffId: string;
                        /** @enum {string} */
                        status: "active" | "disabled";
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetStaffPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset: the new initial password is on its way */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resetAt: string;
                        /** @description the address the new initial password went to (masked) */
                        sentTo: string;
                        staffId: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOpenTickets: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tickets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            category?: "commercial" | "technical" | "billing";
                            /** @enum {string} */
                            channel: "client-area" | "email";
                            createdAt: string;
                            /** @description the sender (e-mail) */
                            email?: string;
                            /** @description absent for mail from a sender of no group (policy `any`) */
                            groupId?: string;
                            messages: {
                                at: string;
                                body: string;
                                /** @enum {string} */
                                from: "customer" | "operator";
                            }[];
                            /** @description the opener's number (client area) */
                            msisdn?: string;
                            product?: string;
                            /** @enum {string} */
                            status: "open" | "answered" | "closed";
                            subject: string;
                            ticketId: string;
                            updatedAt: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTenants: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tenants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            country: "SI" | "XK" | "PT" | "HR" | "AL";
                            createdAt: string;
                            currency: string;
                            invoiceSeriesPrefix: string;
                            locales: string[];
                            name: string;
                            seller?: {
                                address: {
                                    city: string;
                                    country: string;
                                    postalCode: string;
                                    street: string;
                                };
                                bic?: string;
                                creditorId?: string;
                                /** Format: email */
                                email: string;
                                iban: unknown;
                                legalName: string;
                                registrationNumber?: string;
                                vatId: string;
                            };
                            /** @enum {string} */
                            status: "active" | "suspended";
                            tenantId: string;
                            timeZone: string;
                            vatRateBasisPoints: number;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    country: "SI" | "XK" | "PT" | "HR" | "AL";
                    currency: string;
                    invoiceSeriesPrefix: string;
                    locales: string[];
                    name: string;
                    policies?: {
                        /** @default false */
                        barOnCreditLimit?: boolean;
                        /**
                         * @default {
                         *       "enabled": false,
                         *       "minMembers": 3
                         *     }
                         */
                        businessClubs?: {
                            /** @default false */
                            enabled?: boolean;
                            /** @default 3 */
                            minMembers?: number;
                        };
                        /** @default true */
                        downgradeNeedsNoCommitment?: boolean;
                        /**
                         * @default {
                         *       "reminderAfterDays": 3,
                         *       "suspendAfterDays": 14,
                         *       "paymentDueDays": 15,
                         *       "collectionsAfterDays": 60,
                         *       "suspend": "group",
                         *       "provisionalOnProof": false,
                         *       "provisionalDays": 3,
                         *       "dayLengthSeconds": 86400
                         *     }
                         */
                        dunning?: {
                            /** @default 60 */
                            collectionsAfterDays?: number;
                            /** @default 86400 */
                            dayLengthSeconds?: number;
                            /** @default 15 */
                            paymentDueDays?: number;
                            /** @default 3 */
                            provisionalDays?: number;
                            /** @default false */
                            provisionalOnProof?: boolean;
                            /** @default 3 */
                            reminderAfterDays?: number;
                            /**
                             * @default group
                             * @enum {string}
                             */
                            suspend?: "group" | "debtor";
                            /** @default 14 */
                            suspendAfterDays?: number;
                        };
                        /** @default false */
                        fixedLineNumbers?: boolean;
                        /** @default true */
                        noPriceIncreaseForExisting?: boolean;
                        /** @default false */
                        smsPinAtLogin?: boolean;
                        /** @default 7 */
                        smsPinHoldDays?: number;
                        /** @default 80 */
                        spendingWarningPercent?: number;
                        /**
                         * @default authorised-only
                         * @enum {string}
                         */
                        ticketEmail?: "authorised-only" | "any";
                        /**
                         * @default {
                         *       "maxPerTransfer": 10000,
                         *       "maxPerDay": 50000
                         *     }
                         */
                        transfers?: {
                            /** @default 50000 */
                            maxPerDay?: number;
                            /** @default 10000 */
                            maxPerTransfer?: number;
                        };
                    };
                    seller?: {
                        address: {
                            city: string;
                            country: string;
                            postalCode: string;
                            street: string;
                        };
                        bic?: string;
                        creditorId?: string;
                        /** Format: email */
                        email: string;
                        iban: string;
                        legalName: string;
                        registrationNumber?: string;
                        vatId: string;
                    };
                    tenantId: string;
                    timeZone: string;
                    vatRateBasisPoints: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The path of the tenant */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        country: "SI" | "XK" | "PT" | "HR" | "AL";
                        createdAt: string;
                        currency: string;
                        invoiceSeriesPrefix: string;
                        locales: string[];
                        name: string;
                        seller?: {
                            address: {
                                city: string;
                                country: string;
                                postalCode: string;
                                street: string;
                            };
                            bic?: string;
                            creditorId?: string;
                            /** Format: email */
                            email: string;
                            iban: unknown;
                            legalName: string;
                            registrationNumber?: string;
                            vatId: string;
                        };
                        /** @enum {string} */
                        status: "active" | "suspended";
                        tenantId: string;
                        timeZone: string;
                        vatRateBasisPoints: number;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addTenantStaffMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description where the initial password and the sign-in codes go; they sign in with it
                     */
                    email: string;
                    /** @description of the sign-in e-mails: one of the tenant's locales (default: the first) */
                    language?: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Added: the initial password is on its way */
            201: {
                headers: {
                    /** @description The path of the staff member */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        createdBy: string;
                        disabledAt?: string;
                        disabledBy?: string;
                        email: string;
                        language: string;
                        name: string;
                        staffId: string;
                        /** @enum {string} */
                        status: "active" | "disabled";
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTickets: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tickets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            category?: "commercial" | "technical" | "billing";
                            /** @enum {string} */
                            channel: "client-area" | "email";
                            createdAt: string;
                            /** @description the sender (e-mail) */
                            email?: string;
                            /** @description absent for mail from a sender of no group (policy `any`) */
                            groupId?: string;
                            messages: {
                                at: string;
                                body: string;
                                /** @enum {string} */
                                from: "customer" | "operator";
                            }[];
                            /** @description the opener's number (client area) */
                            msisdn?: string;
                            product?: string;
                            /** @enum {string} */
                            status: "open" | "answered" | "closed";
                            subject: string;
                            ticketId: string;
                            updatedAt: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @enum {string} */
                    category: "commercial" | "technical" | "billing";
                    /** @description one of the group's numbers (E.164) or plan codes */
                    product?: string;
                    subject: string;
                };
            };
        };
        responses: {
            /** @description The ticket, open */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category?: "commercial" | "technical" | "billing";
                        /** @enum {string} */
                        channel: "client-area" | "email";
                        createdAt: string;
                        /** @description the sender (e-mail) */
                        email?: string;
                        /** @description absent for mail from a sender of no group (policy `any`) */
                        groupId?: string;
                        messages: {
                            at: string;
                            body: string;
                            /** @enum {string} */
                            from: "customer" | "operator";
                        }[];
                        /** @description the opener's number (client area) */
                        msisdn?: string;
                        product?: string;
                        /** @enum {string} */
                        status: "open" | "answered" | "closed";
                        subject: string;
                        ticketId: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category?: "commercial" | "technical" | "billing";
                        /** @enum {string} */
                        channel: "client-area" | "email";
                        createdAt: string;
                        /** @description the sender (e-mail) */
                        email?: string;
                        /** @description absent for mail from a sender of no group (policy `any`) */
                        groupId?: string;
                        messages: {
                            at: string;
                            body: string;
                            /** @enum {string} */
                            from: "customer" | "operator";
                        }[];
                        /** @description the opener's number (client area) */
                        msisdn?: string;
                        product?: string;
                        /** @enum {string} */
                        status: "open" | "answered" | "closed";
                        subject: string;
                        ticketId: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replyToTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description The ticket with the reply */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category?: "commercial" | "technical" | "billing";
                        /** @enum {string} */
                        channel: "client-area" | "email";
                        createdAt: string;
                        /** @description the sender (e-mail) */
                        email?: string;
                        /** @description absent for mail from a sender of no group (policy `any`) */
                        groupId?: string;
                        messages: {
                            at: string;
                            body: string;
                            /** @enum {string} */
                            from: "customer" | "operator";
                        }[];
                        /** @description the opener's number (client area) */
                        msisdn?: string;
                        product?: string;
                        /** @enum {string} */
                        status: "open" | "answered" | "closed";
                        subject: string;
                        ticketId: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeTicketStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "open" | "closed";
                };
            };
        };
        responses: {
            /** @description The ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category?: "commercial" | "technical" | "billing";
                        /** @enum {string} */
                        channel: "client-area" | "email";
                        createdAt: string;
                        /** @description the sender (e-mail) */
                        email?: string;
                        /** @description absent for mail from a sender of no group (policy `any`) */
                        groupId?: string;
                        messages: {
                            at: string;
                            body: string;
                            /** @enum {string} */
                            from: "customer" | "operator";
                        }[];
                        /** @description the opener's number (client area) */
                        msisdn?: string;
                        product?: string;
                        /** @enum {string} */
                        status: "open" | "answered" | "closed";
                        subject: string;
                        ticketId: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state; type `request-in-progress` (with `Retry-After`) when a request with the same Idempotency-Key is still being processed */
            409: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authorizeUsage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    counterpart?: string;
                    msisdn: string;
                    quantity: number;
                    /** @enum {string} */
                    type: "voice" | "sms" | "data" | "premium-call" | "premium-sms" | "donation";
                    visitedCountry?: string;
                };
            };
        };
        responses: {
            /** @description The decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        charge?: {
                            amount: number;
                            currency: string;
                        };
                        /** @enum {string} */
                        decision: "granted" | "partial" | "refused";
                        granted: number;
                        msisdn: string;
                        /** @enum {string} */
                        reason?: "unknown-number" | "barred" | "suspended" | "service-off" | "premium-barred" | "no-credit" | "limit-reached" | "cap-reached" | "unratable";
                        requested: number;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ingestUsageRecords: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description usage records; each is checked on its own */
                    records: unknown[];
                };
            };
        };
        responses: {
            /** @description The result of every record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accepted: number;
                        duplicates: number;
                        rejected: number;
                        /** @description one per record, in the order sent */
                        results: ({
                            charge: {
                                amount: number;
                                currency: string;
                            };
                            lineCode: string;
                            recordId: string;
                            /** @constant */
                            status: "accepted";
                        } | {
                            recordId: string;
                            /** @constant */
                            status: "duplicate";
                        } | {
                            detail: string;
                            /** @enum {string} */
                            reason: "invalid" | "duplicate-in-batch" | "unknown-number" | "period-closed" | "in-future" | "unratable";
                            recordId: string;
                            /** @constant */
                            status: "rejected";
                        })[];
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRejectedRecords: {
        parameters: {
            query?: {
                cursor?: string;
                date?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rejected records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        items: {
                            detail: string;
                            /** @enum {string} */
                            reason: "invalid" | "duplicate-in-batch" | "unknown-number" | "period-closed" | "in-future" | "unratable";
                            receivedAt: string;
                            /** @description the record as it was sent */
                            record: unknown;
                            recordId: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVoucherBatches: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
            };
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of batches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            batchId: string;
                            count: number;
                            issuedAt: string;
                            label?: string;
                            redeemedCount: number;
                            validUntil: string;
                            value: {
                                amount: number;
                                currency: string;
                            };
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueVoucherBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    count: number;
                    label?: string;
                    /** Format: date */
                    validUntil: string;
                    value: {
                        amount: number;
                        currency: string;
                    };
                };
            };
        };
        responses: {
            /** @description The batch and its codes (shown once) */
            201: {
                headers: {
                    /** @description The path of the batch */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        batchId: string;
                        codes: string[];
                        count: number;
                        issuedAt: string;
                        label?: string;
                        redeemedCount: number;
                        validUntil: string;
                        value: {
                            amount: number;
                            currency: string;
                        };
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVoucherBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem texts: sl, sq, pt, hr or en. Anything else, or no header, gives the tenant's default language (English on public routes); a text not yet translated is answered in English, and `Content-Language` says so. */
                "Accept-Language"?: string;
            };
            path: {
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        batchId: string;
                        count: number;
                        issuedAt: string;
                        label?: string;
                        redeemedCount: number;
                        validUntil: string;
                        value: {
                            amount: number;
                            currency: string;
                        };
                    };
                };
            };
            /** @description Invalid input; `errors` names every bad field */
            400: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or tampered token */
            401: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (or not visible to this principal) */
            404: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on our side; the body carries only the correlation id */
            500: {
                headers: {
                    /** @description The language of `title`, `detail` and the field messages (sl, sq, pt, hr or en), as `Accept-Language` asked or the fallback chose */
                    "Content-Language"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
