package org.visitprep.ehr.sandbox.record;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Loads Synthea's FHIR bundles (one patient each) into {@link PatientRecords}. Synthea links resources by
 * {@code urn:uuid:} full URLs; they are rewritten to {@code Type/id} so clients can follow them on this server.
 */
public final class SyntheaBundles {

    private static final Logger LOG = Logger.getLogger(SyntheaBundles.class.getName());

    private final FhirContext fhir;

    public SyntheaBundles(FhirContext fhir) {
        this.fhir = fhir;
    }

    /**
     * Loads every {@code *.json} bundle in the folder, in file name order. A file that is not a Synthea patient
     * bundle is skipped with a warning naming the file only (never its content).
     */
    public int loadFolder(Path folder, PatientRecords records) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(file -> !file.getFileName().toString().equals("population.json"))
                    .sorted()
                    .toList();
        }
        int loaded = 0;
        for (Path file : files) {
            try {
                load(file, records);
                loaded++;
            } catch (DataFormatException | IllegalArgumentException e) {
                LOG.warning(() -> "Skipped " + file.getFileName() + ": not a Synthea patient bundle");
            }
        }
        return loaded;
    }

    /** Loads one patient bundle. */
    public void load(Path file, PatientRecords records) throws IOException {
        IParser parser = fhir.newJsonParser();
        parser.setOverrideResourceIdWithBundleEntryFullUrl(false);
        Bundle bundle;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            bundle = parser.parseResource(Bundle.class, reader);
        }
        Map<String, String> referenceByFullUrl = new HashMap<>();
        List<Resource> resources = new ArrayList<>(bundle.getEntry().size());
        Patient patient = null;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource == null || !resource.hasIdElement()) {
                continue;
            }
            resource.setId(resource.fhirType() + "/" + resource.getIdPart());
            referenceByFullUrl.put(entry.getFullUrl(), resource.fhirType() + "/" + resource.getIdPart());
            resources.add(resource);
            if (resource instanceof Patient found) {
                patient = found;
            }
        }
        if (patient == null) {
            throw new IllegalArgumentException("No Patient in " + file.getFileName());
        }
        FhirTerser terser = fhir.newTerser();
        for (Resource resource : resources) {
            for (Reference reference : terser.getAllPopulatedChildElementsOfType(resource, Reference.class)) {
                String target = referenceByFullUrl.get(reference.getReference());
                if (target != null) {
                    reference.setReference(target);
                }
            }
        }
        records.addRecord(patient, resources);
    }
}
