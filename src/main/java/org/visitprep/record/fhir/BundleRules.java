package org.visitprep.record.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.visitprep.record.EntryIdentity;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.ProblemList;
import org.visitprep.record.reading.ProblemLocation;

/**
 * The rules a file's resources must keep together to become one person's record:
 * <ul>
 *   <li><b>One version of each resource.</b> Entries with the same fullUrl (or, without one, the same type and id)
 *       and the same bytes are one resource
 *       repeated (a searchset that both matched and included it): the first is kept, the others dropped. Such entries
 *       with different content are refused, naming both entries: FHIR requires a fullUrl to
 *       be unique in a bundle except for different versions (http://hl7.org/fhir/R4/bundle.html, bdl-7), and
 *       VisitPrep cannot tell which version is right.</li>
 * </ul>
 *
 * <p>Whom the file is about (one person, or several) is decided from its entries afterwards, by
 * {@link org.visitprep.record.person.SourcePeople}.
 */
final class BundleRules {

    /** What the rules look at in an entry. */
    record Header(
            int position, int entryIndex, String fullUrl, String resourceType, String id, EntryIdentity identity) {

        /** What names the resource inside the bundle: its fullUrl, else its type and id, else its identity. */
        String nameInBundle() {
            if (fullUrl != null) {
                return fullUrl;
            }
            return id != null ? resourceType + "/" + id : identity.key();
        }

        String label() {
            return id == null ? resourceType : resourceType + "/" + id;
        }
    }

    private BundleRules() {}

    /**
     * The positions of the entries to keep, in order.
     *
     * @param sameContent whether the entries at two positions hold the same bytes
     */
    static List<Integer> apply(
            List<Header> headers, BiPredicate<Integer, Integer> sameContent, String fileName, ProblemList problems) {
        Map<String, Header> seen = new HashMap<>();
        List<Integer> kept = new ArrayList<>(headers.size());
        for (Header header : headers) {
            Header earlier = seen.putIfAbsent(header.nameInBundle(), header);
            if (earlier != null) {
                if (!sameContent.test(earlier.position(), header.position())) {
                    problems.add(ImportProblem.of(
                            ProblemCode.CONFLICTING_DUPLICATE,
                            ProblemLocation.atPath(fileName, "entry[" + header.entryIndex() + "]"),
                            header.label(),
                            earlier.entryIndex(),
                            header.entryIndex()));
                }
                continue;
            }
            kept.add(header.position());
        }
        return kept;
    }
}
