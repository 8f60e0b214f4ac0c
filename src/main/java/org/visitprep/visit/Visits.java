package org.visitprep.visit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.visitprep.crypto.PatientDataProtection;
import org.visitprep.crypto.PatientSealer;
import org.visitprep.identity.Role;
import org.visitprep.identity.UserAccount;
import org.visitprep.identity.UserAccounts;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.verify.DraftVerifier;
import org.visitprep.summary.verify.OmissionCheck;

/**
 * What a patient does to prepare a visit: save the appointment and agenda, have a summary drafted, review it, and
 * approve it. Every method acts for the given patient only: another patient's visit is not found.
 *
 * <p>Generating a summary takes three steps so that the engine runs outside any transaction and a failure leaves
 * the previous draft as it was: {@link #startGeneration} claims the visit (one generation at a time),
 * {@link #completeGeneration} puts the engine's draft in place, {@link #abandonGeneration} gives up.
 */
@Stateless
public class Visits {

    /** How long ago an appointment may be and still be prepared (a visit just had, written up afterwards). */
    public static final Duration OLDEST_APPOINTMENT = Duration.ofDays(7);

    /** How far ahead an appointment may be. */
    public static final int FURTHEST_APPOINTMENT_MONTHS = 24;

    /** After this long, a generation that never finished (its node stopped) no longer blocks a new one. */
    public static final Duration ABANDONED_GENERATION = Duration.ofMinutes(10);

    @Inject
    private VisitPreparations visits;

    @Inject
    private SummaryVersions versions;

    @Inject
    private UserAccounts accounts;

    @EJB
    private PatientDataProtection protection;

    @Inject
    private DraftVerifier verifier;

    private HealthDataJson json;
    private Clock clock = Clock.systemUTC();

    public Visits() {}

    /** For use outside the container, in the caller's transaction. */
    public Visits(
            VisitPreparations visits,
            SummaryVersions versions,
            UserAccounts accounts,
            PatientSealer sealer,
            DraftVerifier verifier,
            Clock clock) {
        this.visits = visits;
        this.versions = versions;
        this.accounts = accounts;
        this.json = new HealthDataJson(sealer);
        this.verifier = verifier;
        this.clock = clock;
    }

    @PostConstruct
    void sealWithPatientKeys() {
        json = new HealthDataJson(PatientSealer.using(protection));
    }

    /** Saves a new visit preparation as a draft. */
    public Outcome<PreparedVisit> prepare(UUID patientId, VisitForm form) {
        Instant now = clock.instant();
        List<Problem> problems = problemsOf(form, now);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        CareContact contact = named(form.with());
        VisitDetails details = new VisitDetails(form.reason(), contact.name(), form.agenda());
        VisitPreparation visit =
                new VisitPreparation(patientId, form.appointment(), contact, json.sealDetails(patientId, details), now);
        visits.add(visit);
        return Outcome.done(PreparedVisit.of(visit, details, versions));
    }

    /** Saves the patient's changes to a visit they are still preparing. */
    public Outcome<PreparedVisit> revise(UUID patientId, UUID visitId, VisitForm form) {
        Outcome<VisitPreparation> found = editable(patientId, visitId);
        if (!(found instanceof Outcome.Done<VisitPreparation>(VisitPreparation visit))) {
            return Outcome.refused(found.problems());
        }
        Instant now = clock.instant();
        List<Problem> problems = problemsOf(form, now);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        CareContact contact = named(form.with());
        VisitDetails details = new VisitDetails(form.reason(), contact.name(), form.agenda());
        visit.revise(form.appointment(), contact, json.sealDetails(patientId, details), now);
        return Outcome.done(PreparedVisit.of(visit, details, versions));
    }

