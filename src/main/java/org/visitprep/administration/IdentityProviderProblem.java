package org.visitprep.administration;

import jakarta.ejb.ApplicationException;

/**
 * The identity provider refused or could not do what an administrator asked. The {@link #reason()} names the
 * message a person reads; the detail stays in the log, never a secret or a token.
 *
 * <p>It reaches the caller as itself, and what was written before it stays (an invited account whose e-mail did not
 * go is still audited as created).
 */
@ApplicationException(rollback = false)
public class IdentityProviderProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, as a person would need to know it. */
    public enum Reason {
        /** The provider cannot be reached, or does not accept the portal's service account. */
        UNAVAILABLE,
        /** Another account already has this user name or e-mail address. */
        TAKEN,
        /** The provider could not send its e-mail (its SMTP server is missing or refuses). */
        MAIL_NOT_SENT,
        /** No such clinician. */
        NOT_FOUND
    }

    private final Reason reason;

    public IdentityProviderProblem(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
