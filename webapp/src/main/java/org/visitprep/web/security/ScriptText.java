package org.visitprep.web.security;

/**
 * The one place where a value is made safe to write inside a {@code <script>} element or any JSON a page's script
 * reads: JSON's own escaping keeps a string inside its quotes, but an HTML parser ends the script at {@code </script>}
 * wherever it stands, and {@code <!--}, {@code &} and the line separators U+2028 and U+2029 change how older parsers
 * read what follows. Each of those characters becomes its backslash-u escape (e.g. {@code <} as backslash-u003c), which every JSON and JavaScript
 * parser reads back as the same character, so a record's unit or a patient's note is shown as text and never runs.
 */
public final class ScriptText {

    private ScriptText() {}

    /** The JSON text (already valid JSON) with {@code < > &} U+2028 U+2029 written as unicode escapes. */
    public static String json(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