    /**
     * Moves a concern to another place in the order of importance.
     *
     * @param from its position, from 1
     * @param to its new position, from 1
     */
    public Outcome<PreparedVisit> moveConcern(UUID patientId, UUID visitId, int from, int to) {
        Outcome<VisitPreparation> found = editable(patientId, visitId);
        if (!(found instanceof Outcome.Done<VisitPreparation>(VisitPreparation visit))) {
            return Outcome.refused(found.problems());
        }
        VisitDetails details = json.openDetails(visit);
        int count = details.agenda().concerns().size();
        for (int position : new int[] {from, to}) {
            if (position < 1 || position > count) {
                return Outcome.refused(VisitProblem.NO_SUCH_CONCERN, position, count);
            }
        }
        VisitDetails moved = new VisitDetails(
                details.reason(), details.contactName(), details.agenda().withConcernMoved(from, to));
        CareContact contact = new CareContact(visit.contactKind(), visit.contactId(), details.contactName());
        visit.revise(visit.appointment(), contact, json.sealDetails(patientId, moved), clock.instant());
        return Outcome.done(PreparedVisit.of(visit, moved, versions));
    }

    public Optional<PreparedVisit> find(UUID patientId, UUID visitId) {
        return visits.ofPatient(patientId, visitId)
                .map(visit -> PreparedVisit.of(visit, json.openDetails(visit), versions));
    }

    /** The patient's visits from today on (in the given zone), soonest first. */
    public List<VisitOverview> upcoming(UUID patientId, ZoneId zone) {
        return visits.ofPatientFrom(patientId, startOfToday(zone)).stream()
                .map(visit -> VisitOverview.of(visit, json.openDetails(visit)))
                .toList();
    }

    /** The patient's visits before today (in the given zone), latest first. */
    public List<VisitOverview> past(UUID patientId, ZoneId zone) {
        return visits.ofPatientBefore(patientId, startOfToday(zone)).stream()
                .map(visit -> VisitOverview.of(visit, json.openDetails(visit)))
                .toList();
    }

    /**
     * Claims the generation of the visit's summary. Refused while another generation runs (unless it was
     * abandoned for {@link #ABANDONED_GENERATION}) and once the visit is approved.
     */
    public Outcome<GenerationTicket> startGeneration(UUID patientId, UUID visitId) {
        Instant now = clock.instant();
        UUID token = UUID.randomUUID();
        if (visits.claimGeneration(patientId, visitId, token, now, now.minus(ABANDONED_GENERATION))) {
            return Outcome.done(new GenerationTicket(patientId, visitId, token, now));
        }
        Optional<VisitPreparation> visit = visits.ofPatient(patientId, visitId);
        if (visit.isEmpty()) {
            return Outcome.refused(VisitProblem.VISIT_NOT_FOUND);
        }
        return Outcome.refused(
                visit.get().status().isEditable() ? VisitProblem.GENERATION_RUNNING : VisitProblem.ALREADY_APPROVED);
    }

    /**
     * Puts an engine's draft in place of the visit's previous draft, if the ticket still holds the visit's
     * generation; the patient's review of the previous draft goes with it.
     */
    public Outcome<VisitSummary> completeGeneration(GenerationTicket ticket, DraftSummary draft) {
        Optional<VisitPreparation> found = visits.ofPatient(ticket.patientId(), ticket.visitId());
        if (found.isEmpty()) {
            return Outcome.refused(VisitProblem.VISIT_NOT_FOUND);
        }
        VisitPreparation visit = found.get();
        if (!visit.holdsGeneration(ticket.token())) {
            return Outcome.refused(VisitProblem.GENERATION_SUPERSEDED);
        }
        SummaryContent content = SummaryContent.of(draft);
        SummaryVersion version = SummaryVersion.draft(
                visit.id(),
                visit.patientId(),
                versions.nextNumber(visit.id()),
                draft,
                json.sealContent(visit.patientId(), content));
        Optional<SummaryVersion> previous = versions.draftOf(visit.id());
        versions.add(version);
        visit.generationSucceeded(ticket.token(), clock.instant());
        previous.ifPresent(versions::removeDraft);
        return Outcome.done(VisitSummary.of(version, content));
    }

