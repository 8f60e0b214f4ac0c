package org.visitprep.record;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.visitprep.record.importing.ImportOutcome;
import org.visitprep.record.importing.ImportRefusal;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.importing.RecordImporter;
import org.visitprep.record.reading.ImportLimits;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ImportSource;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.SourceKind;

/** One importer for all tests (the FHIR context is costly) and helpers to read files and assert outcomes. */
public final class Imports {

    public static final ca.uhn.fhir.context.FhirContext R4 = ca.uhn.fhir.context.FhirContext.forR4();
    public static final RecordImporter IMPORTER =
            RecordImporter.create(R4, ForkJoinPool.commonPool(), ImportLimits.defaults());

    private Imports() {}

    public static ImportOutcome file(Path path, SourceKind kind) {
        try {
            return IMPORTER.read(ImportSource.ofFile(path, kind));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ImportOutcome text(String fileName, String content, SourceKind kind) {
        return bytes(fileName, content.getBytes(StandardCharsets.UTF_8), kind);
    }

    public static ImportOutcome bytes(String fileName, byte[] content, SourceKind kind) {
        return IMPORTER.read(ImportSource.ofBytes(fileName, content, kind));
    }

    public static ImportResult imported(ImportOutcome outcome) {
        if (outcome instanceof ImportRefusal refusal) {
            fail("expected an import, got a refusal: " + refusal.messages(Locale.ENGLISH));
        }
        return (ImportResult) outcome;
    }

    /** The first problem of a refusal, after checking it is one and its messages read in both languages. */
    public static ImportProblem refused(ImportOutcome outcome) {
        if (outcome instanceof ImportResult result) {
            fail("expected a refusal, got " + result.entries().size() + " entries (" + result.formatLabel() + ")");
        }
        ImportRefusal refusal = (ImportRefusal) outcome;
        for (ImportProblem problem : refusal.problems()) {
            String english = problem.message(Locale.ENGLISH);
            String french = problem.message(Locale.FRENCH);
            if (english.isBlank() || french.isBlank() || english.equals(french)) {
                fail("a problem without two distinct messages: " + english + " / " + french);
            }
        }
        return refusal.problems().getFirst();
    }

    public static ImportProblem refusedWith(ImportOutcome outcome, ProblemCode expected) {
        ImportProblem first = refused(outcome);
        ImportRefusal refusal = (ImportRefusal) outcome;
        return refusal.problems().stream()
                .filter(p -> p.code() == expected)
                .findFirst()
                .orElseGet(() -> fail("expected " + expected + ", got " + refusal.messages(Locale.ENGLISH) + " (first "
                        + first.code() + ")"));
    }
}
