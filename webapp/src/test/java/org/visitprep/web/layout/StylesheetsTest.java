package org.visitprep.web.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every stylesheet closes each block it opens: a rule left open swallows the rules after it, which browsers then
 * ignore without a word (a merge once left one open, and a phone page lost its accessible upload button).
 */
class StylesheetsTest {

    private static final Path CSS = Path.of("src/main/webapp/resources/css");

    @Test
    void everyBlockIsClosedInOrder() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.list(CSS)) {
            sheets = files.filter(file -> file.toString().endsWith(".css"))
                    .sorted()
                    .toList();
        }
        assertFalse(sheets.isEmpty(), "no stylesheet in " + CSS.toAbsolutePath());
        for (Path sheet : sheets) {
            String rules = Files.readString(sheet).replaceAll("(?s)/\\*.*?\\*/", "");
            int depth = 0;
            int line = 1;
            for (char c : rules.toCharArray()) {
                if (c == '\n') {
                    line++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
                if (depth < 0) {
                    throw new AssertionError(sheet.getFileName() + ": a block closes twice near line " + line);
                }
            }
            assertEquals(0, depth, sheet.getFileName() + ": " + depth + " block(s) left open");
        }
    }
}
