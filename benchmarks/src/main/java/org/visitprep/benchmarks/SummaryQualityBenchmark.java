package org.visitprep.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.visitprep.record.Imports;
import org.visitprep.record.InMemoryPatientRecord;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.reading.SourceKind;
import org.visitprep.summary.SummaryDrafting;
import org.visitprep.summary.SummaryFixtures;
import org.visitprep.summary.VisitContext;
import org.visitprep.summary.agenda.Agenda;
import org.visitprep.summary.agenda.AgendaItem;
import org.visitprep.summary.corpus.MustMentionCorpus;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.SummarySentence;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.MustMention;
import org.visitprep.summary.facts.ReviewWindow;
import org.visitprep.summary.wording.Dates;
import org.visitprep.summary.wording.Folding;

/**
 * What the grounded summary, drafted through {@link SummaryDrafting} with the verifier and the omission check, says
 * and leaves out, over the crafted corpus (whose must-mention facts are known) and the demo patients (whose
 * must-mention facts the fact finder computes apart from any engine), in English and French:
 * <ul>
 *   <li>{@code summary.must_mention.recall}: of the facts that must be mentioned, the share a kept sentence cites
 *       (for a crafted case, its expected facts, each of which must also be found must-mention);</li>
 *   <li>{@code summary.duplicate_sentences}: kept sentences whose words (the patient's or the clinician's) repeat an
 *       earlier sentence of the same draft;</li>
 *   <li>{@code summary.unlabelled_old_data}: kept sentences that write a date before the window without its age at
 *       the visit right after it, checked on the text by this benchmark's own pattern.</li>
 * </ul>
 * It also counts, for the 95-year-old benchmark patient, the sentences under "needs attention" and the longest of
 * them, which must fit the clinician's first screen.
 */
final class SummaryQualityBenchmark {

    private static final Clock CLOCK = SummaryFixtures.CLOCK;
    private static final Agenda AGENDA = Agenda.of(
            AgendaItem.concern("I am always tired"),
            AgendaItem.question("Is my blood sugar getting better? And my cholesterol and my kidneys?"));
    private static final Pattern QUOTED = Pattern.compile("\u201c[^\u201d]*\u201d|\u00ab[^\u00bb]*\u00bb");
    private static final Pattern LABEL_EN =
            Pattern.compile("^ \\((1 year|[0-9]+ years|1 month|[0-9]+ months|1 day|[0-9]+ days) before this visit\\)");
    private static final Pattern LABEL_FR =
            Pattern.compile("^ \\((1 an|[0-9]+ ans|[0-9]+ mois|1 jour|[0-9]+ jours) avant cette consultation\\)");

    private final SummaryDrafting drafting = SummaryFixtures.groundedDrafting(CLOCK);

    private int mustMention;
    private int cited;
    private int duplicates;
    private int unlabelled;
    private int drafts;
    private final List<String> misses = new ArrayList<>();

