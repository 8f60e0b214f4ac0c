package org.visitprep.lab;

import java.util.Objects;

/** A test's general range: one for everyone, or one for women and one for men where they clearly differ. */
final class RangesBySex {

    private final ReferenceRange everyone;
    private final ReferenceRange female;
    private final ReferenceRange male;
    private final ReferenceRange combined;

    private RangesBySex(ReferenceRange everyone, ReferenceRange female, ReferenceRange male) {
        this.everyone = everyone;
        this.female = female;
        this.male = male;
        this.combined = everyone != null ? everyone : female.widenedBy(male);
    }

    static RangesBySex forEveryone(ReferenceRange range) {
        return new RangesBySex(Objects.requireNonNull(range, "range"), null, null);
    }

    static RangesBySex bySex(ReferenceRange female, ReferenceRange male) {
        return new RangesBySex(null, Objects.requireNonNull(female, "female"), Objects.requireNonNull(male, "male"));
    }

    boolean isSexSpecific() {
        return everyone == null;
    }

    /** The range for this sex; when it is not female or male, the widest range the two together allow. */
    ReferenceRange forSex(AdministrativeSex sex) {
        if (everyone != null) {
            return everyone;
        }
        return switch (sex) {
            case FEMALE -> female;
            case MALE -> male;
            case OTHER, UNKNOWN -> combined;
        };
    }
}
