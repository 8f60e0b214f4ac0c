package org.visitprep.ehr;

import java.io.Serial;
import java.util.List;
import java.util.Locale;

/**
 * A call to an EHR that did not give what the portal needs, carried up to the outcome the web layer renders. Its
 * message is the English one: safe to log, since problems carry no token and no health data.
 */
public final class EhrFailure extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final EhrProblem problem;
    private final List<String> arguments;

    public EhrFailure(EhrProblem problem, String... arguments) {
        this(problem, null, arguments);
    }

    public EhrFailure(EhrProblem problem, Throwable cause, String... arguments) {
        super(problem.message(Locale.ENGLISH, List.of(arguments)), withoutDetails(cause));
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public EhrProblem problem() {
        return problem;
    }

    public List<String> arguments() {
        return arguments;
    }

    /**
     * Keeps only the type of the cause: messages of HTTP and JOSE libraries may quote a response body or a token.
     */
    private static Throwable withoutDetails(Throwable cause) {
        if (cause == null) {
            return null;
        }
        Exception summary = new Exception(cause.getClass().getName());
        summary.setStackTrace(cause.getStackTrace());
        return summary;
    }
}
