package org.visitprep.record.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.visitprep.record.Imports.imported;
import static org.visitprep.record.Imports.refusedWith;
import static org.visitprep.record.Imports.text;
import static org.visitprep.record.person.CraftedPeople.alice;
import static org.visitprep.record.person.CraftedPeople.bundle;
import static org.visitprep.record.person.CraftedPeople.jane;
import static org.visitprep.record.person.CraftedPeople.observation;
import static org.visitprep.record.person.CraftedPeople.practitioner;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.visitprep.record.EntryKind;
import org.visitprep.record.FhirCorpus;
import org.visitprep.record.Imports;
import org.visitprep.record.importing.ImportResult;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.SourceKind;

/** Whom a source is about, read from the file itself, and the files refused before any record is looked at. */
class SourcePeopleTest {

    @Test
    void aBundleWithItsOwnPatientIsAboutThatPerson() {
        ImportResult result = imported(
                text("alice.json", bundle(alice(), observation("obs-1", "Patient/pat-alice")), SourceKind.FHIR));
        Person alice = result.about().person().orElseThrow();
        assertEquals("Alice Tessa Wiza, 1971-04-12", alice.label());
        assertEquals(LocalDate.of(1971, 4, 12), alice.birthDate());
        assertEquals(java.util.Set.of(new PersonIdentifier(CraftedPeople.MRN, "A-1001")), alice.identifiers());
    }

    @Test
    void twoPatientsInOneBundleAreRefusedNamingBothInEnglishAndFrench() {
        ImportProblem problem = refusedWith(
                text(
                        "family.json",
                        bundle(alice(), observation("obs-1", "Patient/pat-alice"), jane()),
                        SourceKind.FHIR),
                ProblemCode.SEVERAL_PEOPLE);
        String english = problem.message(Locale.ENGLISH);
        String french = problem.message(Locale.FRENCH);
        assertTrue(english.contains("Alice Tessa Wiza, 1971-04-12; Jane Doe, 1961-05-12"), english);
        assertTrue(english.contains("more than one person"), english);
        assertTrue(french.contains("plus d'une personne (Alice Tessa Wiza, 1971-04-12; Jane Doe"), french);
    }

    @Test
    void onePatientWithObservationsAboutAnotherIsAboutTwoPeople() {
        ImportProblem problem = refusedWith(
                text(
                        "borrowed.json",
                        bundle(alice(), observation("obs-1", "Patient/pat-alice"), observation("obs-2", "Patient/99")),
                        SourceKind.FHIR),
                ProblemCode.SEVERAL_PEOPLE);
        assertEquals(List.of("Alice Tessa Wiza, 1971-04-12; Patient/99"), problem.arguments());
    }

    @Test
    void observationsAboutTwoPatientsTheFileDoesNotDescribeAreAboutTwoPeople() {
        refusedWith(
                text(
                        "two-subjects.json",
                        bundle(
                                observation("obs-1", "Patient/1"),
                                observation("obs-2", "https://ehr.example.org/fhir/Patient/2")),
                        SourceKind.FHIR),
                ProblemCode.SEVERAL_PEOPLE);
    }

    @Test
    void resultsAboutOneUndescribedPatientNameNoOneAndAreAccepted() {
        ImportResult result = imported(text(
                "labs.json",
                bundle(observation("obs-1", "Patient/1"), observation("obs-2", "https://lab.example/fhir/Patient/1")),
                SourceKind.FHIR));
        assertTrue(result.about().person().isEmpty());
        assertFalse(result.about().isAboutSeveral());
        imported(Imports.file(FhirCorpus.file("labs/Observation-serum-creatinine-adult.json"), SourceKind.FHIR));
    }

    @Test
    void theSamePersonUnderTwoPatientIdsIsOnePerson() {
        String again = CraftedPeople.patient("pat-alice-2", "Alice", "WIZA", "1971-04-12");
        ImportResult result = imported(text(
                "merged.json",
                bundle(
                        alice(),
                        again,
                        observation("obs-1", "Patient/pat-alice"),
                        observation("obs-2", "Patient/pat-alice-2")),
                SourceKind.FHIR));
        assertEquals(2, result.about().person().orElseThrow().names().size());
    }

    @Test
    void anXmlFileAboutTwoPeopleIsRefusedToo() {
        String xml = "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/>"
                + "<entry><resource><Patient><id value=\"a\"/><name><family value=\"Wiza\"/><given value=\"Alice\"/>"
                + "</name><birthDate value=\"1971-04-12\"/></Patient></resource></entry>"
                + "<entry><resource><Patient><id value=\"b\"/><name><family value=\"Doe\"/><given value=\"Jane\"/>"
                + "</name><birthDate value=\"1961-05-12\"/></Patient></resource></entry></Bundle>";
        ImportProblem problem = refusedWith(text("family.xml", xml, SourceKind.FHIR), ProblemCode.SEVERAL_PEOPLE);
        assertTrue(problem.message(Locale.ENGLISH).contains("Jane Doe, 1961-05-12"), problem.message(Locale.ENGLISH));
    }

    @Test
    void aHugeDirectoryOnlyBundleIsRefusedAsHoldingNoHealthRecord() {
        String[] practitioners = new String[20_000];
        for (int i = 0; i < practitioners.length; i++) {
            practitioners[i] = practitioner("p" + i);
        }
        ImportProblem problem = refusedWith(
                text("practitioners.json", bundle(practitioners), SourceKind.FHIR), ProblemCode.NO_HEALTH_RECORD);
        assertEquals(List.of("20000", "20000 Practitioner"), problem.arguments());
        assertTrue(problem.message(Locale.FRENCH).contains("ne contient pas de dossier de santé"));
    }

    @Test
    void directoryResourcesBesideAHealthRecordAreLeftOut() {
        ImportResult result = imported(text(
                "with-doctors.json",
                bundle(alice(), practitioner("p1"), observation("obs-1", "Patient/pat-alice"), practitioner("p2")),
                SourceKind.FHIR));
        assertEquals(2, result.entries().size());
        assertEquals(1, result.count(EntryKind.OBSERVATION));
        assertEquals(2, result.itemsLeftOut());
    }

    @Test
    void anAppleHealthExportIsAboutWhomeverItsMeElementWasBorn() {
        ImportResult result = imported(
                Imports.file(FhirCorpus.file("wellness/apple-health-export/dogsheep/export.xml"), SourceKind.DETECT));
        Person me = result.about().person().orElseThrow();
        assertEquals(LocalDate.of(1990, 2, 2), me.birthDate());
        assertTrue(me.names().isEmpty());
    }
}
