package org.visitprep.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CatalogueReaderTest {

    private static final String SOURCES = """
            "about": {"en": "General adult ranges.", "fr": "Valeurs générales pour l'adulte."},
            "codeSource": "loinc",
            "sources": [
              {"id": "loinc", "title": "LOINC", "publisher": "Regenstrief", "url": "https://loinc.org",
               "usedFor": "codes"},
              {"id": "lab", "title": "A lab", "publisher": "A hospital", "url": "https://example.org/lab",
               "usedFor": "ranges"}
            ],
            """;

    private static final String POTASSIUM = """
            {"loinc": "2823-3", "category": "laboratory", "result": "quantity", "unit": "mmol/L",
             "name": {"en": "Potassium", "fr": "Potassium"},
             "about": {"en": "Measures potassium.", "fr": "Mesure le potassium."},
             "range": {"low": "3.5", "high": "5.0", "source": "lab"},
             "critical": {"low": "<3.0", "high": ">=6.5", "source": "lab"}}
            """;

    @Test
    void aCompleteCatalogueIsRead() {
        LabCatalogue catalogue = read(POTASSIUM);
        LabTest potassium = catalogue.find("2823-3").orElseThrow();
        assertEquals("Mesure le potassium.", potassium.description(Locale.FRENCH));
        assertEquals("mmol/L", potassium.unit().orElseThrow());
        assertEquals(LabFlag.CRITICAL_HIGH, potassium.flag(Quantity.of("6.5", "mmol/L"), AdministrativeSex.MALE));
        assertEquals(LabFlag.LOW, potassium.flag(Quantity.of("3.0", "mmol/L"), AdministrativeSex.MALE));
        assertEquals(2, catalogue.sources().size());
    }

    @Test
    void aTestWithoutFrenchIsRefused() {
        assertRefused(POTASSIUM.replace("\"fr\": \"Mesure le potassium.\"", "\"fr\": \" \""), "\"fr\"");
    }

    @Test
    void aSourceThatIsNotListedIsRefused() {
        assertRefused(POTASSIUM.replace("\"source\": \"lab\"}", "\"source\": \"elsewhere\"}"), "elsewhere");
    }

    @Test
    void aCodeWithAWrongCheckDigitIsRefused() {
        assertRefused(POTASSIUM.replace("2823-3", "2823-4"), "2823-4");
    }

    @Test
    void aCodeListedTwiceIsRefused() {
        assertRefused(POTASSIUM + "," + POTASSIUM, "twice");
    }

    @Test
    void aQuantityWithoutAUnitIsRefused() {
        assertRefused(POTASSIUM.replace("\"unit\": \"mmol/L\",", ""), "unit");
    }

    @Test
    void aCodedResultWithARangeIsRefused() {
        String coded = POTASSIUM.replace("\"quantity\", \"unit\": \"mmol/L\"", "\"coded\"");
        assertRefused(coded, "only a quantity can have a range");
    }

    @Test
    void aCriticalLimitWithoutItsComparisonIsRefused() {
        assertRefused(POTASSIUM.replace("\"<3.0\"", "\"3.0\""), "critical limit");
    }

    @Test
    void aRangeWhoseLowIsAboveItsHighIsRefused() {
        assertRefused(POTASSIUM.replace("\"low\": \"3.5\"", "\"low\": \"5.5\""), "above its high");
    }

    @Test
    void aLimitThatIsNotANumberIsRefused() {
        assertRefused(POTASSIUM.replace("\"5.0\"", "\"five\""), "not a number");
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        CatalogueFormatException refused = assertThrows(
                CatalogueFormatException.class,
                () -> LabCatalogue.read(new ByteArrayInputStream("{\"tests\": [".getBytes(StandardCharsets.UTF_8))));
        assertTrue(refused.getMessage().contains("JSON"), refused.getMessage());
    }

    private static void assertRefused(String tests, String expectedInMessage) {
        CatalogueFormatException refused = assertThrows(CatalogueFormatException.class, () -> read(tests));
        assertTrue(refused.getMessage().contains(expectedInMessage), refused.getMessage());
    }

    private static LabCatalogue read(String tests) {
        String json = "{" + SOURCES + "\"tests\": [" + tests + "]}";
        return LabCatalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
