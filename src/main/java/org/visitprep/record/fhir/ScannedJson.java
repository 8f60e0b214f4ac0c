package org.visitprep.record.fhir;

import java.util.List;
import org.visitprep.record.reading.ImportProblem;

/**
 * What a scan of a FHIR JSON file found: the root's resource type, the bundle type when it is a Bundle, the
 * resources inside it (or the root itself), and the problems the scan can tell without parsing.
 */
record ScannedJson(String rootType, String bundleType, List<RawResource> resources, List<ImportProblem> problems) {}
