package org.visitprep.record.storage;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.UUID;
import org.visitprep.record.EntryKind;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.SourceKind;

/**
 * An import as the patient sees it, running or finished: what file, what kind, when, how far, and what came of it.
 * The web layer polls it while the import runs and lists it afterwards. Immutable.
 *
 * @param importId the import's id
 * @param patientId whose record it goes to
 * @param state where it stands
 * @param sourceKind the kind found, or the kind declared while the file is being read or when it was refused
 * @param fileName the name the person gave the file
 * @param formatLabel the format found (e.g. "FHIR R4 JSON Bundle (collection)"), or null
 * @param startedAt when it was accepted
 * @param finishedAt when it finished, or null while it runs
 * @param progress how far it has gone
 * @param counts what it did to the record; {@link ImportCounts#NONE} until it is done
 * @param countsByKind the entries of each kind the file held, once read
 * @param problems why the file was refused; empty otherwise
 */
public record ImportStatus(
        UUID importId,
        UUID patientId,
        ImportState state,
        SourceKind sourceKind,
        String fileName,
        String formatLabel,
        Instant startedAt,
        Instant finishedAt,
        ImportProgressFigures progress,
        ImportCounts counts,
        Map<EntryKind, Integer> countsByKind,
        List<ImportProblem> problems) {

    private static final String MESSAGES = "org.visitprep.record.storage.ImportMessages";

    public ImportStatus {
        Objects.requireNonNull(importId, "importId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(counts, "counts");
        countsByKind = Collections.unmodifiableMap(
                countsByKind.isEmpty() ? new EnumMap<>(EntryKind.class) : new EnumMap<>(countsByKind));
        problems = List.copyOf(problems);
    }

    public boolean isFinished() {
        return state.isFinished();
    }

    /** A rough share of the work done, from 0 to 100. */
    public int percentDone() {
        return progress.percent(state);
    }

    /** One sentence for the patient saying where the import stands or what came of it, in their language. */
    public String summary(Locale locale) {
        ResourceBundle messages = ResourceBundle.getBundle(
                MESSAGES,
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = "import." + state.name().toLowerCase(Locale.ROOT);
        return new MessageFormat(messages.getString(key), locale).format(new Object[] {
            fileName, counts.read(), counts.added(), counts.updated(), counts.unchanged(), problems.size()
        });
    }

    /** The messages of the problems that refused the file, one per problem, in the patient's language. */
    public List<String> problemMessages(Locale locale) {
        return problems.stream().map(problem -> problem.message(locale)).toList();
    }
}
