package org.visitprep.summary.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.visitprep.summary.CraftedPatient;
import org.visitprep.summary.SummaryFixtures;
import org.visitprep.summary.facts.FactFinder;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.grounded.GroundedEngine;

/** The stable JSON form: every kind of fact, a fallback note with verdicts, read back equal. */
class SummaryJsonTest {

    @Test
    void aSummaryWithEveryKindOfFactAndANoteReadsBackEqual() throws Exception {
        FactsSnapshot facts = FactFinder.standard(SummaryFixtures.CLOCK)
                .find(CraftedPatient.record(), CraftedPatient.WINDOW, CraftedPatient.agenda());
        Verdict rejected = new Verdict(
                1,
                Audience.CLINICIAN,
                "Your HbA1c was 7.4 %.",
                List.of(new Finding(FindingKind.NUMBER_NOT_IN_FACTS, "7.4 %")));
        DraftSummary summary = new GroundedEngine(SummaryFixtures.CLOCK)
                .write(facts, Locale.FRENCH)
                .withFallback(FallbackNote.of(FallbackReason.REJECTED_BY_VERIFIER, Locale.FRENCH))
                .withChecks(new DraftingRecord(
                        Engine.LLM, FallbackReason.REJECTED_BY_VERIFIER, List.of(rejected), List.of(), List.of(), 0));

        String json = SummaryJson.write(summary);
        assertEquals(summary, SummaryJson.read(json, DraftSummary.class));

        JsonNode tree = SummaryJson.mapper().readTree(json);
        assertEquals("fr", tree.path("locale").asText());
        assertEquals("2026-11-28T09:00:00Z", tree.path("createdAt").asText());
        Set<String> types = StreamSupport.stream(
                        tree.path("facts").path("facts").spliterator(), false)
                .map(fact -> fact.path("type").asText())
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "patient-context",
                        "record-list",
                        "agenda-item",
                        "result",
                        "medication",
                        "wellness-trend",
                        "condition",
                        "encounter"),
                types);
        assertTrue(json.contains("\"onset\":\"2026-03-15\""), "dates in ISO-8601");
        assertTrue(json.contains("\"value\":6.9"), "numbers as written, not as floating point");
        assertEquals(
                "REJECTED_BY_VERIFIER", tree.path("fallback").path("reason").asText());
        assertEquals(
                "7.4 %",
                tree.path("checks")
                        .path("refused")
                        .path(0)
                        .path("findings")
                        .path(0)
                        .path("detail")
                        .asText());
    }

    @Test
    void refusesWhatIsNotASummary() {
        assertThrows(IllegalArgumentException.class, () -> SummaryJson.read("{\"sections\": 3}", DraftSummary.class));
    }
}
