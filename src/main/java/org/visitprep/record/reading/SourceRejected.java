package org.visitprep.record.reading;

import java.util.List;

/**
 * Thrown by a reader that refuses its source, with every problem it found (at least one). Carries no stack trace:
 * it is an answer for a person, not a fault.
 */
public class SourceRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public SourceRejected(List<ImportProblem> problems) {
        super(problems.isEmpty() ? "rejected" : problems.getFirst().code().name(), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public SourceRejected(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
