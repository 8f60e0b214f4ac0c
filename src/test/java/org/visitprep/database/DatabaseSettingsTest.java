package org.visitprep.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void knowsTheDatabaseByItsUrl() {
        assertEquals(DatabaseKind.H2, new DatabaseSettings("jdbc:h2:mem:x", "", "").kind());
        assertEquals(DatabaseKind.POSTGRESQL, new DatabaseSettings("jdbc:postgresql://db/visitprep", "vp", "s").kind());
    }

    @Test
    void refusesAnotherDatabaseWithAMessageNamingTheSetting() {
        var error = assertThrows(
                IllegalArgumentException.class, () -> new DatabaseSettings("jdbc:mysql://db/visitprep", "", ""));
        assertTrue(error.getMessage().contains("visitprep.db.url"), error.getMessage());
        assertTrue(error.getMessage().contains("jdbc:postgresql:"), error.getMessage());
    }

    @Test
    void neverPrintsThePassword() {
        var settings = new DatabaseSettings("jdbc:postgresql://db/vp?password=hunter2", "vp", "hunter2");
        assertFalse(settings.toString().contains("hunter2"), settings.toString());
    }
}
