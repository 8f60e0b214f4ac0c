package org.visitprep.sharing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.visitprep.crypto.PatientDataProtection;
import org.visitprep.crypto.PatientSealer;
import org.visitprep.identity.Role;
import org.visitprep.identity.UserAccount;
import org.visitprep.identity.UserAccounts;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.storage.PatientRecords;
import org.visitprep.visit.AgendaItem;
import org.visitprep.visit.FrozenReviews;
import org.visitprep.visit.HealthDataJson;
import org.visitprep.visit.Outcome;
import org.visitprep.visit.SummaryContent;
import org.visitprep.visit.SummaryVersion;
import org.visitprep.visit.SummaryVersions;
import org.visitprep.visit.VisitPreparation;
import org.visitprep.visit.VisitPreparations;
import org.visitprep.visit.VisitStatus;
import org.visitprep.visit.VisitSummary;

/**
 * Sharing approved summaries: what patients do (share, revoke, read their grants and their access log) and what
 * clinicians do (read their worklist, open a shared summary, mark what was discussed). Every attempt to open or
 * mark a summary, granted or refused, is written to the patient's access log.
 */
@Stateless
public class Sharing {

    /** Until when a summary is shared unless the patient says otherwise: this long after the appointment. */
    public static final Duration DEFAULT_AFTER_APPOINTMENT = Duration.ofDays(7);

    /** The latest a patient may share until: this long after the appointment. */
    public static final Duration LONGEST_AFTER_APPOINTMENT = Duration.ofDays(90);

    @Inject
    private ShareGrants grants;

    @Inject
    private AccessEvents events;

    @Inject
    private CareTeams teams;

    @Inject
    private VisitPreparations visits;

    @Inject
    private SummaryVersions versions;

    @Inject
    private UserAccounts accounts;

    @EJB
    private PatientDataProtection protection;

    @EJB
    private PatientRecords records;

    private HealthDataJson json;
    private FrozenReviews reviews;
    private Clock clock = Clock.systemUTC();

    public Sharing() {}

    /** For use outside the container, in the caller's transaction, with the records reviews are computed from. */
    public Sharing(
            ShareGrants grants,
            AccessEvents events,
            CareTeams teams,
            VisitPreparations visits,
            SummaryVersions versions,
            UserAccounts accounts,
            PatientSealer sealer,
            Function<UUID, PatientRecord> records,
            Clock clock) {
        this.grants = grants;
        this.events = events;
        this.teams = teams;
        this.visits = visits;
        this.versions = versions;
        this.accounts = accounts;
        this.json = new HealthDataJson(sealer);
        this.reviews = new FrozenReviews(versions, json, records);
        this.clock = clock;
    }

    @PostConstruct
    void sealWithPatientKeys() {
        json = new HealthDataJson(PatientSealer.using(protection));
        reviews = new FrozenReviews(versions, json, records::openFor);
    }

    /**
     * Shares the visit's approved summary with the grantee.
     *
     * @param until when sharing ends; null for {@link #DEFAULT_AFTER_APPOINTMENT} after the appointment
     */
    public Outcome<GrantOverview> share(UUID patientId, UUID visitId, Grantee grantee, Instant until) {
        Instant now = clock.instant();
        Optional<VisitPreparation> found = visits.ofPatient(patientId, visitId);
        if (found.isEmpty()) {
            return Outcome.refused(SharingProblem.VISIT_NOT_FOUND);
        }
        VisitPreparation visit = found.get();
        if (visit.status() != VisitStatus.APPROVED && visit.status() != VisitStatus.SHARED) {
            return Outcome.refused(SharingProblem.NOT_APPROVED);
        }
        if (grantee == null || !isKnown(grantee)) {
            return Outcome.refused(SharingProblem.UNKNOWN_GRANTEE);
        }
        Instant appointment = visit.appointment().toInstant();
        Instant ends = until != null ? until : appointment.plus(DEFAULT_AFTER_APPOINTMENT);
        if (!ends.isAfter(now)) {
            return Outcome.refused(SharingProblem.EXPIRY_IN_PAST);
        }
        if (ends.isAfter(appointment.plus(LONGEST_AFTER_APPOINTMENT))) {
            return Outcome.refused(SharingProblem.EXPIRY_TOO_LATE, LONGEST_AFTER_APPOINTMENT.toDays());
        }
        boolean alreadyShared = grants.ofPatient(patientId).stream()
                .anyMatch(grant ->
                        grant.visitId().equals(visitId) && grant.grantee().equals(grantee) && grant.isActive(now));
        if (alreadyShared) {
            return Outcome.refused(SharingProblem.ALREADY_SHARED);
        }
        var approved = versions.approvedOf(visit.id()).orElseThrow();
        ShareGrant grant = ShareGrant.shareWith(visit, approved, grantee, ends, now);
        grants.add(grant);
        visit.shared(now);
        return Outcome.done(overview(grant, now));
    }

