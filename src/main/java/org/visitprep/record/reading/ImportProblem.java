package org.visitprep.record.reading;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Why a source was refused, where, and what to do, for the person who brought it. Messages exist in English and
 * French; {@link #message(Locale)} picks the language.
 *
 * <p>Arguments are strings, already shortened: a problem never carries more of the file's content than a value or
 * an id, and importers never log problems (they may name health data).
 */
public record ImportProblem(ProblemCode code, ProblemLocation location, List<String> arguments) {

    private static final String BUNDLE = "org.visitprep.record.reading.ImportProblems";
    private static final int LONGEST_ARGUMENT = 120;

    public ImportProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        arguments = arguments.stream().map(ImportProblem::shortened).toList();
    }

    public static ImportProblem of(ProblemCode code, ProblemLocation location, Object... arguments) {
        return new ImportProblem(
                code,
                location,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The whole message: where, then what and what to do. */
    public String message(Locale locale) {
        ResourceBundle messages = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        MessageFormat what = new MessageFormat(messages.getString(code.messageKey()), locale);
        return where(messages, locale) + " " + what.format(arguments.toArray());
    }

    private String where(ResourceBundle messages, Locale locale) {
        String file = location.file() == null ? "?" : location.file();
        String pattern;
        Object[] values;
        if (location.line() > 0 && location.path() != null) {
            pattern = messages.getString("where.line.path");
            values = new Object[] {file, location.line(), location.column(), location.path()};
        } else if (location.line() > 0) {
            pattern = messages.getString("where.line");
            values = new Object[] {file, location.line(), location.column()};
        } else if (location.path() != null) {
            pattern = messages.getString("where.path");
            values = new Object[] {file, location.path()};
        } else {
            pattern = messages.getString("where.file");
            values = new Object[] {file};
        }
        return new MessageFormat(pattern, locale).format(values);
    }

    private static String shortened(String argument) {
        String single = argument.replaceAll("\\s+", " ").strip();
        return single.length() <= LONGEST_ARGUMENT ? single : single.substring(0, LONGEST_ARGUMENT) + "…";
    }
}
