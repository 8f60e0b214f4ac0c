package org.visitprep.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The portal accounts an administrator disabled: their sessions end at their next request, on every node (the table
 * is shared; each node reads it again at most every few seconds), without waiting for the session's next roles check.
 */
@ApplicationScoped
public class AccountSuspensions {

    private static final Duration FRESH = Duration.ofSeconds(2);

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();
    private volatile Set<UUID> suspended = Set.of();
    private volatile Instant readAt = Instant.MIN;

    /** Whether the portal account with this id belongs to someone disabled by an administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSuspended(UUID accountId) {
        Instant now = clock.instant();
        if (now.isAfter(readAt.plus(FRESH))) {
            @SuppressWarnings("unchecked")
            List<Object> ids = entityManager
                    .createNativeQuery(
                            "select a.id from user_account a join account_suspension s on s.subject = a.subject")
                    .getResultList();
            var read = new HashSet<UUID>();
            for (Object id : ids) {
                read.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
            }
            suspended = Set.copyOf(read);
            readAt = now;
        }
        return suspended.contains(accountId);
    }

    void suspend(String subject) {
        entityManager
                .createNativeQuery("delete from account_suspension where subject = ?1")
                .setParameter(1, subject)
                .executeUpdate();
        entityManager
                .createNativeQuery("insert into account_suspension (subject, suspended_at) values (?1, ?2)")
                .setParameter(1, subject)
                .setParameter(2, clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        readAt = Instant.MIN;
    }

    void lift(String subject) {
        entityManager
                .createNativeQuery("delete from account_suspension where subject = ?1")
                .setParameter(1, subject)
                .executeUpdate();
        readAt = Instant.MIN;
    }
}
