package org.visitprep.ehr.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The EHR-user-to-clinician maps kept in the database ({@code ehr_clinician_map}), which administrators edit at run
 * time. Each EHR's map is seeded once from {@code visitprep.ehr.<key>.clinicians} ({@link EhrClinicianMap}) the first
 * time it is read; afterwards the database alone says. Every node reads a map again after a few seconds, so an edit
 * takes effect everywhere without a restart.
 */
@ApplicationScoped
public class StoredClinicianMaps {

    static final Duration FRESH = Duration.ofSeconds(3);

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Map<String, String> subjects, Instant readAt) {}

    /** One line of a map: the EHR's user ({@code Practitioner/…}) and the clinician's subject at the identity provider. */
    public record Mapping(String fhirUser, String subject) {}

    /** The identity provider's subject of the clinician the EHR's {@code fhirUser} is, if mapped. */
    @Transactional
    public Optional<String> subjectOf(RegisteredEhr ehr, String fhirUser) {
        if (fhirUser == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(subjects(ehr).get(EhrClinicianMap.relative(ehr, fhirUser.strip())));
    }

    /** The EHR's map, by EHR user. */
    @Transactional
    public List<Mapping> mappings(RegisteredEhr ehr) {
        return subjects(ehr).entrySet().stream()
                .map(entry -> new Mapping(entry.getKey(), entry.getValue()))
                .sorted(java.util.Comparator.comparing(Mapping::fhirUser))
                .toList();
    }

    /** Maps the EHR user to the clinician, replacing what it mapped to. */
    @Transactional
    public void put(RegisteredEhr ehr, String fhirUser, String subject) {
        seedOnce(ehr);
        remove(ehr.key(), fhirUser);
        entityManager
                .createNativeQuery("insert into ehr_clinician_map (ehr_key, fhir_user, subject) values (?1, ?2, ?3)")
                .setParameter(1, ehr.key())
                .setParameter(2, fhirUser)
                .setParameter(3, subject)
                .executeUpdate();
        cache.remove(ehr.key());
    }

    /** The EHR user is no longer anyone in the portal. */
    @Transactional
    public void remove(RegisteredEhr ehr, String fhirUser) {
        seedOnce(ehr);
        remove(ehr.key(), fhirUser);
        cache.remove(ehr.key());
    }

    private void remove(String key, String fhirUser) {
        entityManager
                .createNativeQuery("delete from ehr_clinician_map where ehr_key = ?1 and fhir_user = ?2")
                .setParameter(1, key)
                .setParameter(2, fhirUser)
                .executeUpdate();
    }

    private Map<String, String> subjects(RegisteredEhr ehr) {
        Instant now = clock.instant();
        Cached cached = cache.get(ehr.key());
        if (cached != null && now.isBefore(cached.readAt().plus(FRESH))) {
            return cached.subjects();
        }
        seedOnce(ehr);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select fhir_user, subject from ehr_clinician_map where ehr_key = ?1")
                .setParameter(1, ehr.key())
                .getResultList();
        var subjects = new LinkedHashMap<String, String>();
        for (Object[] row : rows) {
            subjects.put((String) row[0], (String) row[1]);
        }
        var read = Map.copyOf(subjects);
        cache.put(ehr.key(), new Cached(read, now));
        return read;
    }

    /** Copies the configured map into the database the first time this EHR's map is read on any node. */
    private void seedOnce(RegisteredEhr ehr) {
        Number seeded = (Number) entityManager
                .createNativeQuery("select count(*) from ehr_clinician_map_seed where ehr_key = ?1")
                .setParameter(1, ehr.key())
                .getSingleResult();
        if (seeded.intValue() > 0) {
            return;
        }
        var configured = EhrClinicianMap.from(
                ConfigProvider.getConfig(StoredClinicianMaps.class.getClassLoader()), RegisteredEhrs.of(List.of(ehr)));
        entityManager
                .createNativeQuery("insert into ehr_clinician_map_seed (ehr_key, seeded_at) values (?1, ?2)")
                .setParameter(1, ehr.key())
                .setParameter(2, clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        for (var entry : configured.of(ehr).entrySet()) {
            entityManager
                    .createNativeQuery(
                            "insert into ehr_clinician_map (ehr_key, fhir_user, subject) values (?1, ?2, ?3)")
                    .setParameter(1, ehr.key())
                    .setParameter(2, entry.getKey())
                    .setParameter(3, entry.getValue())
                    .executeUpdate();
        }
    }
}
