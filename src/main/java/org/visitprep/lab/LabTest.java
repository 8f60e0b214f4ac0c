package org.visitprep.lab;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One test of the catalogue: its LOINC code, a short name and a plain-language sentence on what it measures (in
 * English and French), its usual unit, and where known its general adult range and critical limits.
 */
public final class LabTest {

    private final LoincCode code;
    private final TestCategory category;
    private final ResultKind resultKind;
    private final String unit;
    private final LocalizedText name;
    private final LocalizedText description;
    private final RangesBySex ranges;
    private final CriticalLimits criticalLimits;

    LabTest(
            LoincCode code,
            TestCategory category,
            ResultKind resultKind,
            String unit,
            LocalizedText name,
            LocalizedText description,
            RangesBySex ranges,
            CriticalLimits criticalLimits) {
        this.code = Objects.requireNonNull(code, "code");
        this.category = Objects.requireNonNull(category, "category");
        this.resultKind = Objects.requireNonNull(resultKind, "resultKind");
        this.unit = unit;
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.ranges = ranges;
        this.criticalLimits = criticalLimits;
    }

    public LoincCode code() {
        return code;
    }

    public TestCategory category() {
        return category;
    }

    public ResultKind resultKind() {
        return resultKind;
    }

    /** The unit results usually come in (UCUM, as Synthea writes it); empty for coded results and panels. */
    public Optional<String> unit() {
        return Optional.ofNullable(unit);
    }

    /** The short name in the locale's language, English when there is no text in that language. */
    public String name(Locale locale) {
        return name.in(locale);
    }

    /** One sentence on what the test measures, in the locale's language, English when there is none in it. */
    public String description(Locale locale) {
        return description.in(locale);
    }

    public LocalizedText name() {
        return name;
    }

    public LocalizedText description() {
        return description;
    }

    /** Whether the catalogue keeps one general range for women and another for men. */
    public boolean hasSexSpecificRanges() {
        return ranges != null && ranges.isSexSpecific();
    }

    /**
     * The general adult range for a person of this administrative sex; for other or unknown, the widest range the
     * female and male ranges together allow. Empty when the catalogue cites no range for this test.
     */
    public Optional<ReferenceRange> generalRangeFor(AdministrativeSex sex) {
        return ranges == null ? Optional.empty() : Optional.of(ranges.forSex(Objects.requireNonNull(sex, "sex")));
    }

    public Optional<CriticalLimits> criticalLimits() {
        return Optional.ofNullable(criticalLimits);
    }

    /** Flags a result against this catalogue's general range for the person's sex and its critical limits. */
    public LabFlag flag(Quantity result, AdministrativeSex sex) {
        return LabFlag.of(result, generalRangeFor(sex).orElse(null), criticalLimits);
    }

    /** Flags a result against the range its own record reported, which takes precedence over the general one. */
    public LabFlag flag(Quantity result, ReferenceRange recordsOwnRange) {
        return LabFlag.of(result, Objects.requireNonNull(recordsOwnRange, "recordsOwnRange"), criticalLimits);
    }

    @Override
    public String toString() {
        return "LabTest[" + code + " " + name.english() + "]";
    }
}
