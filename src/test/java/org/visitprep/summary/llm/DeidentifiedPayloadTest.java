package org.visitprep.summary.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.visitprep.record.EntryKind;
import org.visitprep.record.FhirCorpus;
import org.visitprep.record.InMemoryPatientRecord;
import org.visitprep.record.StoredEntry;
import org.visitprep.summary.ModelOutcome;
import org.visitprep.summary.SummaryFixtures;
import org.visitprep.summary.agenda.Agenda;
import org.visitprep.summary.agenda.AgendaItem;
import org.visitprep.summary.facts.FactFinder;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.ReviewWindow;
import org.visitprep.summary.wording.Dates;

/**
 * What reaches the model for a Synthea patient: the facts, never who the patient is. Names, identifiers, address,
 * contacts and birth date come from the record's own Patient resource and the account's name; dates go as days from
 * the visit.
 */
class DeidentifiedPayloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FILE =
            FhirCorpus.file("synthea/Margery_Gibson_cdb2d67c-173f-42e7-859a-d04a8088680e.json");

    @Test
    void theRequestHoldsNoNameIdentifierAddressContactOrBirthDateOfTheSyntheaPatient() throws Exception {
        InMemoryPatientRecord record = SummaryFixtures.record(FILE);
        StoredEntry patientEntry = record.page(EntryKind.PATIENT, 0, 1).getFirst();
        JsonNode patient = JSON.readTree(record.original(patientEntry.id()).orElseThrow());
        List<String> identifying = identifyingValues(patient);
        assertTrue(identifying.size() >= 8, "the Synthea patient has names, identifiers, an address: " + identifying);

        String given = patient.path("name").get(0).path("given").get(0).asText();
        String family = patient.path("name").get(0).path("family").asText();
        String city = patient.path("address").get(0).path("city").asText();
        Agenda agenda = Agenda.of(
                AgendaItem.question("Call me back at 617-555-0142 or margery@example.org about my metformin"),
                AgendaItem.symptom(
                        "Dizzy since my birthday (11/08/1948), says " + given + " " + family + " of " + city),
                AgendaItem.concern("Je m'appelle " + given.toUpperCase(Locale.ROOT) + ", née le 8 novembre 1948,"
                        + " mon médecin le Dr Martin dit que ma tension monte"));
        FactsSnapshot facts = FactFinder.standard(SummaryFixtures.CLOCK)
                .find(
                        record,
                        ReviewWindow.chosen(
                                SummaryFixtures.firstDayOf(record), SummaryFixtures.visitDayOf(record), ZoneOffset.UTC),
                        agenda);
        assertTrue(facts.facts().size() > 30, "a whole record's facts go out");

        try (FakeOpenAi server = new FakeOpenAi()) {
            server.answerWith(request -> FakeOpenAi.error(500));
            AiSettings settings = new AiSettings(true, server.baseUrl(), "fake-model", null, Duration.ofSeconds(5));
            PersonalDetails person = PersonalDetails.of(record, Optional.of("Maggie Gibson-Lowe"));
            try (LlmEngine engine = LlmEngine.openAiCompatible(settings, SummaryFixtures.CLOCK)) {
                assertInstanceOf(ModelOutcome.Unavailable.class, engine.draft(facts, Locale.ENGLISH, person));
            }
            String sent = server.requests().getFirst().body();
            String lower = sent.toLowerCase(Locale.ROOT);
            for (String value : identifying) {
                assertFalse(lower.contains(value.toLowerCase(Locale.ROOT)), "the request holds " + value);
            }
            assertFalse(sent.contains(record.patientId().toString()), "no portal id");
            for (UUID entry : facts.entryIds()) {
                assertFalse(sent.contains(entry.toString()), "no entry id: the model cites facts only");
            }
            assertFalse(sent.contains("617-555-0142"));
            assertFalse(sent.contains("margery@example.org"));
            assertFalse(sent.contains("11/08/1948"));
            assertFalse(sent.contains("8 novembre 1948"));
            assertFalse(sent.contains("Martin"), "a name after a title");
            assertFalse(sent.contains("Maggie"), "the account's name");
            assertFalse(sent.contains("Gibson-Lowe"), "the account's name");
            for (LocalDate date : facts.facts().stream()
                    .flatMap(fact -> fact.dates().stream())
                    .distinct()
                    .toList()) {
                assertFalse(sent.contains(date.toString()), "no exact date: " + date);
                assertFalse(sent.contains(Dates.write(date, Locale.ENGLISH)), "no exact date: " + date);
            }

            JsonNode payload = JSON.readTree(
                    JSON.readTree(sent).path("messages").get(1).path("content").asText());
            assertEquals("70-79", payload.path("patient").path("ageBand").asText(), "an age band, not a birth date");
            assertEquals(
                    "female", payload.path("patient").path("administrativeSex").asText());
            assertTrue(payload.toString().contains(Deidentifier.NAME));
            assertTrue(payload.toString().contains(Deidentifier.DATE));
            assertTrue(payload.toString().contains("metformin"), "the patient's words otherwise go as written");
            assertTrue(payload.toString().contains("ma tension monte"), "the patient's words otherwise go as written");
            assertTrue(payload.path("window").path("to").asText().equals("D-0"), "the visit is day 0");
            assertTrue(payload.toString().matches("(?s).*\"date\":\"D-[0-9]+\".*"), "dates go as days before it");
        }
    }

    /** Names, identifiers, address, telecom and birth date as the Patient resource gives them. */
    private static List<String> identifyingValues(JsonNode patient) {
        List<String> values = new ArrayList<>();
        for (JsonNode name : patient.path("name")) {
            values.add(name.path("family").asText());
            name.path("given").forEach(given -> values.add(given.asText()));
        }
        patient.path("identifier")
                .forEach(identifier -> values.add(identifier.path("value").asText()));
        for (JsonNode address : patient.path("address")) {
            address.path("line").forEach(line -> values.add(line.asText()));
            values.add(address.path("city").asText());
            values.add(address.path("postalCode").asText());
        }
        patient.path("telecom")
                .forEach(telecom -> values.add(telecom.path("value").asText()));
        values.add(patient.path("birthDate").asText());
        values.add(patient.path("id").asText());
        values.removeIf(value -> value.isBlank() || value.length() < 4);
        return values;
    }
}
