package org.visitprep.record.reading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The problems found in one source so far. A reader goes on looking after the first one where that is cheap, so
 * the person can fix the file in one go, and then refuses the source with all of them, listing at most
 * {@link ImportLimits#maxProblemsListed()} and counting the rest.
 */
public final class ProblemList {

    private final String fileName;
    private final int maxListed;
    private final List<ImportProblem> problems = new ArrayList<>();

    public ProblemList(String fileName, ImportLimits limits) {
        this.fileName = fileName;
        this.maxListed = limits.maxProblemsListed();
    }

    public void add(ImportProblem problem) {
        problems.add(problem);
    }

    public void addAll(Collection<ImportProblem> more) {
        problems.addAll(more);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Refuses the source when any problem was found. */
    public void rejectIfAny() throws SourceRejected {
        if (problems.isEmpty()) {
            return;
        }
        if (problems.size() <= maxListed) {
            throw new SourceRejected(problems);
        }
        List<ImportProblem> listed = new ArrayList<>(problems.subList(0, maxListed));
        listed.add(ImportProblem.of(
                ProblemCode.MORE_PROBLEMS, ProblemLocation.inFile(fileName), problems.size() - maxListed));
        throw new SourceRejected(listed);
    }
}