    /** Stops sharing at once: the grantee can no longer open the summary. */
    public Outcome<GrantOverview> revoke(UUID patientId, UUID grantId) {
        Instant now = clock.instant();
        return grants.byId(grantId)
                .filter(grant -> grant.patientId().equals(patientId))
                .map(grant -> {
                    grant.revoke(now);
                    return Outcome.done(overview(grant, now));
                })
                .orElseGet(() -> Outcome.refused(SharingProblem.GRANT_NOT_FOUND));
    }

    /** The patient's grants, latest first, with what clinicians noted on each. */
    public List<GrantOverview> grantsOf(UUID patientId) {
        Instant now = clock.instant();
        return grants.ofPatient(patientId).stream()
                .map(grant -> overview(grant, now))
                .toList();
    }

    /**
     * The summaries shared with the clinician or an organization they belong to, still open to them: today's
     * appointments first (in the given zone), then the coming ones soonest first, then the past ones latest first.
     */
    public List<WorklistEntry> worklist(UUID clinicianId, ZoneId zone) {
        Instant now = clock.instant();
        Optional<UserAccount> account = clinician(clinicianId);
        if (account.isEmpty()) {
            return List.of();
        }
        Map<Grantee, String> actingFor = new LinkedHashMap<>();
        actingFor.put(Grantee.clinician(clinicianId), account.get().displayName());
        teams.organizationsOf(clinicianId).forEach(o -> actingFor.put(o.asGrantee(), o.name()));
        Map<UUID, ShareGrant> shared = new LinkedHashMap<>();
        actingFor.keySet().forEach(g -> grants.activeFor(g, now).forEach(grant -> shared.put(grant.id(), grant)));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return shared.values().stream()
                .map(grant -> worklistEntry(grant, today, zone, actingFor.get(grant.grantee())))
                .sorted(worklistOrder(today))
                .toList();
    }

    /** Opens a shared summary for a viewer, or says why not; either way the patient's access log tells. */
    public Opening open(UUID grantId, Viewer viewer) {
        Optional<ShareGrant> found = grants.byId(grantId);
        if (found.isEmpty()) {
            return new Opening.NotYours();
        }
        Instant now = clock.instant();
        Optional<UserAccount> account = accounts.byId(viewer.accountId());
        ShareGrant grant = found.get();
        Openability openability = grant.isOpenableBy(actsFor(viewer, account), now);
        events.add(
                new AccessEvent(grant.patientId(), grant, viewer, nameOf(account), AccessOutcome.of(openability), now));
        return opening(grant, openability, now);
    }

