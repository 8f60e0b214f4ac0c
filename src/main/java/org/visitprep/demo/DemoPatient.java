package org.visitprep.demo;

/**
 * The demo patients of the development realm ({@code config/keycloak/visitprep-realm.json}), with the subject ids
 * the realm gives them and the file of their Synthea record in the test EHR's population.
 */
enum DemoPatient {
    ALICE("a11ce000-0000-4000-8000-000000000001", "Alice Wiza", "alice.json", true),
    BEN("be000000-0000-4000-8000-000000000005", "Ben Boyle", "ben.json", false),
    CHLOE("c4100e00-0000-4000-8000-000000000006", "Chloe Keebler", "chloe.json", false),
    DAVID("da000000-0000-4000-8000-000000000007", "David Hodkiewicz", "david.json", false),
    /**
     * The 95-year-old benchmark patient (about 18,000 resources): the run command's demo and the benchmarks load her;
     * the tests' cast has no file for her, so she is left out there.
     */
    LACI("1ac10000-0000-4000-8000-000000000008", "Laci Haley", "elderly-benchmark.json", false);

    private final String subject;
    private final String displayName;
    private final String fileName;
    private final boolean keepsAWellnessDiary;

    DemoPatient(String subject, String displayName, String fileName, boolean keepsAWellnessDiary) {
        this.subject = subject;
        this.displayName = displayName;
        this.fileName = fileName;
        this.keepsAWellnessDiary = keepsAWellnessDiary;
    }

    String subject() {
        return subject;
    }

    String displayName() {
        return displayName;
    }

    String fileName() {
        return fileName;
    }

    boolean keepsAWellnessDiary() {
        return keepsAWellnessDiary;
    }
}
