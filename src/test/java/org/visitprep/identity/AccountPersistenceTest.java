package org.visitprep.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.UUID;
import org.visitprep.database.OnEachDatabase;
import org.visitprep.database.TestDatabase;

class AccountPersistenceTest {

    @OnEachDatabase
    void keepsAnAccountAndFindsItBySubject(TestDatabase database) {
        String subject = "sub-" + UUID.randomUUID();
        Instant signedIn = Instant.parse("2026-11-28T09:15:30Z");
        UUID id = database.fetchInTransaction(entityManager -> new JpaUserAccounts(entityManager)
                .add(new UserAccount(subject, Role.PATIENT, "Alice Example", signedIn))
                .id());

        UserAccount found = database.fetchInTransaction(entityManager ->
                new JpaUserAccounts(entityManager).bySubject(subject).orElseThrow());

        assertEquals(id, found.id());
        assertEquals(Role.PATIENT, found.role());
        assertEquals("Alice Example", found.displayName());
        assertEquals(signedIn, found.createdAt());
    }

    @OnEachDatabase
    void aSecondSignInUpdatesTheSameAccount(TestDatabase database) {
        String subject = "sub-" + UUID.randomUUID();
        database.inTransaction(entityManager -> {
            new JpaUserAccounts(entityManager).add(new UserAccount(subject, Role.PATIENT, "Old Name", Instant.EPOCH));
        });
        Instant later = Instant.parse("2026-11-28T10:00:00Z");
        database.inTransaction(entityManager -> {
            new JpaUserAccounts(entityManager)
                    .bySubject(subject)
                    .orElseThrow()
                    .signedInAgain(Role.CLINICIAN, "New Name", later);
        });

        UserAccount found = database.fetchInTransaction(entityManager ->
                new JpaUserAccounts(entityManager).bySubject(subject).orElseThrow());
        assertEquals(Role.CLINICIAN, found.role());
        assertEquals("New Name", found.displayName());
        assertEquals(later, found.lastSignInAt());
        assertEquals(Instant.EPOCH, found.createdAt());
    }

    @OnEachDatabase
    void theDatabaseRefusesTwoAccountsForOneSubject(TestDatabase database) {
        String subject = "sub-" + UUID.randomUUID();
        database.inTransaction(entityManager -> {
            new JpaUserAccounts(entityManager).add(new UserAccount(subject, Role.PATIENT, "One", Instant.EPOCH));
        });
        var error = assertThrows(
                PersistenceException.class,
                () -> database.inTransaction(entityManager -> {
                    new JpaUserAccounts(entityManager)
                            .add(new UserAccount(subject, Role.PATIENT, "Two", Instant.EPOCH));
                }));
        assertTrue(
                error.getMessage().toLowerCase().contains("unique")
                        || error.getMessage().toLowerCase().contains("duplicate"),
                error.getMessage());
    }
}
