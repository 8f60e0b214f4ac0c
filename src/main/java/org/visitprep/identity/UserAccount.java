package org.visitprep.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.visitprep.persistence.InstantConverter;

/** A person known to the portal, created the first time they sign in. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_SUBJECT, query = "select a from UserAccount a where a.subject = :subject")
public class UserAccount {

    static final String BY_SUBJECT = "UserAccount.bySubject";

    @Id
    private UUID id;

    /** The identity provider's stable id for the person ({@code sub}). */
    @Column(nullable = false, unique = true, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "last_sign_in_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant lastSignInAt;

    protected UserAccount() {}

    UserAccount(String subject, Role role, String displayName, Instant now) {
        this.id = UUID.randomUUID();
        this.subject = Objects.requireNonNull(subject);
        this.role = Objects.requireNonNull(role);
        this.displayName = Objects.requireNonNull(displayName);
        this.createdAt = now;
        this.lastSignInAt = now;
    }

    /** Takes in what the identity provider says of the person at this sign-in. */
    void signedInAgain(Role currentRole, String currentDisplayName, Instant now) {
        this.role = Objects.requireNonNull(currentRole);
        this.displayName = Objects.requireNonNull(currentDisplayName);
        this.lastSignInAt = now;
    }

    public UUID id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public Role role() {
        return role;
    }

    public String displayName() {
        return displayName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }
}