    /**
     * The patient whose record the viewer may read through the grant, for the entries a shared summary cites and
     * their originals: only while the grant is one the viewer may open (theirs, active, not expired). A refusal is
     * written to the patient's access log, as a refused opening is; an unknown grant names no patient to tell.
     */
    public Optional<UUID> readablePatient(UUID grantId, Viewer viewer) {
        Optional<ShareGrant> found = grants.byId(grantId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<UserAccount> account = accounts.byId(viewer.accountId());
        ShareGrant grant = found.get();
        Openability openability = grant.isOpenableBy(actsFor(viewer, account), now);
        if (openability == Openability.OPENABLE) {
            return Optional.of(grant.patientId());
        }
        events.add(
                new AccessEvent(grant.patientId(), grant, viewer, nameOf(account), AccessOutcome.of(openability), now));
        return Optional.empty();
    }

    /**
     * Opens the patient's latest summary shared with whom the viewer acts for, as an EHR launch with the patient in
     * context does; or says why not. Either way the patient's access log tells.
     */
    public Opening openLatest(UUID patientId, Viewer viewer) {
        Instant now = clock.instant();
        Optional<UserAccount> account = accounts.byId(viewer.accountId());
        Set<Grantee> actingFor = actsFor(viewer, account);
        List<ShareGrant> theirs = grants.ofPatient(patientId).stream()
                .filter(grant -> actingFor.contains(grant.grantee()))
                .toList();
        Optional<ShareGrant> chosen = theirs.stream()
                .filter(grant -> grant.isOpenableBy(actingFor, now) == Openability.OPENABLE)
                .findFirst()
                .or(() -> theirs.stream().findFirst());
        if (chosen.isEmpty()) {
            events.add(new AccessEvent(patientId, null, viewer, nameOf(account), AccessOutcome.REFUSED_NOT_YOURS, now));
            return new Opening.NotYours();
        }
        ShareGrant grant = chosen.get();
        Openability openability = grant.isOpenableBy(actingFor, now);
        events.add(new AccessEvent(patientId, grant, viewer, nameOf(account), AccessOutcome.of(openability), now));
        return opening(grant, openability, now);
    }

    /**
     * Marks items of a shared summary as discussed, with a short note the patient reads. Only someone who may open
     * the summary may mark it; a refused attempt is in the patient's access log.
     *
     * @return every note on the grant so far, oldest first
     */
    public Outcome<List<ClinicianNote>> markDiscussed(
            UUID grantId, Viewer viewer, List<DiscussedItem> items, String note) {
        Optional<ShareGrant> found = grants.byId(grantId);
        if (found.isEmpty()) {
            return Outcome.refused(SharingProblem.NOT_YOURS);
        }
        Instant now = clock.instant();
        Optional<UserAccount> account = accounts.byId(viewer.accountId());
        ShareGrant grant = found.get();
        Openability openability = grant.isOpenableBy(actsFor(viewer, account), now);
        if (openability != Openability.OPENABLE) {
            events.add(new AccessEvent(
                    grant.patientId(), grant, viewer, nameOf(account), AccessOutcome.of(openability), now));
            return switch (openability) {
                case REVOKED -> Outcome.refused(SharingProblem.SHARE_REVOKED, isoDate(grant.revokedAt()));
                case EXPIRED -> Outcome.refused(SharingProblem.SHARE_EXPIRED, isoDate(grant.expiresAt()));
                default -> Outcome.refused(SharingProblem.NOT_YOURS);
            };
        }
        List<DiscussedItem> discussed = items == null ? List.of() : List.copyOf(items);
        String words = note == null ? "" : note.strip();
        if (words.length() > ClinicianNote.LONGEST_NOTE) {
            return Outcome.refused(SharingProblem.NOTE_TOO_LONG, words.length(), ClinicianNote.LONGEST_NOTE);
        }
        if (discussed.isEmpty() && words.isEmpty()) {
            return Outcome.refused(SharingProblem.NOTHING_MARKED);
        }
        SummaryContent approved = summaryOf(grant).content();
        for (DiscussedItem item : discussed) {
            if (!item.isIn(approved)) {
                return Outcome.refused(SharingProblem.NO_SUCH_ITEM, item.number());
            }
        }
        ClinicianNotes notes =
                notesOf(grant).with(new ClinicianNote(viewer.accountId(), nameOf(account), now, discussed, words));
        grant.discussed(json.seal(grant.patientId(), notes, ClinicianNotes.PURPOSE), now);
        return Outcome.done(notes.notes());
    }

    /** The patient's access log, latest first. */
    public List<AccessEntry> accessEvents(UUID patientId) {
        return events.ofPatient(patientId).stream().map(AccessEntry::of).toList();
    }

    private Opening opening(ShareGrant grant, Openability openability, Instant now) {
        return switch (openability) {
            case OPENABLE -> {
                grants.markOpened(grant.id(), now);
                SummaryVersion version = versions.byId(grant.summaryVersionId()).orElseThrow();
                VisitSummary summary = json.open(version);
                yield new Opening.Opened(new SharedSummary(
                        grant.id(),
                        grant.patientId(),
                        accounts.byId(grant.patientId())
                                .map(UserAccount::displayName)
                                .orElse(""),
                        grant.grantee(),
                        grant.expiresAt(),
                        summary,
                        reviews == null ? null : reviews.of(version, summary),
                        notesOf(grant).notes()));
            }
            case REVOKED -> new Opening.NoLongerShared(Openability.REVOKED, grant.revokedAt());
            case EXPIRED -> new Opening.NoLongerShared(Openability.EXPIRED, grant.expiresAt());
            case NOT_YOURS -> new Opening.NotYours();
        };
    }

    /** Whom the viewer acts for: nobody unless their account is a clinician's. */
    private Set<Grantee> actsFor(Viewer viewer, Optional<UserAccount> account) {
        if (account.filter(a -> a.role() == Role.CLINICIAN).isEmpty()) {
            return Set.of();
        }
        return viewer.actsFor(teams.organizationsOf(viewer.accountId()).stream()
                .map(CareOrganization::asGrantee)
                .toList());
    }

    private Optional<UserAccount> clinician(UUID accountId) {
        return accounts.byId(accountId).filter(account -> account.role() == Role.CLINICIAN);
    }

    private boolean isKnown(Grantee grantee) {
        return switch (grantee.kind()) {
            case CLINICIAN -> grantee.clinicianId().flatMap(this::clinician).isPresent();
            case PRACTICE, EHR_ORGANIZATION ->
                teams.organization(grantee.id())
                        .filter(o -> o.kind() == grantee.kind())
                        .isPresent();
        };
    }

    private String nameOf(Grantee grantee) {
        return switch (grantee.kind()) {
            case CLINICIAN ->
                grantee.clinicianId()
                        .flatMap(accounts::byId)
                        .map(UserAccount::displayName)
                        .orElse("");
            case PRACTICE, EHR_ORGANIZATION ->
                teams.organization(grantee.id()).map(CareOrganization::name).orElse("");
        };
    }

    private static String nameOf(Optional<UserAccount> account) {
        return account.map(UserAccount::displayName).orElse("");
    }

    private VisitSummary summaryOf(ShareGrant grant) {
        return json.open(versions.byId(grant.summaryVersionId()).orElseThrow());
    }

    private ClinicianNotes notesOf(ShareGrant grant) {
        return grant.sealedNotes() == null
                ? ClinicianNotes.none()
                : json.open(grant.patientId(), grant.sealedNotes(), ClinicianNotes.class, ClinicianNotes.PURPOSE);
    }

    private GrantOverview overview(ShareGrant grant, Instant now) {
        GrantState state = grant.revokedAt() != null
                ? GrantState.REVOKED
                : grant.isActive(now) ? GrantState.ACTIVE : GrantState.EXPIRED;
        return new GrantOverview(
                grant.id(),
                grant.visitId(),
                grant.summaryVersionId(),
                grant.grantee(),
                nameOf(grant.grantee()),
                grant.appointment(),
                grant.sharedAt(),
                grant.expiresAt(),
                grant.revokedAt(),
                state,
                grant.firstOpenedAt(),
                grant.discussedAt(),
                notesOf(grant).notes());
    }

    private WorklistEntry worklistEntry(ShareGrant grant, LocalDate today, ZoneId zone, String sharedWithName) {
        WorklistStatus status = grant.discussedAt() != null
                ? WorklistStatus.DISCUSSED
                : grant.firstOpenedAt() != null ? WorklistStatus.OPENED : WorklistStatus.NEW;
        String topConcern = summaryOf(grant)
                .content()
                .visit()
                .agenda()
                .topConcern()
                .map(AgendaItem::text)
                .orElse("");
        return new WorklistEntry(
                grant.id(),
                grant.patientId(),
                accounts.byId(grant.patientId()).map(UserAccount::displayName).orElse(""),
                grant.appointment().withZoneSameInstant(zone),
                grant.appointment().withZoneSameInstant(zone).toLocalDate().equals(today),
                status,
                topConcern,
                grant.grantee(),
                sharedWithName,
                grant.expiresAt());
    }

    /** Today first, then the coming days soonest first, then the past days latest first. */
    private static Comparator<WorklistEntry> worklistOrder(LocalDate today) {
        ToIntFunction<WorklistEntry> group =
                entry -> entry.today() ? 0 : entry.appointment().toLocalDate().isAfter(today) ? 1 : 2;
        return Comparator.comparingInt(group).thenComparing((a, b) -> {
            int byTime = a.appointment().toInstant().compareTo(b.appointment().toInstant());
            return group.applyAsInt(a) == 2 ? -byTime : byTime;
        });
    }

    private static String isoDate(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
