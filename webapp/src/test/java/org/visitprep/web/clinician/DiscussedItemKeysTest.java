package org.visitprep.web.clinician;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.visitprep.sharing.DiscussedItem;

class DiscussedItemKeysTest {

    @Test
    void anItemComesBackFromItsKey() {
        assertEquals(
                DiscussedItem.sentence(3),
                SharedSummaryReader.parsedItem("SENTENCE:3").orElseThrow());
        assertEquals(
                DiscussedItem.concern(1),
                SharedSummaryReader.parsedItem("CONCERN:1").orElseThrow());
    }

    @Test
    void aKeyThatNamesNoItemIsIgnored() {
        for (String key : new String[] {null, "", "SENTENCE", "SENTENCE:", "SENTENCE:x", "NOTE:1", ":1"}) {
            assertTrue(SharedSummaryReader.parsedItem(key).isEmpty(), key);
        }
    }
}
