package org.visitprep.record.nutrition;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.ProblemLocation;
import org.visitprep.record.reading.SourceRejected;

/**
 * Splits CSV text into lines of cells as RFC 4180 defines it (https://www.rfc-editor.org/rfc/rfc4180): commas
 * between cells, double quotes around a cell that holds a comma, a quote or a line break, a doubled quote for a
 * quote. Tells the line each record starts on, for problems.
 */
final class CsvLines {

    /** One record of the file and the line it starts on. */
    record Line(int number, List<String> cells) {}

    private final Reader in;
    private final String fileName;
    private int lineNumber = 1;
    private int pushedBack = -2;

    CsvLines(Reader in, String fileName) {
        this.in = in;
        this.fileName = fileName;
    }

    /** The next record, or null at the end of the file. */
    Line next() throws IOException, SourceRejected {
        int c = read();
        if (c < 0) {
            return null;
        }
        int start = lineNumber;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellWasQuoted = false;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    throw new SourceRejected(ImportProblem.of(
                            ProblemCode.CSV_UNCLOSED_QUOTE, ProblemLocation.at(fileName, start, cells.size() + 1)));
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        lineNumber++;
                    }
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.isEmpty() && !cellWasQuoted) {
                quoted = true;
                cellWasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellWasQuoted = false;
            } else if (c == '\r' || c == '\n' || c < 0) {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        pushedBack = after;
                    }
                }
                if (c >= 0) {
                    lineNumber++;
                }
                cells.add(cell.toString());
                return new Line(start, cells);
            } else {
                cell.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }
}
