package org.visitprep.ehr.sandbox.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Every resource the sandbox serves, by type and id, and each patient's record in the order it was loaded. Reads
 * happen on many threads; additions (a new encounter at launch) are rare and synchronized.
 */
public final class PatientRecords {

    private final Map<String, Map<String, StoredResource>> byTypeAndId = new ConcurrentHashMap<>();
    private final Map<String, List<Resource>> recordsByPatientId = new ConcurrentHashMap<>();

    /** Adds a resource of the clinic itself, which belongs to no patient's record. */
    public synchronized void addClinicResource(Resource resource) {
        file(resource, Optional.empty());
    }

    /** Adds one patient's whole record; the patient is the record's {@code Patient} resource. */
    public synchronized void addRecord(Patient patient, List<Resource> resources) {
        String patientId = patient.getIdPart();
        if (recordsByPatientId.containsKey(patientId)) {
            throw new IllegalArgumentException("Patient " + patientId + " is loaded twice");
        }
        List<Resource> record = new ArrayList<>(resources.size());
        for (Resource resource : resources) {
            file(resource, Optional.of(patientId));
            record.add(resource);
        }
        recordsByPatientId.put(patientId, record);
    }

    /** Adds a resource to an existing patient's record, e.g. the encounter an EHR launch opens. */
    public synchronized void addToRecord(String patientId, Resource resource) {
        List<Resource> record = recordsByPatientId.get(patientId);
        if (record == null) {
            throw new IllegalArgumentException("No patient " + patientId);
        }
        file(resource, Optional.of(patientId));
        List<Resource> extended = new ArrayList<>(record);
        extended.add(resource);
        recordsByPatientId.put(patientId, extended);
    }

    public Optional<StoredResource> find(String resourceType, String id) {
        return Optional.ofNullable(
                byTypeAndId.getOrDefault(resourceType, Map.of()).get(id));
    }

    public Optional<Patient> patient(String patientId) {
        return find("Patient", patientId).map(stored -> (Patient) stored.resource());
    }

    /** The patients, sorted by family then given name, for pickers. */
    public List<Patient> patients() {
        return recordsByPatientId.keySet().stream()
                .map(id -> patient(id).orElseThrow())
                .sorted(Comparator.comparing((Patient p) -> p.getNameFirstRep().getFamily(), nullsLast())
                        .thenComparing(p -> p.getNameFirstRep().getGivenAsSingleString(), nullsLast()))
                .toList();
    }

    /** One patient's whole record, in load order; empty for an unknown patient. */
    public List<Resource> record(String patientId) {
        return recordsByPatientId.getOrDefault(patientId, List.of());
    }

    /** The resources of one type in one patient's record. */
    public List<Resource> recordOfType(String patientId, String resourceType) {
        return record(patientId).stream()
                .filter(resource -> resource.fhirType().equals(resourceType))
                .toList();
    }

    /** Every resource of one type, in no particular order of patients. */
    public List<StoredResource> allOfType(String resourceType) {
        return List.copyOf(byTypeAndId.getOrDefault(resourceType, Map.of()).values());
    }

    public Set<String> resourceTypes() {
        return new TreeSet<>(byTypeAndId.keySet());
    }

    public int patientCount() {
        return recordsByPatientId.size();
    }

    private void file(Resource resource, Optional<String> owner) {
        byTypeAndId
                .computeIfAbsent(resource.fhirType(), type -> new ConcurrentHashMap<>())
                .put(resource.getIdPart(), new StoredResource(resource, owner));
    }

    private static Comparator<String> nullsLast() {
        return Comparator.nullsLast(Comparator.naturalOrder());
    }
}