    /**
     * Gives up a generation that failed: the claim is let go and the previous draft, if any, stays.
     *
     * @return whether the ticket still held the visit's generation
     */
    public boolean abandonGeneration(GenerationTicket ticket) {
        return visits.ofPatient(ticket.patientId(), ticket.visitId())
                .map(visit -> visit.generationAbandoned(ticket.token()))
                .orElse(false);
    }

    /** The summary the patient is reviewing. */
    public Outcome<VisitSummary> draftSummary(UUID patientId, UUID visitId) {
        if (visits.ofPatient(patientId, visitId).isEmpty()) {
            return Outcome.refused(VisitProblem.VISIT_NOT_FOUND);
        }
        return versions.draftOf(visitId)
                .map(draft -> Outcome.done(json.open(draft)))
                .orElseGet(() -> Outcome.refused(VisitProblem.NO_DRAFT_SUMMARY));
    }

    /**
     * Takes a sentence out of the summary; it can be put back with {@link #keepSentence}. A sentence that alone states
     * something the summary must mention (a critical or out-of-range result, a medicine change) stays: the patient can
     * add their own words about it instead.
     */
    public Outcome<VisitSummary> removeSentence(UUID patientId, UUID visitId, int number) {
        return review(patientId, visitId, content -> {
            if (content.sentence(number).isEmpty()) {
                return Outcome.refused(VisitProblem.NO_SUCH_SENTENCE, number);
            }
            SummaryContent without = content.remove(number);
            if (content.factsSnapshot()
                    .map(facts -> OmissionCheck.missing(without.sentences(), facts)
                                    .size()
                            > OmissionCheck.missing(content.sentences(), facts).size())
                    .orElse(false)) {
                return Outcome.refused(VisitProblem.SENTENCE_MUST_STAY);
            }
            return Outcome.done(without);
        });
    }

    /** Keeps a sentence in the summary, putting it back if it was removed. */
    public Outcome<VisitSummary> keepSentence(UUID patientId, UUID visitId, int number) {
        return review(
                patientId,
                visitId,
                content -> content.sentence(number).isEmpty()
                        ? Outcome.refused(VisitProblem.NO_SUCH_SENTENCE, number)
                        : Outcome.done(content.keep(number)));
    }

    /**
     * Puts a sentence in the patient's words; it says the patient wrote it. A sentence the patient added is theirs
     * and is not checked. A sentence drafted from the record keeps its citations only while its new words pass the
     * verifier against the facts it cites (numbers, dates, judgements, no diagnosis or advice). Words the records do
     * not support are the patient's own: they stay, shown as theirs, without the sources they no longer match; and if
     * the sentence alone stated something the summary must mention, it stays as it was and the patient's words are
     * added after it, so that nothing critical leaves the summary. The caller tells which happened by comparing the
     * sentence before and after.
     */
    public Outcome<VisitSummary> editSentence(UUID patientId, UUID visitId, int number, String text) {
        String words = text == null ? "" : text.strip();
        return review(patientId, visitId, content -> {
            Optional<SummarySentence> sentence = content.sentence(number);
            if (sentence.isEmpty()) {
                return Outcome.refused(VisitProblem.NO_SUCH_SENTENCE, number);
            }
            Optional<Outcome<SummaryContent>> wrong = checkSentence(words);
            if (wrong.isPresent()) {
                return wrong.get();
            }
            SummarySentence edited = sentence.get().editedTo(words);
            if (edited.isAddedByPatient() || supportedByTheRecord(edited, content, languageOfDraft(visitId))) {
                return Outcome.done(content.revise(edited));
            }
            SummaryContent detached = content.revise(edited.asPatientsOwnWords());
            if (leavesOutWhatMustBeMentioned(detached, content)) {
                if (content.addedByPatient() >= SummaryContent.MOST_ADDED_SENTENCES) {
                    return Outcome.refused(VisitProblem.TOO_MANY_ADDED_SENTENCES, SummaryContent.MOST_ADDED_SENTENCES);
                }
                return Outcome.done(content.add(words));
            }
            return Outcome.done(detached);
        });
    }

