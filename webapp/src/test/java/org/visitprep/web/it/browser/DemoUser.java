package org.visitprep.web.it.browser;

/** The development realm's people (dev-only demo passwords, equal to the user names). */
public enum DemoUser {
    ALICE("alice", "Alice Wiza"),
    DRBOB("drbob", "Bob Baker"),
    DRCAROL("drcarol", "Carol Chen"),
    ADMIN("admin", "Ada Admin"),
    /** A second patient, with a record of his own (Synthea's Ali Herman). */
    BEN("ben", "Ben Boyle"),
    /**
     * A third patient (Synthea's Liz Conn), whom the SMART tests connect to the test EHR: a pulled copy of a record
     * would double what the record tests count in Alice's.
     */
    CHLOE("chloe", "Chloe Keebler"),
    /** A fourth patient (Synthea's Luigi Wiegand), into whose record the script-injection test imports. */
    DAVID("david", "David Hodkiewicz"),
    /**
     * The 95-year-old benchmark patient: the benchmarks' portal gives her record; in the tests her record starts
     * empty, and the summary tests bring crafted results into it.
     */
    LACI("laci", "Laci Haley");

    private final String username;
    private final String fullName;

    DemoUser(String username, String fullName) {
        this.username = username;
        this.fullName = fullName;
    }

    public String username() {
        return username;
    }

    public String password() {
        return username;
    }

    public String fullName() {
        return fullName;
    }
}
