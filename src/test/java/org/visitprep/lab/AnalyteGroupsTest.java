package org.visitprep.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visitprep.record.Coding;

/** Equivalent codes of one analyte, and the checks that keep the shipped table honest. */
class AnalyteGroupsTest {

    private static final AnalyteGroups GROUPS = AnalyteGroups.standard();

    @Test
    void creatinineInBloodAndInSerumAreOneSeriesAndOtherCodesAreTheirOwn() {
        Coding blood = loinc("38483-4");
        Coding serum = loinc("2160-0");

        assertEquals(GROUPS.seriesKey(blood), GROUPS.seriesKey(serum));
        assertEquals(List.of(serum, loinc("38483-4")), GROUPS.equivalents(serum));
        assertNotEquals(GROUPS.seriesKey(serum), GROUPS.seriesKey(loinc("14682-9")), "moles per volume: another unit");
        assertEquals("http://loinc.org|4548-4", GROUPS.seriesKey(loinc("4548-4")));
        assertEquals(List.of(loinc("4548-4")), GROUPS.equivalents(loinc("4548-4")));
        Coding local = new Coding("urn:lab:local", "2160-0", null);
        assertEquals("urn:lab:local|2160-0", GROUPS.seriesKey(local), "a code of another system is not LOINC's");
    }

    @Test
    void everyMemberIsCataloguedWithTheSameUnitRangeAndCriticalLimitsAndEveryGroupCitesItsSource() {
        LabCatalogue catalogue = LabCatalogue.standard();
        assertFalse(GROUPS.groups().isEmpty());
        for (AnalyteGroups.Group group : GROUPS.groups()) {
            LabTest first = catalogue.find(group.first()).orElseThrow(() -> new AssertionError(group.first()));
            for (LoincCode member : group.members()) {
                LabTest test = catalogue.find(member).orElseThrow(() -> new AssertionError(member + " not catalogued"));
                assertEquals(first.unit(), test.unit(), member.value());
                for (AdministrativeSex sex : AdministrativeSex.values()) {
                    assertEquals(
                            first.generalRangeFor(sex).map(Object::toString),
                            test.generalRangeFor(sex).map(Object::toString),
                            member.value());
                }
                assertEquals(
                        first.criticalLimits().map(limits -> limits.low() + "/" + limits.high()),
                        test.criticalLimits().map(limits -> limits.low() + "/" + limits.high()),
                        member.value());
            }
            assertEquals(group.members().size(), group.longNames().size());
            assertTrue(GROUPS.sources().stream().anyMatch(source -> source.id().equals(group.sourceId())));
        }
        assertTrue(GROUPS.sources().stream().allMatch(source -> source.url().startsWith("https://")));
    }

    @Test
    void aTableThatListsACodeTwiceOrCitesNoSourceIsRefused() {
        String twice = table("""
                {"id": "a", "source": "s", "members": [{"loinc": "2160-0", "longName": "x"},
                                                        {"loinc": "38483-4", "longName": "y"}]},
                {"id": "b", "source": "s", "members": [{"loinc": "2160-0", "longName": "x"},
                                                        {"loinc": "14682-9", "longName": "z"}]}
                """);
        String unknownSource = table("""
                {"id": "a", "source": "elsewhere", "members": [{"loinc": "2160-0", "longName": "x"},
                                                                {"loinc": "38483-4", "longName": "y"}]}
                """);
        String badCode = table("""
                {"id": "a", "source": "s", "members": [{"loinc": "2160-1", "longName": "x"},
                                                        {"loinc": "38483-4", "longName": "y"}]}
                """);

        assertTrue(refusal(twice).contains("two groups"));
        assertTrue(refusal(unknownSource).contains("unknown source"));
        assertTrue(refusal(badCode).contains("not LOINC"));
        assertTrue(refusal("[]").contains("not a JSON object"));
    }

    private static String refusal(String json) {
        return assertThrows(
                        CatalogueFormatException.class,
                        () -> AnalyteGroups.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .getMessage();
    }

    private static String table(String groups) {
        return """
                {"sources": [{"id": "s", "title": "t", "publisher": "p", "url": "https://loinc.org", "usedFor": "u"}],
                 "groups": [%s]}
                """.formatted(groups);
    }

    private static Coding loinc(String code) {
        return new Coding(Coding.LOINC, code, null);
    }
}
