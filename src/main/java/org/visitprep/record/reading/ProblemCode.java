package org.visitprep.record.reading;

/**
 * Why a source was refused. Each code has a message in {@code ImportProblems.properties} (English) and
 * {@code ImportProblems_fr.properties} (French) saying what is wrong and what to do; the arguments it takes are
 * listed here in order.
 */
public enum ProblemCode {
    /** The file is larger than the limit: size, limit (both human readable). */
    FILE_TOO_LARGE,
    EMPTY_FILE,
    /** The file could not be read: the system's reason. */
    UNREADABLE_FILE,
    UNKNOWN_FORMAT,
    /** Not JSON: the parser's reason. */
    MALFORMED_JSON,
    /** Not XML: the parser's reason. */
    MALFORMED_XML,
    /** JSON, but its top level is not an object: what it is. */
    NOT_A_RESOURCE,
    NO_RESOURCE_TYPE,
    /** A resource type FHIR R4 does not define: the type. */
    UNKNOWN_RESOURCE_TYPE,
    /** Written for an older FHIR version: the version (DSTU2, STU3), the evidence. */
    OLDER_FHIR_VERSION,
    /** An element R4 does not define here: the element. */
    UNKNOWN_ELEMENT,
    /** A value of the wrong JSON type: the element, the expected type, the found type. */
    WRONG_JSON_TYPE,
    /** A value R4 does not allow: the element, the value, the reason. */
    INVALID_VALUE,
    /** An empty array, which FHIR JSON forbids: the element. */
    EMPTY_ARRAY,
    /** A required element missing: the element. */
    MISSING_REQUIRED_ELEMENT,
    /** A local reference ({@code #id}) to no contained resource: the reference. */
    DANGLING_CONTAINED_REFERENCE,
    /** A bundle type VisitPrep does not import: the type. */
    UNSUPPORTED_BUNDLE_TYPE,
    /** A bundle about more than one patient: the first patient's id, the other's id. Kept for reports written before
     * {@link #SEVERAL_PEOPLE}. */
    SECOND_PATIENT,
    /** A source about more than one person: everyone it is about (name and birth date, or reference), "; "-joined. */
    SEVERAL_PEOPLE,
    /** A source about someone whose name is not the record's person's: who the file is about, the record's name. */
    ANOTHER_PERSON_NAME,
    /** A source about someone born another day: who the file is about, the file's birth date, the record's. */
    ANOTHER_PERSON_BIRTH_DATE,
    /** A source whose identifier differs from the record's person's in one system: who, the system. */
    ANOTHER_PERSON_IDENTIFIER,
    /** A first source whose name is not the account's profile name: who the file is about, the profile's name. */
    NOT_ACCOUNT_HOLDER_NAME,
    /** A first source born another day than the account's profile says: who, the file's date, the profile's. */
    NOT_ACCOUNT_HOLDER_BIRTH_DATE,
    /** A source holding only directory resources (practitioners, organizations...): how many, of which types. */
    NO_HEALTH_RECORD,
    /** Two different resources under one identity: the resource (Type/id), the first entry, the second entry. */
    CONFLICTING_DUPLICATE,
    /** FHIR XML carrying a document type declaration. */
    XML_DOCTYPE_NOT_ALLOWED,
    /** XML declaring entities, which could expand or fetch content. */
    XML_ENTITY_DECLARED,
    /** XML whose root is not what the format needs: the root found, the root expected. */
    UNEXPECTED_XML_ROOT,
    /** A zip holding more entries than allowed: the limit. */
    ZIP_TOO_MANY_ENTRIES,
    /** A zip inflating beyond the limit: the limit. */
    ZIP_TOO_LARGE_UNCOMPRESSED,
    /** A zip inflating suspiciously much: the ratio limit. */
    ZIP_RATIO_EXCEEDED,
    /** A zip entry whose path leaves the archive: the entry name. */
    ZIP_PATH_ESCAPES,
    ZIP_WITHOUT_EXPORT,
    /** A damaged zip: the reason. */
    ZIP_DAMAGED,
    /** An Apple Health value that cannot be read: the attribute, the value. */
    APPLE_BAD_VALUE,
    /** A CSV column needed but absent: the column name. */
    CSV_MISSING_COLUMN,
    /** A CSV cell that is not a number: the column, the value. */
    CSV_BAD_NUMBER,
    /** A CSV cell that is not a date: the column, the value, the expected format. */
    CSV_BAD_DATE,
    /** A CSV line with another number of cells than the header: cells found, cells expected. */
    CSV_WRONG_CELL_COUNT,
    /** A quoted CSV cell never closed. */
    CSV_UNCLOSED_QUOTE,
    /** More problems than listed: how many more. */
    MORE_PROBLEMS;

    /** Whether the source was refused for being about someone else than the record's person, or several people. */
    public boolean isAboutAnotherPerson() {
        return switch (this) {
            case SECOND_PATIENT,
                    SEVERAL_PEOPLE,
                    ANOTHER_PERSON_NAME,
                    ANOTHER_PERSON_BIRTH_DATE,
                    ANOTHER_PERSON_IDENTIFIER,
                    NOT_ACCOUNT_HOLDER_NAME,
                    NOT_ACCOUNT_HOLDER_BIRTH_DATE -> true;
            default -> false;
        };
    }

    public String messageKey() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
