package org.visitprep.record.fhir;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.visitprep.record.reading.ImportProblem;
import org.visitprep.record.reading.ProblemCode;
import org.visitprep.record.reading.ProblemLocation;

/**
 * Hears what HAPI's parser finds wrong in one resource and turns each finding into a problem; HAPI's lenient
 * default would only log it and carry on with the content dropped. One instance per resource parsed.
 *
 * <p>Every finding refuses the source: an element R4 does not know may be a field of an older version holding
 * clinical meaning (a dose, a status) that silently dropping would falsify.
 */
final class ParseFindings implements IParserErrorHandler {

    private final ProblemLocation where;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> unknownElements = new ArrayList<>();

    ParseFindings(ProblemLocation where) {
        this.where = where;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    /** The names of elements R4 did not know, for telling an older FHIR version apart. */
    List<String> unknownElements() {
        return unknownElements;
    }

    boolean any() {
        return !problems.isEmpty();
    }

    private ProblemLocation at(IParseLocation location, String element) {
        String parent = location == null ? null : location.getParentElementName();
        String inner = parent != null && !parent.equals(element) ? parent + "." + element : element;
        return where.withPath(where.path() == null ? inner : where.path() + "." + inner);
    }

    @Override
    public void unknownElement(IParseLocation location, String element) {
        unknownElements.add(element);
        problems.add(ImportProblem.of(ProblemCode.UNKNOWN_ELEMENT, at(location, element), element));
    }

    @Override
    public void unknownAttribute(IParseLocation location, String attribute) {
        unknownElements.add(attribute);
        problems.add(ImportProblem.of(ProblemCode.UNKNOWN_ELEMENT, at(location, attribute), attribute));
    }

    @Override
    public void incorrectJsonType(
            IParseLocation location,
            String element,
            BaseJsonLikeValue.ValueType expected,
            BaseJsonLikeValue.ScalarType expectedScalar,
            BaseJsonLikeValue.ValueType found,
            BaseJsonLikeValue.ScalarType foundScalar) {
        problems.add(ImportProblem.of(
                ProblemCode.WRONG_JSON_TYPE,
                at(location, element),
                element,
                jsonType(expected, expectedScalar),
                jsonType(found, foundScalar)));
    }

    private static String jsonType(BaseJsonLikeValue.ValueType type, BaseJsonLikeValue.ScalarType scalar) {
        if (type == null) {
            return "?";
        }
        String name = type == BaseJsonLikeValue.ValueType.SCALAR && scalar != null ? scalar.name() : type.name();
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
        String element =
                location == null || location.getParentElementName() == null ? "?" : location.getParentElementName();
        problems.add(ImportProblem.of(
                ProblemCode.INVALID_VALUE,
                where.withPath(path(element)),
                element,
                value == null ? "" : value,
                error == null ? "" : error.replaceFirst("^HAPI-\\d+: ", "")));
    }

    @Override
    public void missingRequiredElement(IParseLocation location, String element) {
        problems.add(ImportProblem.of(ProblemCode.MISSING_REQUIRED_ELEMENT, at(location, element), element));
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String element) {
        problems.add(ImportProblem.of(ProblemCode.WRONG_JSON_TYPE, at(location, element), element, "single", "array"));
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
        problems.add(
                ImportProblem.of(ProblemCode.MISSING_REQUIRED_ELEMENT, at(location, "contained.id"), "contained.id"));
    }

    @Override
    public void unknownReference(IParseLocation location, String reference) {
        problems.add(ImportProblem.of(ProblemCode.DANGLING_CONTAINED_REFERENCE, at(location, "reference"), reference));
    }

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {
        unknownReference(location, reference);
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
        problems.add(ImportProblem.of(
                ProblemCode.INVALID_VALUE,
                at(location, "extension"),
                "extension",
                "value[x]",
                "an extension has both a value and nested extensions"));
    }

    private String path(String element) {
        return where.path() == null ? element : where.path() + "." + element;
    }
}
