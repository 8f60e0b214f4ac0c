package org.visitprep.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the shipped catalogue's content, entry by entry. */
class LabCatalogueTest {

    private static final LabCatalogue CATALOGUE = LabCatalogue.standard();

    /** Short words that turn up in nearly every French sentence and in no English one we write. */
    private static final Pattern FRENCH_WORDS =
            Pattern.compile("\\b(le|la|les|des|du|une|dans|qui|est|et|à|d'|l')", Pattern.CASE_INSENSITIVE);

    /** Words that would turn a description of what a test measures into advice or a diagnosis. */
    private static final Pattern ADVICE_OR_DIAGNOSIS = Pattern.compile(
            "(?i)\\b(you|your|should|must|see a doctor|diagnos\\w*|disease|cancer|treat\\w*|vous|votre|devez|"
                    + "devriez|maladie|traitement)\\b");

    @Test
    void holdsAtLeastSixtyLaboratoryTests() {
        long laboratoryTests = CATALOGUE.tests().stream()
                .filter(test -> test.category() == TestCategory.LABORATORY)
                .count();
        assertTrue(laboratoryTests >= 60, "only " + laboratoryTests + " laboratory tests");
    }

    @Test
    void everyCodeIsAWellFormedLoincCodeListedOnce() {
        Set<String> seen = new HashSet<>();
        for (LabTest test : CATALOGUE.tests()) {
            String code = test.code().value();
            assertTrue(LoincCode.isWellFormed(code), code);
            assertTrue(seen.add(code), code + " is listed twice");
        }
    }

    @Test
    void everyTestHasANameAndADescriptionInEnglishAndInFrench() {
        for (LabTest test : CATALOGUE.tests()) {
            for (LocalizedText text : List.of(test.name(), test.description())) {
                assertFalse(text.english().isBlank(), test + " lacks English");
                assertFalse(text.french().isBlank(), test + " lacks French");
            }
        }
    }

    @Test
    void frenchDescriptionsAreReallyFrench() {
        for (LabTest test : CATALOGUE.tests()) {
            String english = test.description(Locale.ENGLISH);
            String french = test.description(Locale.FRENCH);
            assertNotEquals(english, french, test + " has the same description in both languages");
            assertTrue(FRENCH_WORDS.matcher(french).find(), test + ": \"" + french + "\" does not read as French");
        }
    }

    @Test
    void descriptionsAreOneSentenceWithoutAdviceOrDiagnosis() {
        for (LabTest test : CATALOGUE.tests()) {
            for (String description : List.of(test.description(Locale.ENGLISH), test.description(Locale.FRENCH))) {
                assertFalse(description.contains("\n"), test + ": more than one line");
                assertTrue(description.endsWith("."), test + ": \"" + description + "\" is not one full sentence");
                assertFalse(ADVICE_OR_DIAGNOSIS.matcher(description).find(), test + ": \"" + description + "\"");
            }
        }
    }

    @Test
    void everyQuantityHasAUnitAndNothingElseHasOne() {
        for (LabTest test : CATALOGUE.tests()) {
            boolean quantity = test.resultKind() == ResultKind.QUANTITY;
            assertEquals(quantity, test.unit().isPresent(), test + " unit " + test.unit());
            test.unit().ifPresent(unit -> assertFalse(unit.isBlank(), test.toString()));
        }
    }

    @Test
    void everyCitedSourceIsInTheSourceList() {
        assertTrue(CATALOGUE.source(CATALOGUE.codeSource().id()).isPresent());
        assertEquals("https://loinc.org", CATALOGUE.codeSource().url());
        for (LabTest test : CATALOGUE.tests()) {
            for (AdministrativeSex sex : AdministrativeSex.values()) {
                test.generalRangeFor(sex).ifPresent(range -> {
                    for (String id : range.sourceId().orElseThrow().split(",")) {
                        assertTrue(CATALOGUE.source(id).isPresent(), test + " cites unknown source " + id);
                    }
                });
            }
            test.criticalLimits()
                    .ifPresent(limits -> assertTrue(
                            CATALOGUE.source(limits.sourceId()).isPresent(), test + " cites " + limits.sourceId()));
        }
    }

    @Test
    void everySourceListedIsCitedAndHasAWebAddress() {
        Set<String> cited = new HashSet<>(Set.of(CATALOGUE.codeSource().id()));
        for (LabTest test : CATALOGUE.tests()) {
            test.generalRangeFor(AdministrativeSex.FEMALE)
                    .flatMap(ReferenceRange::sourceId)
                    .ifPresent(cited::add);
            test.criticalLimits().map(CriticalLimits::sourceId).ifPresent(cited::add);
        }
        for (CatalogueSource source : CATALOGUE.sources()) {
            assertTrue(cited.contains(source.id()), source.id() + " is listed but never cited");
            assertTrue(source.url().startsWith("http"), source.id());
        }
    }

    @Test
    void everyRangeIsGeneralAndInTheTestsUnit() {
        for (LabTest test : CATALOGUE.tests()) {
            for (AdministrativeSex sex : AdministrativeSex.values()) {
                test.generalRangeFor(sex).ifPresent(range -> {
                    assertTrue(range.isGeneral(), test.toString());
                    assertEquals(test.unit().orElseThrow(), range.unit(), test.toString());
                });
            }
            test.criticalLimits().ifPresent(limits -> assertEquals(test.unit().orElseThrow(), limits.unit()));
        }
    }

