package org.visitprep.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoincCodeTest {

    @Test
    void theCheckDigitOfTheLoincUsersGuideExampleIsFive() {
        // The Users' Guide works 12345 through: odd positions 531 doubled is 1062, plus 4 and 2, sum 15, so 5.
        assertEquals(5, LoincCode.checkDigitOf("12345"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4548-4", "718-7", "2345-7", "33914-3", "98979-8", "8480-6", "10834-0", "2160-0"})
    void publishedCodesAreWellFormed(String code) {
        assertTrue(LoincCode.isWellFormed(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4548-5", "718-1", "2345-0", "33914-4"})
    void aWrongCheckDigitIsRefused(String code) {
        assertFalse(LoincCode.isWellFormed(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4548", "45484", "4548-", "-4", "a548-4", "4548-44", "4548 4", "12345678-5"})
    void textThatIsNotDigitsDashDigitIsRefused(String text) {
        assertFalse(LoincCode.isWellFormed(text), text);
    }

    @Test
    void nothingIsNotACode() {
        assertFalse(LoincCode.isWellFormed(null));
        assertEquals(Optional.empty(), LoincCode.parse(null));
    }

    @Test
    void parsingIgnoresSurroundingBlanks() {
        assertEquals(Optional.of(new LoincCode("4548-4")), LoincCode.parse("  4548-4\n"));
    }

    @Test
    void constructingAMalformedCodeSaysWhatIsExpected() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new LoincCode("4548-5"));
        assertTrue(refused.getMessage().contains("check digit"), refused.getMessage());
    }
}
