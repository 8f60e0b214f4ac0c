package org.visitprep.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of common laboratory tests by LOINC code, read once from {@code lab-catalogue.json} next to this
 * class and never changed afterwards. Look-up is by code only; checking that a coding's system is LOINC is left to
 * the caller.
 */
public final class LabCatalogue {

    static final String RESOURCE = "lab-catalogue.json";

    private final Map<LoincCode, LabTest> testsByCode;
    private final Map<String, CatalogueSource> sourcesById;
    private final CatalogueSource codeSource;
    private final LocalizedText about;

    LabCatalogue(List<LabTest> tests, List<CatalogueSource> sources, CatalogueSource codeSource, LocalizedText about) {
        Map<LoincCode, LabTest> byCode = new LinkedHashMap<>();
        tests.forEach(test -> byCode.put(test.code(), test));
        this.testsByCode = Collections.unmodifiableMap(byCode);
        this.sourcesById = Collections.unmodifiableMap(sources.stream()
                .collect(Collectors.toMap(CatalogueSource::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
        this.codeSource = codeSource;
        this.about = about;
    }

    /** The catalogue shipped with VisitPrep, read on first use. */
    public static LabCatalogue standard() {
        return Shipped.CATALOGUE;
    }

    /** Reads a catalogue in the shipped file's format. */
    public static LabCatalogue read(InputStream json) {
        return CatalogueReader.read(json);
    }

    /** The test with this LOINC code; empty for an unknown or malformed code. */
    public Optional<LabTest> find(String loincCode) {
        return LoincCode.parse(loincCode).flatMap(this::find);
    }

    public Optional<LabTest> find(LoincCode code) {
        return Optional.ofNullable(testsByCode.get(code));
    }

    /** Every test, in the file's order. */
    public List<LabTest> tests() {
        return List.copyOf(testsByCode.values());
    }

    /** Every cited source, in the file's order. */
    public List<CatalogueSource> sources() {
        return List.copyOf(sourcesById.values());
    }

    public Optional<CatalogueSource> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    /** The source of the codes and of what each code identifies (LOINC). */
    public CatalogueSource codeSource() {
        return codeSource;
    }

    /** What the catalogue is and is not: general adult ranges, which a laboratory's own range overrides. */
    public LocalizedText about() {
        return about;
    }

    private static final class Shipped {

        static final LabCatalogue CATALOGUE = load();

        private static LabCatalogue load() {
            try (InputStream json = LabCatalogue.class.getResourceAsStream(RESOURCE)) {
                if (json == null) {
                    throw new CatalogueFormatException("The lab catalogue " + RESOURCE + " is missing from the"
                            + " class path next to " + LabCatalogue.class.getName());
                }
                return CatalogueReader.read(json);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the lab catalogue " + RESOURCE, e);
            }
        }
    }
}
