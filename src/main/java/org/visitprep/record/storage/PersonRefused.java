package org.visitprep.record.storage;

import java.io.Serial;
import org.visitprep.record.reading.ImportProblem;

/**
 * Thrown inside an import's transaction when its source is about someone else than the record's person, so that the
 * transaction, which has locked the record, rolls back and nothing is stored. Carries the problem for the patient;
 * its message names only the problem's code.
 */
final class PersonRefused extends RecordStorageException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ImportProblem problem;

    PersonRefused(ImportProblem problem) {
        super("Import refused: " + problem.code(), null);
        this.problem = problem;
    }

    ImportProblem problem() {
        return problem;
    }
}
