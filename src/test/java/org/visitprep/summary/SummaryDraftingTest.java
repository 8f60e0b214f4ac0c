package org.visitprep.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.Engine;
import org.visitprep.summary.draft.FallbackReason;
import org.visitprep.summary.facts.FactFinder;
import org.visitprep.summary.facts.WindowKind;
import org.visitprep.summary.grounded.GroundedEngine;
import org.visitprep.summary.llm.AiSettings;
import org.visitprep.summary.verify.DraftVerifier;

/**
 * The facade's choices outside a container: the grounded engine when the language model is off, and a visible note
 * when it is on but not set up. (The language model path through {@code LlmSummaries} needs CDI and Fault Tolerance;
 * the engine behind it is tested on its own.)
 */
class SummaryDraftingTest {

    @Test
    void draftsWithTheGroundedEngineByDefault() {
        DraftSummary summary = drafting(AiSettings.disabled()).draft(CraftedPatient.record(), visit(Locale.FRENCH));
        assertEquals(Engine.GROUNDED, summary.engine());
        assertNull(summary.fallback());
        assertEquals(Locale.FRENCH, summary.locale());
        assertEquals(CraftedPatient.PATIENT_ID, summary.patientId());
        assertTrue(summary.sentences().size() > 10);
    }

    @Test
    void saysSoWhenTheModelIsOnButNotSetUp() {
        AiSettings halfSet = new AiSettings(true, null, "llama3.1", null, Duration.ofSeconds(5));
        DraftSummary summary = drafting(halfSet).draft(CraftedPatient.record(), visit(Locale.ENGLISH));
        assertEquals(Engine.GROUNDED, summary.engine());
        assertEquals(FallbackReason.NOT_CONFIGURED, summary.fallback().reason());
    }

    @Test
    void sinceTheLastVisitStartsTheDayAfterIt() {
        VisitContext visit = VisitContext.sinceLastVisit(
                CraftedPatient.VISIT_DAY.minusMonths(3),
                CraftedPatient.VISIT_DAY,
                ZoneOffset.UTC,
                Locale.ENGLISH,
                CraftedPatient.agenda());
        assertEquals(WindowKind.SINCE_LAST_VISIT, visit.window().kind());
        assertEquals(
                CraftedPatient.VISIT_DAY.minusMonths(3).plusDays(1),
                visit.window().from());
        DraftSummary summary = drafting(AiSettings.disabled()).draft(CraftedPatient.record(), visit);
        assertTrue(
                summary.sentences().stream().noneMatch(s -> s.patientText().startsWith("Medicine stopped")),
                "the simvastatin stopped in December is before the last visit");
    }

    private static SummaryDrafting drafting(AiSettings settings) {
        return new SummaryDrafting(
                FactFinder.standard(SummaryFixtures.CLOCK),
                new GroundedEngine(SummaryFixtures.CLOCK),
                DraftVerifier.standard(),
                settings,
                (facts, locale, record) -> {
                    throw new AssertionError("no model is set up in these tests");
                });
    }

    private static VisitContext visit(Locale locale) {
        return VisitContext.lastTwelveMonths(CraftedPatient.VISIT_DAY, ZoneOffset.UTC, locale, CraftedPatient.agenda());
    }
}
