package org.visitprep.web.smart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.visitprep.sharing.DiscussedItem;

class DiscussedItemKeysTest {

    @Test
    void anItemComesBackFromItsKey() {
        assertEquals(
                DiscussedItem.sentence(3), SmartReview.parsedItem("SENTENCE:3").orElseThrow());
        assertEquals(
                DiscussedItem.concern(1), SmartReview.parsedItem("CONCERN:1").orElseThrow());
    }

    @Test
    void aKeyThatNamesNoItemIsIgnored() {
        for (String key : new String[] {null, "", "SENTENCE", "SENTENCE:", "SENTENCE:x", "NOTE:1", ":1"}) {
            assertTrue(SmartReview.parsedItem(key).isEmpty(), key);
        }
    }
}
