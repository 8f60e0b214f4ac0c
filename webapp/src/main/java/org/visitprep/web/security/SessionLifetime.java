package org.visitprep.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.visitprep.identity.Role;

/**
 * How long a portal session lasts and how often it asks the identity provider again which roles the person holds:
 * a session ends {@code absoluteTimeout} after sign-in however busy it is (idle sessions end sooner, by the server's
 * and the identity provider's idle timeouts), and every {@code rolesInterval} the roles are read again; a session
 * whose roles changed, or whose sign-in the provider no longer honours, ends.
 */
public record SessionLifetime(Duration absoluteTimeout, Duration rolesInterval) {

    /** What to do with a signed-in session at a request. */
    public enum Verdict {
        CONTINUE,
        READ_ROLES_AGAIN,
        END
    }

    public SessionLifetime {
        if (absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
            throw new IllegalArgumentException("The absolute session timeout must be positive");
        }
        if (rolesInterval.isNegative() || rolesInterval.isZero()) {
            throw new IllegalArgumentException("The interval of reading roles again must be positive");
        }
    }

    public Verdict at(SignedInUser user, Instant now) {
        if (!now.isBefore(user.signedInAt().plus(absoluteTimeout))) {
            return Verdict.END;
        }
        if (!now.isBefore(user.rolesReadAt().plus(rolesInterval))) {
            return Verdict.READ_ROLES_AGAIN;
        }
        return Verdict.CONTINUE;
    }

    /**
     * Whether the session may go on with the roles the provider now gives (empty: it would not say, e.g. the person's
     * sign-in there ended or the account was disabled): only when they are exactly the roles of the session.
     */
    /**
     * The moment to record as the roles' last reading so that they are read again {@code retry} from now (sooner
     * than the interval), e.g. while the identity provider cannot be reached.
     */
    public Instant askAgainAfter(Instant now, Duration retry) {
        Duration wait = retry.compareTo(rolesInterval) < 0 ? retry : rolesInterval;
        return now.minus(rolesInterval).plus(wait);
    }

    public static boolean stillHolds(SignedInUser user, Optional<Set<Role>> nowHeld) {
        return nowHeld.map(held -> held.equals(user.roles())).orElse(false);
    }
}