    private boolean supportedByTheRecord(SummarySentence edited, SummaryContent content, Locale language) {
        return content.factsSnapshot()
                .map(facts -> verifier.verify(List.of(edited), facts, language).accepted())
                .orElse(false);
    }

    private Locale languageOfDraft(UUID visitId) {
        return versions.draftOf(visitId)
                .map(draft -> Locale.forLanguageTag(draft.language()))
                .orElse(Locale.ENGLISH);
    }

    private static boolean leavesOutWhatMustBeMentioned(SummaryContent after, SummaryContent before) {
        return before.factsSnapshot()
                .map(facts -> OmissionCheck.missing(after.sentences(), facts).size()
                        > OmissionCheck.missing(before.sentences(), facts).size())
                .orElse(false);
    }

    /** Adds a sentence in the patient's own words at the end of the summary; it cites nothing. */
    public Outcome<VisitSummary> addSentence(UUID patientId, UUID visitId, String text) {
        String words = text == null ? "" : text.strip();
        return review(patientId, visitId, content -> {
            if (content.addedByPatient() >= SummaryContent.MOST_ADDED_SENTENCES) {
                return Outcome.refused(VisitProblem.TOO_MANY_ADDED_SENTENCES, SummaryContent.MOST_ADDED_SENTENCES);
            }
            return checkSentence(words).orElseGet(() -> Outcome.done(content.add(words)));
        });
    }

    /**
     * Approves the reviewed summary: it becomes a new, frozen version holding the visit as it is now, and the visit
     * stops changing.
     */
    public Outcome<VisitSummary> approve(UUID patientId, UUID visitId) {
        Outcome<SummaryVersion> found = draftUnderReview(patientId, visitId);
        if (!(found instanceof Outcome.Done<SummaryVersion>(SummaryVersion draft))) {
            return Outcome.refused(found.problems());
        }
        VisitPreparation visit = visits.ofPatient(patientId, visitId).orElseThrow();
        Instant now = clock.instant();
        VisitDetails details = json.openDetails(visit);
        FrozenVisit asApproved = new FrozenVisit(
                visit.appointment(),
                new CareContact(visit.contactKind(), visit.contactId(), details.contactName()),
                details.reason(),
                details.agenda());
        SummaryContent reviewed = json.openContent(draft);
        if (reviewed.factsSnapshot()
                .map(facts ->
                        !OmissionCheck.missing(reviewed.sentences(), facts).isEmpty())
                .orElse(false)) {
            return Outcome.refused(VisitProblem.SENTENCE_MUST_STAY);
        }
        SummaryContent content = reviewed.approvedWith(asApproved);
        SummaryVersion approved =
                draft.approvedAs(versions.nextNumber(visitId), json.sealContent(patientId, content), now);
        versions.add(approved);
        visit.approve(now);
        versions.removeDraft(draft);
        return Outcome.done(VisitSummary.of(approved, content));
    }

    /** The version the patient approved, if they did. */
    public Optional<VisitSummary> approvedSummary(UUID patientId, UUID visitId) {
        return visits.ofPatient(patientId, visitId)
                .flatMap(visit -> versions.approvedOf(visit.id()))
                .map(json::open);
    }

    private Outcome<VisitSummary> review(
            UUID patientId, UUID visitId, Function<SummaryContent, Outcome<SummaryContent>> change) {
        Outcome<SummaryVersion> found = draftUnderReview(patientId, visitId);
        if (!(found instanceof Outcome.Done<SummaryVersion>(SummaryVersion draft))) {
            return Outcome.refused(found.problems());
        }
        return change.apply(json.openContent(draft)).map(revised -> {
            draft.revise(json.sealContent(patientId, revised));
            return VisitSummary.of(draft, revised);
        });
    }

