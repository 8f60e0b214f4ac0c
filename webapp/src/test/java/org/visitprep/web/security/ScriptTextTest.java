package org.visitprep.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Text from a record, written into a script's JSON, neither ends the script nor changes on the way back. */
class ScriptTextTest {

    private static final String PAYLOAD = "</script><img src=x onerror=alert(1)>&amp;<!--\u2028\u2029'\"";

    @Test
    void nothingThatCouldEndOrBendAScriptIsLeftAsItWas() {
        String json = Json.createObjectBuilder().add("unit", PAYLOAD).build().toString();

        String safe = ScriptText.json(json);

        for (String dangerous : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
            assertFalse(safe.contains(dangerous), dangerous + " in " + safe);
        }
    }

    @Test
    void aJsonParserReadsBackExactlyTheSameText() {
        String json = Json.createObjectBuilder().add("unit", PAYLOAD).build().toString();

        String readBack = Json.createReader(new StringReader(ScriptText.json(json)))
                .readObject()
                .getString("unit");

        assertEquals(PAYLOAD, readBack);
    }
}