    void run(Path root, Path benchmarkPatient) throws IOException {
        for (MustMentionCorpus.Case crafted : MustMentionCorpus.cases()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                crafted(crafted, locale);
            }
        }
        int craftedMustMention = mustMention;
        for (Path file : demoPatients(root, benchmarkPatient)) {
            InMemoryPatientRecord record = inMemory(file);
            LocalDate visitDay = SummaryFixtures.visitDayOf(record);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                demo(
                        file.getFileName().toString(),
                        record,
                        VisitContext.lastTwelveMonths(visitDay, ZoneOffset.UTC, locale, AGENDA));
            }
        }
        InMemoryPatientRecord elderly = inMemory(benchmarkPatient);
        LocalDate visitDay = SummaryFixtures.visitDayOf(elderly);
        DraftSummary elderlyDraft = null;
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            DraftSummary draft = demo(
                    "the benchmark patient",
                    elderly,
                    VisitContext.lastTwelveMonths(visitDay, ZoneOffset.UTC, locale, AGENDA));
            elderlyDraft = elderlyDraft == null ? draft : elderlyDraft;
        }
        Figures.note(String.format(
                Locale.ROOT,
                "summary quality: %d drafts, %d must-mention facts (%d of the crafted corpus), %d cited%s",
                drafts,
                mustMention,
                craftedMustMention,
                cited,
                misses.isEmpty() ? "" : "; missed: " + misses));
        Figures.print("summary.must_mention.recall", mustMention == 0 ? 0 : (double) cited / mustMention, "ratio");
        Figures.print("summary.duplicate_sentences", duplicates, "sentences");
        Figures.print("summary.unlabelled_old_data", unlabelled, "sentences");
        needsAttention(elderlyDraft, visitDay);
    }

    private void crafted(MustMentionCorpus.Case crafted, Locale locale) {
        DraftSummary draft = drafting.draft(crafted.record(), crafted.visit(locale));
        FactsSnapshot facts = draft.facts();
        Set<String> citedFacts = citedByKeptSentences(draft);
        for (MustMentionCorpus.Expected expected : crafted.mustMention()) {
            mustMention++;
            boolean found = facts.mustMention().stream()
                    .filter(must -> must.reason() == expected.reason())
                    .map(must -> facts.fact(must.factId()).orElseThrow())
                    .anyMatch(fact -> expected.fact().test(fact) && citedFacts.contains(fact.id()));
            if (found) {
                cited++;
            } else {
                misses.add(crafted.name() + " (" + locale + "): " + expected.about());
            }
        }
        check(draft, crafted.visit(locale).window());
    }

    private DraftSummary demo(String name, InMemoryPatientRecord record, VisitContext visit) {
        DraftSummary draft = drafting.draft(record, visit);
        Set<String> citedFacts = citedByKeptSentences(draft);
        for (MustMention must : draft.facts().mustMention()) {
            mustMention++;
            if (citedFacts.contains(must.factId())) {
                cited++;
            } else {
                misses.add(name + " (" + visit.locale() + "): " + must);
            }
        }
        check(draft, visit.window());
        return draft;
    }

    private void check(DraftSummary draft, ReviewWindow window) {
        drafts++;
        Set<String> patientTexts = new HashSet<>();
        Set<String> clinicianTexts = new HashSet<>();
        for (SummarySentence sentence : kept(draft)) {
            boolean repeated = !patientTexts.add(sentence.patientText());
            repeated |= !clinicianTexts.add(sentence.clinicianText());
            if (repeated) {
                duplicates++;
            }
            if (hasUnlabelledOldDate(sentence.patientText(), window, draft.locale())
                    || hasUnlabelledOldDate(sentence.clinicianText(), window, draft.locale())) {
                unlabelled++;
                misses.add("unlabelled: " + sentence.clinicianText());
            }
        }
    }

    /**
     * Whether the text writes a date before the window with no "(N years before this visit)" after it; words quoted
     * from the patient or the record (between quotation marks) are theirs and not checked.
     */
    static boolean hasUnlabelledOldDate(String text, ReviewWindow window, Locale locale) {
        String folded = QUOTED.matcher(Folding.fold(text)).replaceAll("\u201c\u201d");
        Pattern label = "fr".equals(locale.getLanguage()) ? LABEL_FR : LABEL_EN;
        for (Dates.Found date : Dates.read(folded)) {
            boolean old = date.dates().stream().anyMatch(day -> day.isBefore(window.from()))
                    || (date.month() != null && date.month().atEndOfMonth().isBefore(window.from()));
            if (old && !label.matcher(folded.substring(date.end())).find()) {
                return true;
            }
        }
        return false;
    }

    /** The count and the longest clinician sentence under "needs attention" for the benchmark patient. */
    private static void needsAttention(DraftSummary draft, LocalDate visitDay) {
        List<SummarySentence> attention =
                draft.bySection().getOrDefault(org.visitprep.summary.draft.SectionKind.NEEDS_ATTENTION, List.of());
        int longest = attention.stream()
                .mapToInt(sentence -> sentence.clinicianText().length())
                .max()
                .orElse(0);
        Figures.note("needs attention for the benchmark patient, visit on " + visitDay + ":");
        attention.forEach(sentence -> Figures.note("  " + sentence.clinicianText()));
        Figures.print("summary.benchmark_patient.needs_attention", attention.size(), "sentences");
        Figures.print("summary.benchmark_patient.needs_attention_longest", longest, "characters");
        Figures.print(
                "summary.benchmark_patient.at_a_glance",
                draft.bySection()
                        .getOrDefault(org.visitprep.summary.draft.SectionKind.AT_A_GLANCE, List.of())
                        .size(),
                "sentences");
    }

    private static Set<String> citedByKeptSentences(DraftSummary draft) {
        Set<String> ids = new HashSet<>();
        kept(draft).forEach(sentence -> ids.addAll(sentence.factIds()));
        return ids;
    }

    private static List<SummarySentence> kept(DraftSummary draft) {
        return draft.sentences().stream()
                .filter(sentence -> !sentence.removed())
                .toList();
    }

    /**
     * The demo patients the run command loads (the generated population, {@code population.json}), else the corpus
     * files that play them in the tests.
     */
    private static List<Path> demoPatients(Path root, Path benchmarkPatient) throws IOException {
        Path population = root.resolve(".visitprep/ehr-patients/population.json");
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(population)) {
            JsonNode people = new ObjectMapper().readTree(population.toFile()).path("people");
            for (JsonNode person : people) {
                Path file = population.resolveSibling(person.path("file").asText());
                if (!file.getFileName().equals(benchmarkPatient.getFileName())) {
                    files.add(file);
                }
            }
            Figures.note("demo patients: the generated population, " + files.size() + " files and the benchmark one");
            return files;
        }
        files.addAll(SummaryFixtures.syntheaFiles());
        Figures.note("demo patients: no generated population; the corpus's Synthea files instead");
        return files;
    }

    private static InMemoryPatientRecord inMemory(Path file) {
        if (!(Imports.file(file, SourceKind.FHIR) instanceof ImportResult imported)) {
            throw new IllegalStateException(file + " does not import");
        }
        return InMemoryPatientRecord.of(UUID.randomUUID(), "FHIR file " + file.getFileName(), imported.entries());
    }
}
