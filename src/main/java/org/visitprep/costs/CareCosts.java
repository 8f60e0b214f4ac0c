package org.visitprep.costs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.visitprep.crypto.PatientDataProtection;
import org.visitprep.crypto.PatientSealer;
import org.visitprep.record.EntryKind;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.storage.PatientRecords;
import org.visitprep.visit.HealthDataJson;
import org.visitprep.visit.Outcome;

/**
 * The patient's side of care costs: a period's care read from their claims and explanations of benefit, and the plan
 * designs they compare, saved sealed. Pass the signed-in patient's id from the session, never one from the request.
 */
@Stateless
@RolesAllowed("patient")
public class CareCosts {

    static final Set<EntryKind> BILLS = Set.of(EntryKind.CLAIM, EntryKind.EXPLANATION_OF_BENEFIT);

    @PersistenceContext(unitName = "visitprep")
    private EntityManager entityManager;

    @EJB
    private PatientRecords records;

    @EJB
    private PatientDataProtection protection;

    /** The care of the period, read from the patient's bills. */
    public CareYear year(UUID patientId, CarePeriod period) {
        return read(records.openFor(patientId), period);
    }

    /** Reads a period's bills from a record: one query, each resource opened and parsed once. */
    public static CareYear read(PatientRecord record, CarePeriod period) {
        var originals = record.originalsBetween(BILLS, period.searchFrom(), period.searchUntil());
        return CareYear.of(period, BillReader.read(originals));
    }

    /** The calendar years in which the patient has bills, latest first. */
    public List<Integer> yearsWithCare(UUID patientId) {
        Set<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        records.openFor(patientId)
                .between(
                        BILLS,
                        Instant.EPOCH.minusSeconds(200L * 365 * 86_400),
                        Instant.now().plusSeconds(86_400L * 366))
                .forEach(entry -> {
                    if (entry.effective() != null && entry.effective().start() != null) {
                        var start = entry.effective().start();
                        years.add(
                                start.date() != null
                                        ? start.date().getYear()
                                        : start.instant().atZone(ZoneOffset.UTC).getYear());
                    }
                });
        return List.copyOf(years);
    }

    /** The twelve months ending today. */
    public CarePeriod lastTwelveMonths() {
        return CarePeriod.lastTwelveMonths(LocalDate.now(Clock.systemUTC()));
    }

    /** The plans the patient saved, or none. */
    public List<PlanDesign> savedPlans(UUID patientId) {
        SavedPlans saved = entityManager.find(SavedPlans.class, patientId);
        if (saved == null) {
            return List.of();
        }
        return json().open(patientId, saved.sealedPlans(), SavedPlans.PlanList.class, SavedPlans.PURPOSE)
                .plans();
    }

    /** Checks the plans and, when every one is valid, saves them in place of the saved ones; else changes nothing. */
    public Outcome<List<PlanDesign>> savePlans(UUID patientId, List<PlanForm> forms) {
        Outcome<List<PlanDesign>> checked = PlanForm.check(forms);
        if (checked instanceof Outcome.Done<List<PlanDesign>>(List<PlanDesign> plans)) {
            byte[] sealed = json().seal(patientId, new SavedPlans.PlanList(plans), SavedPlans.PURPOSE);
            SavedPlans saved = entityManager.find(SavedPlans.class, patientId);
            if (saved == null) {
                entityManager.persist(new SavedPlans(patientId, sealed, Instant.now()));
            } else {
                saved.replace(sealed, Instant.now());
            }
        }
        return checked;
    }

    private HealthDataJson json() {
        return new HealthDataJson(PatientSealer.using(protection));
    }
}
