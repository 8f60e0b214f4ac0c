package org.visitprep.benchmarks;

import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.visitprep.costs.CareCosts;
import org.visitprep.costs.CarePeriod;
import org.visitprep.costs.CareScenario;
import org.visitprep.costs.CareYear;
import org.visitprep.costs.PlanCalculator;
import org.visitprep.costs.PlanDesign;
import org.visitprep.costs.SamplePlans;
import org.visitprep.database.DatabaseKind;
import org.visitprep.database.TestDatabase;
import org.visitprep.record.EntryKind;
import org.visitprep.record.PatientRecord;
import org.visitprep.record.storage.PatientRecords;
import org.visitprep.record.storage.RecordCiphers;

/**
 * Times "My care and its costs" for the benchmark patient's busiest year of bills (the year with most claims and
 * explanations of benefit, found once, untimed): the year's analysis as a request makes it (the record opened, the
 * year's bills read in one query and each opened and parsed once, the figures by category, month and payer), in wall
 * time and in the thread's CPU time, so a loaded machine's waiting shows apart from the work; then the comparison of
 * four plans (the sample designs) in the three scenarios. Targets: 300 ms and 100 ms.
 */
final class CostsBenchmark {

    private static final int ROUNDS = 9;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final TestDatabase database;
    private final RecordCiphers ciphers;

    CostsBenchmark(TestDatabase database, RecordCiphers ciphers) {
        this.database = database;
        this.ciphers = ciphers;
    }

    void run(UUID patient) {
        String prefix = database.kind() == DatabaseKind.POSTGRESQL
                ? "costs"
                : "costs." + database.kind().name().toLowerCase(Locale.ROOT);
        CarePeriod busiest = CarePeriod.calendarYear(inRecord(patient, CostsBenchmark::busiestYear));
        double[] wall = new double[ROUNDS];
        double[] cpu = new double[ROUNDS];
        CareYear year = null;
        for (int round = -2; round < ROUNDS; round++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            year = inRecord(patient, record -> analysed(record, busiest));
            if (round >= 0) {
                wall[round] = (System.nanoTime() - start) / 1e6;
                cpu[round] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
        }
        Figures.note(String.format(
                Locale.ROOT,
                "%s: costs of %d, %d priced lines from %d explanations of benefit, %d bills to check; rounds %s ms,"
                        + " CPU %s ms",
                database.kind(),
                busiest.year(),
                year.lines().size(),
                year.explanations(),
                year.problems().size(),
                Arrays.toString(wall),
                Arrays.toString(cpu)));
        Figures.print(prefix + ".year_analysis.ms", Figures.median(wall), "ms");
        Figures.print(prefix + ".year_analysis.cpu_ms", Figures.median(cpu), "ms");

        List<PlanDesign> plans = SamplePlans.all();
        String currency = year.mainCurrency();
        double[] compare = new double[ROUNDS];
        for (int round = -2; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (CareScenario scenario : CareScenario.values()) {
                PlanCalculator.rank(plans, scenario.services(year, currency));
            }
            if (round >= 0) {
                compare[round] = (System.nanoTime() - start) / 1e6;
            }
        }
        Figures.print(prefix + ".compare_" + plans.size() + "_plans.ms", Figures.median(compare), "ms");
    }

    /** What the page computes of a year: the bills read, then every figure it shows. */
    private static CareYear analysed(PatientRecord record, CarePeriod period) {
        CareYear year = CareCosts.read(record, period);
        for (String currency : year.currencies()) {
            year.byCategory(currency);
            year.total(currency);
            year.byMonth(currency);
        }
        return year;
    }

    private static int busiestYear(PatientRecord record) {
        Map<Integer, Integer> counts = new TreeMap<>();
        record.between(
                        java.util.Set.of(EntryKind.CLAIM, EntryKind.EXPLANATION_OF_BENEFIT),
                        Instant.parse("1800-01-01T00:00:00Z"),
                        Instant.now())
                .forEach(entry -> {
                    var start = entry.effective().start();
                    int year = start.date() != null
                            ? start.date().getYear()
                            : start.instant().atZone(ZoneOffset.UTC).getYear();
                    counts.merge(year, 1, Integer::sum);
                });
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException("the benchmark patient has no bills"));
    }

    private <T> T inRecord(UUID patient, Function<PatientRecord, T> work) {
        EntityManager entityManager = database.entityManagerFactory().createEntityManager();
        try {
            entityManager.getTransaction().begin();
            T result = work.apply(PatientRecords.open(patient, entityManager, ciphers));
            entityManager.getTransaction().rollback();
            return result;
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }
}