    /** The draft the patient may review now, or why there is none. */
    private Outcome<SummaryVersion> draftUnderReview(UUID patientId, UUID visitId) {
        Outcome<VisitPreparation> found = editable(patientId, visitId);
        if (!(found instanceof Outcome.Done<VisitPreparation>(VisitPreparation visit))) {
            return Outcome.refused(found.problems());
        }
        if (visit.isGenerating()) {
            return Outcome.refused(VisitProblem.GENERATION_RUNNING);
        }
        return versions.draftOf(visit.id())
                .map(Outcome::done)
                .orElseGet(() -> Outcome.refused(VisitProblem.NO_DRAFT_SUMMARY));
    }

    /** The visit if it is the patient's and still editable, or why not. */
    private Outcome<VisitPreparation> editable(UUID patientId, UUID visitId) {
        Optional<VisitPreparation> visit = visits.ofPatient(patientId, visitId);
        if (visit.isEmpty()) {
            return Outcome.refused(VisitProblem.VISIT_NOT_FOUND);
        }
        if (!visit.get().status().isEditable()) {
            return Outcome.refused(VisitProblem.ALREADY_APPROVED);
        }
        return Outcome.done(visit.get());
    }

    private static Optional<Outcome<SummaryContent>> checkSentence(String words) {
        if (words.isEmpty()) {
            return Optional.of(Outcome.refused(VisitProblem.EMPTY_SENTENCE));
        }
        if (words.length() > SummarySentence.LONGEST_TEXT) {
            return Optional.of(
                    Outcome.refused(VisitProblem.SENTENCE_TOO_LONG, words.length(), SummarySentence.LONGEST_TEXT));
        }
        return Optional.empty();
    }

    private List<Problem> problemsOf(VisitForm form, Instant now) {
        List<Problem> problems = new ArrayList<>();
        ZonedDateTime appointment = form.appointment();
        if (appointment == null) {
            problems.add(Problem.of(VisitProblem.APPOINTMENT_MISSING));
        } else if (appointment.toInstant().isBefore(now.minus(OLDEST_APPOINTMENT))) {
            problems.add(Problem.of(VisitProblem.APPOINTMENT_IN_PAST, OLDEST_APPOINTMENT.toDays()));
        } else if (appointment.isAfter(now.atZone(appointment.getZone()).plusMonths(FURTHEST_APPOINTMENT_MONTHS))) {
            problems.add(Problem.of(VisitProblem.APPOINTMENT_TOO_FAR, FURTHEST_APPOINTMENT_MONTHS));
        }
        CareContact contact = form.with();
        if (contact == null) {
            problems.add(Problem.of(VisitProblem.CONTACT_MISSING));
        } else if (contact.kind() == CareContact.Kind.CLINICIAN) {
            if (clinician(contact).isEmpty()) {
                problems.add(Problem.of(VisitProblem.UNKNOWN_CLINICIAN));
            }
        } else if (contact.name().isEmpty()) {
            problems.add(Problem.of(VisitProblem.CONTACT_NAME_MISSING));
        } else if (contact.name().length() > CareContact.LONGEST_NAME) {
            problems.add(Problem.of(
                    VisitProblem.CONTACT_NAME_TOO_LONG, contact.name().length(), CareContact.LONGEST_NAME));
        }
        if (form.reason().length() > VisitForm.LONGEST_REASON) {
            problems.add(Problem.of(VisitProblem.REASON_TOO_LONG, form.reason().length(), VisitForm.LONGEST_REASON));
        }
        problems.addAll(form.agenda().problems());
        return problems;
    }

    private Optional<UserAccount> clinician(CareContact contact) {
        return contact.clinicianId().flatMap(accounts::byId).filter(account -> account.role() == Role.CLINICIAN);
    }

    /** The contact with a clinician's current display name; other contacts keep the name the patient gave. */
    private CareContact named(CareContact contact) {
        return contact.kind() == CareContact.Kind.CLINICIAN
                ? contact.named(clinician(contact).orElseThrow().displayName())
                : contact;
    }

    private Instant startOfToday(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
    }
}
