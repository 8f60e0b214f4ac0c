package org.visitprep.summary.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.visitprep.summary.wording.Languages;

/** The system prompt, from {@code system-prompt.txt} next to this class, for the summary's language. */
final class SystemPrompt {

    private static final String TEMPLATE = load();

    private SystemPrompt() {}

    static String forLanguage(Locale locale) {
        boolean french = Languages.isFrench(locale);
        return TEMPLATE.replace("{language}", french ? "French" : "English")
                .replace("{decimal}", french ? "a comma" : "a point");
    }

    private static String load() {
        try (InputStream text = SystemPrompt.class.getResourceAsStream("system-prompt.txt")) {
            if (text == null) {
                throw new IllegalStateException("system-prompt.txt is missing next to " + SystemPrompt.class.getName());
            }
            return new String(text.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