    @Test
    void criticalLimitsLieBeyondTheGeneralRange() {
        for (LabTest test : CATALOGUE.tests()) {
            if (test.criticalLimits().isEmpty()) {
                continue;
            }
            CriticalLimits limits = test.criticalLimits().get();
            for (AdministrativeSex sex : AdministrativeSex.values()) {
                test.generalRangeFor(sex).ifPresent(range -> {
                    limits.low()
                            .ifPresent(critical -> assertTrue(
                                    range.low()
                                                    .map(Limit::value)
                                                    .orElse(BigDecimal.ZERO)
                                                    .compareTo(critical.value())
                                            > 0,
                                    test + " critical low " + critical + " is not below the range " + range));
                    limits.high()
                            .ifPresent(critical -> range.high()
                                    .ifPresent(high -> assertTrue(
                                            high.value().compareTo(critical.value()) < 0,
                                            test + " critical high " + critical + " is not above the range " + range)));
                });
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"718-7", "4544-3", "789-8", "2160-0", "38483-4", "2276-4"})
    void rangesThatClearlyDifferBetweenWomenAndMenAreKeptApart(String code) {
        LabTest test = CATALOGUE.find(code).orElseThrow();
        assertTrue(test.hasSexSpecificRanges(), code);
        ReferenceRange female = test.generalRangeFor(AdministrativeSex.FEMALE).orElseThrow();
        ReferenceRange male = test.generalRangeFor(AdministrativeSex.MALE).orElseThrow();
        assertNotEquals(
                female.low().orElseThrow().value(), male.low().orElseThrow().value(), code);
    }

    @Test
    void creatinineForAPersonOfUnknownSexSpansBothRanges() {
        ReferenceRange range = CATALOGUE
                .find("2160-0")
                .orElseThrow()
                .generalRangeFor(AdministrativeSex.UNKNOWN)
                .orElseThrow();
        assertEquals(
                0, new BigDecimal("0.59").compareTo(range.low().orElseThrow().value()));
        assertEquals(
                0, new BigDecimal("1.35").compareTo(range.high().orElseThrow().value()));
    }

    @Test
    void commonTestsAreFlaggedFromTheCatalogueAlone() {
        assertEquals(LabFlag.HIGH, flag("4548-4", "6.1", "%"));
        assertEquals(LabFlag.NORMAL, flag("4548-4", "5.6", "%"));
        assertEquals(LabFlag.CRITICAL_HIGH, flag("6298-4", "6.4", "mmol/L"));
        assertEquals(LabFlag.LOW, flag("33914-3", "59", "mL/min/{1.73_m2}"));
        assertEquals(LabFlag.UNKNOWN, flag("33914-3", "59", "mL/min"));
        assertEquals(LabFlag.UNKNOWN, flag("2339-0", "5.4", "mmol/L"));
        assertEquals(LabFlag.UNKNOWN, flag("10834-0", "30", "g/L"));
    }

    @Test
    void lookUpIsByCodeOnly() {
        assertEquals("Hemoglobin A1c", CATALOGUE.find(" 4548-4 ").orElseThrow().name(Locale.ENGLISH));
        assertEquals(
                "Hémoglobine glyquée (HbA1c)",
                CATALOGUE.find("4548-4").orElseThrow().name(Locale.FRENCH));
        assertTrue(CATALOGUE.find("4548-5").isEmpty());
        assertTrue(CATALOGUE.find("HbA1c").isEmpty());
        assertTrue(CATALOGUE.find((String) null).isEmpty());
        assertTrue(CATALOGUE.find("11111-1").isEmpty());
    }

    @Test
    void theCatalogueSaysItsRangesAreGeneralAndTheLaboratorysOwnComeFirst() {
        assertTrue(CATALOGUE.about().english().contains("general adult ranges"));
        assertTrue(CATALOGUE.about().english().contains("takes precedence"));
        assertTrue(CATALOGUE.about().french().contains("a toujours priorité"));
    }

    @Test
    void theCatalogueCannotBeChanged() {
        List<LabTest> tests = CATALOGUE.tests();
        assertThrows(UnsupportedOperationException.class, tests::clear);
        assertThrows(
                UnsupportedOperationException.class, () -> CATALOGUE.sources().clear());
        assertTrue(LabCatalogue.standard() == CATALOGUE, "the shipped catalogue is read once");
    }

    @Test
    void vitalSignsAreMarkedAsSuch() {
        List<String> vitalSigns = new ArrayList<>();
        CATALOGUE.tests().stream()
                .filter(test -> test.category() == TestCategory.VITAL_SIGN)
                .forEach(test -> vitalSigns.add(test.code().value()));
        List<String> expected =
                Stream.of("8480-6", "8462-4", "55284-4", "39156-5").toList();
        assertTrue(vitalSigns.containsAll(expected), vitalSigns.toString());
        assertEquals(
                TestCategory.LABORATORY, CATALOGUE.find("718-7").orElseThrow().category());
    }

    private static LabFlag flag(String code, String value, String unit) {
        return CATALOGUE.find(code).orElseThrow().flag(Quantity.of(value, unit), AdministrativeSex.UNKNOWN);
    }
}
