package org.visitprep.visit;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Why the portal refused what a person asked, for a message in their language that says what is wrong and what to
 * do. Arguments are counts, limits and positions, never the health data that was refused.
 */
public record Problem(Problem.Code code, List<String> arguments) {

    /** A kind of problem, whose message lives in a resource bundle in English and French. */
    public interface Code {

        /** The base name of the resource bundle holding the message. */
        String bundle();

        /** The message's key in that bundle: by default the code's name in lower case, its words joined by dots. */
        default String messageKey() {
            return toString().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    public Problem {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    public static Problem of(Code code, Object... arguments) {
        return new Problem(code, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The message for a person, in the given language (English unless French is asked for). */
    public String message(Locale locale) {
        ResourceBundle messages = ResourceBundle.getBundle(
                code.bundle(),
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(messages.getString(code.messageKey()), locale).format(arguments.toArray());
    }
}
