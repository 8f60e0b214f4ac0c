package org.visitprep.administration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.visitprep.identity.Role;

/**
 * The openings of shared summaries, for administrators: by clinician, by EHR organization and by date, metadata only
 * (when, who, through what, with what outcome). Never the patient, never the summary: an administrator sees that a
 * summary was opened, not whose or what it said.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccessEventSearch {

    /** At most this many events answer one search, newest first. */
    public static final int LIMIT = 500;

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    /** One access as an administrator sees it. */
    public record AccessMetadata(
            Instant occurredAt, String clinician, String channel, String ehrOrganization, String outcome) {}

    /**
     * @param clinician part of the clinician's name as recorded, any case; blank for any
     * @param ehrOrganization the EHR organization exactly; blank for any
     * @param from the first day (UTC), or null
     * @param to the last day (UTC), or null
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AccessMetadata> search(String clinician, String ehrOrganization, LocalDate from, LocalDate to) {
        var sql = new StringBuilder("select occurred_at, viewer_name, channel, ehr_organization_id, outcome"
                + " from access_event where 1 = 1");
        var parameters = new java.util.ArrayList<Object>();
        if (clinician != null && !clinician.isBlank()) {
            String words =
                    clinician.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
            parameters.add("%" + words + "%");
            sql.append(" and lower(viewer_name) like ?").append(parameters.size());
        }
        if (ehrOrganization != null && !ehrOrganization.isBlank()) {
            parameters.add(ehrOrganization.strip());
            sql.append(" and ehr_organization_id = ?").append(parameters.size());
        }
        if (from != null) {
            parameters.add(from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
            sql.append(" and occurred_at >= ?").append(parameters.size());
        }
        if (to != null) {
            parameters.add(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
            sql.append(" and occurred_at < ?").append(parameters.size());
        }
        sql.append(" order by occurred_at desc");
        var query = entityManager.createNativeQuery(sql.toString()).setMaxResults(LIMIT);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new AccessMetadata(
                        instant(row[0]),
                        (String) row[1],
                        (String) row[2],
                        row[3] == null ? "" : (String) row[3],
                        (String) row[4]))
                .toList();
    }

    private static Instant instant(Object stored) {
        return switch (stored) {
            case java.time.OffsetDateTime offset -> offset.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            case Instant instant -> instant;
            case java.time.ZonedDateTime zoned -> zoned.toInstant();
            default -> java.time.OffsetDateTime.parse(stored.toString()).toInstant();
        };
    }
}
