package org.visitprep.record.reading;

/**
 * Where in a file a problem is: a line and column (1-based, 0 when unknown) and/or a path inside the content
 * (a JSON path such as {@code entry[3].resource}, an XML element, or a CSV column name).
 */
public record ProblemLocation(String file, int line, int column, String path) {

    public static ProblemLocation inFile(String file) {
        return new ProblemLocation(file, 0, 0, null);
    }

    public static ProblemLocation at(String file, int line, int column) {
        return new ProblemLocation(file, line, column, null);
    }

    public static ProblemLocation atPath(String file, String path) {
        return new ProblemLocation(file, 0, 0, path);
    }

    public ProblemLocation withPath(String innerPath) {
        return new ProblemLocation(file, line, column, innerPath);
    }
}
