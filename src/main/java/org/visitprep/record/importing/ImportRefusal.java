package org.visitprep.record.importing;

import java.util.List;
import java.util.Locale;
import org.visitprep.record.reading.ImportProblem;

/** A file refused, with every problem found (at least one); nothing of it was produced. */
public record ImportRefusal(String fileName, List<ImportProblem> problems) implements ImportOutcome {

    public ImportRefusal {
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one problem");
        }
    }

    /** Every problem's message in the language asked for, one per line. */
    public List<String> messages(Locale locale) {
        return problems.stream().map(p -> p.message(locale)).toList();
    }

    @Override
    public boolean isImported() {
        return false;
    }
}
