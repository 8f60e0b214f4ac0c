package org.visitprep.administration;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.visitprep.persistence.InstantConverter;

/** One change an administrator made: who, what, when, and the thing before and after (never a secret). */
@Entity
@Table(name = "administrative_change")
@NamedQuery(name = AdministrativeChange.LATEST, query = "select c from AdministrativeChange c order by c.madeAt desc")
public class AdministrativeChange {

    static final String LATEST = "AdministrativeChange.latest";
    private static final int TEXT = 2000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "made_at", nullable = false, updatable = false)
    @Convert(converter = InstantConverter.class)
    private Instant madeAt;

    @Column(name = "actor_account", nullable = false, updatable = false)
    private String actorAccount;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String target;

    @Column(name = "before_text", updatable = false)
    private String before;

    @Column(name = "after_text", updatable = false)
    private String after;

    protected AdministrativeChange() {}

    AdministrativeChange(Administrator actor, String action, String target, String before, String after, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.madeAt = at;
        this.actorAccount = actor.accountId().toString();
        this.actorName = clipped(actor.name(), 200);
        this.action = Objects.requireNonNull(action);
        this.target = clipped(target, 255);
        this.before = before == null ? null : clipped(before, TEXT);
        this.after = after == null ? null : clipped(after, TEXT);
    }

    private static String clipped(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public Instant madeAt() {
        return madeAt;
    }

    public String actorName() {
        return actorName;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
