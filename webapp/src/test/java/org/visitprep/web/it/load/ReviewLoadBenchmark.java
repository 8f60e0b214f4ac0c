package org.visitprep.web.it.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.visitprep.web.it.PortalTest;
import org.visitprep.web.it.browser.DemoUser;
import org.visitprep.web.it.visit.ApprovedSummaryPage;
import org.visitprep.web.it.visit.VisitJourney;

/**
 * The load benchmark on one portal (issue 11, part 4): Alice approves a summary (eight weeks of her diary make trend
 * charts) and shares it with Bob and Carol; then {@code clinicians} sessions of theirs and {@code patients} sessions
 * of demo patients, each signed in through Keycloak's own form (a real sign-in, then its session cookie), work at
 * once for {@code seconds}: each clinician opens the shared summary's review page and then one sentence's sources
 * (the page's own AJAX request), each patient reads their Labs and Wellness pages, one after the other without
 * pause. The baseline, in the same run and at the same concurrency, is a static resource of the same server. Loopback
 * only; every phase stops at its time or at {@code max-requests}, whichever comes first.
 *
 * <p>Prints {@code BENCH load.review.*} (the review page), {@code load.review_sources.*} (its sources),
 * {@code load.patient.*} (Labs and Wellness), {@code load.baseline.*} (the static resource): p50, p95, p99 in ms,
 * errors, throughput; and the ratios of p95 and throughput to the baseline's. Settings: system properties
 * {@code visitprep.bench.load.clinicians} (50), {@code .patients} (50), {@code .seconds} (60), {@code .max-requests}
 * (200,000 per phase). Its name keeps it out of the normal failsafe run: {@code ./visitprep bench} runs it.
 */
class ReviewLoadBenchmark extends PortalTest {

    private static final int CLINICIANS = Integer.getInteger("visitprep.bench.load.clinicians", 50);
    private static final int PATIENTS = Integer.getInteger("visitprep.bench.load.patients", 50);
    private static final int SECONDS = Integer.getInteger("visitprep.bench.load.seconds", 60);
    private static final long MAX_REQUESTS = Long.getLong("visitprep.bench.load.max-requests", 200_000L);

    private static final List<DemoUser> CLINICIAN_USERS = List.of(DemoUser.DRBOB, DemoUser.DRCAROL);
    private static final List<DemoUser> PATIENT_USERS =
            List.of(DemoUser.ALICE, DemoUser.BEN, DemoUser.CHLOE, DemoUser.DAVID);
    private static final String STATIC_RESOURCE = "/resources/icons/visitprep.svg";

    private static final Pattern SOURCES_TOGGLE = Pattern.compile("id=\"([^\"]*:sources-toggle)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"shared\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    @Test
    void clinicians_review_while_patients_browse() throws Exception {
        ApprovedSummaryPage approved = VisitJourney.aliceApprovesASummary(browser, VisitJourney.tag());
        approved.shareWith(DemoUser.DRBOB.fullName());
        approved.shareWith(DemoUser.DRCAROL.fullName());
        Map<String, String> grants = new HashMap<>();
        approved.shares().forEach(share -> grants.put(share.with(), share.grantId()));

        HttpClient client = HttpSession.sharedClient();
        List<Worker> clinicians = new ArrayList<>();
        List<Worker> patients = new ArrayList<>();
        ExecutorService signIns = Executors.newFixedThreadPool(4);
        try {
            List<Future<Worker>> signing = new ArrayList<>();
            for (int i = 0; i < CLINICIANS; i++) {
                DemoUser clinician = CLINICIAN_USERS.get(i % CLINICIAN_USERS.size());
                URI review = portal("/clinician/shared.xhtml?grant=" + grants.get(clinician.fullName()));
                signing.add(signIns.submit(() -> new ClinicianReview(signedIn(client, clinician, review), review)));
            }
            for (int i = 0; i < PATIENTS; i++) {
                DemoUser patient = PATIENT_USERS.get(i % PATIENT_USERS.size());
                signing.add(signIns.submit(
                        () -> new PatientBrowsing(signedIn(client, patient, portal("/patient/labs.xhtml")))));
            }
            for (Future<Worker> worker : signing) {
                Worker signedIn = worker.get();
                (signedIn instanceof ClinicianReview ? clinicians : patients).add(signedIn);
            }
        } finally {
            signIns.shutdown();
        }
        System.out.printf(
                "Signed in %d clinicians and %d patients through Keycloak%n", clinicians.size(), patients.size());

        // One untimed round: the first opening computes the summary's review; the server's code paths warm up.
        Map<String, Latencies> warmUp = kinds();
        for (Worker worker : concat(clinicians, patients)) {
            worker.once(warmUp);
        }

        List<Worker> everyone = concat(clinicians, patients);
        int baselineSeconds = Math.max(10, SECONDS / 3);
        Map<String, Latencies> baseline = kinds();
        double baselineRan = run(
                everyone.stream()
                        .<Worker>map(w -> new StaticResource(w.session()))
                        .toList(),
                baseline,
                baselineSeconds);
        Map<String, Latencies> load = kinds();
        double loadRan = run(everyone, load, SECONDS);

        System.out.printf(
                "BENCH load.clinicians %d sessions%nBENCH load.patients %d sessions%nBENCH load.seconds %d s%n",
                clinicians.size(), patients.size(), SECONDS);
        baseline.get("load.baseline").print(baselineRan);
        for (String kind : List.of("load.review", "load.review_sources", "load.patient")) {
            Latencies measured = load.get(kind);
            measured.print(loadRan);
            Latencies.bench(
                    kind + ".p95_vs_baseline.ratio",
                    measured.percentileMs(95) / baseline.get("load.baseline").percentileMs(95),
                    "x");
            System.out.printf(
                    Locale.ROOT,
                    "BENCH %s.throughput_vs_baseline.ratio %.5f x%n",
                    kind,
                    measured.throughput(loadRan) / baseline.get("load.baseline").throughput(baselineRan));
        }
    }

    private static Map<String, Latencies> kinds() {
        Map<String, Latencies> kinds = new LinkedHashMap<>();
        for (String kind : List.of("load.baseline", "load.review", "load.review_sources", "load.patient")) {
            kinds.put(kind, new Latencies(kind));
        }
        return kinds;
    }

    private static List<Worker> concat(List<Worker> first, List<Worker> second) {
        List<Worker> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static HttpSession signedIn(HttpClient client, DemoUser user, URI page) throws Exception {
        HttpSession session = new HttpSession(client);
        session.signIn(page, user.username(), user.password());
        return session;
    }

    /** Runs every worker on a thread of its own until the time or the request budget is spent; answers seconds. */
    private static double run(List<Worker> workers, Map<String, Latencies> into, int seconds) throws Exception {
        AtomicLong budget = new AtomicLong(MAX_REQUESTS);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (Worker worker : workers) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end && budget.decrementAndGet() >= 0) {
                    worker.once(into);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** One signed-in person's loop. */
    private interface Worker {
        HttpSession session();

        /** One step of what they do, timed into the kinds it makes. */
        void once(Map<String, Latencies> into);
    }

    /** Times one request; a thrown exception or a refused answer counts as an error. */
    private static <T> T timed(Latencies latencies, Request<T> request) {
        long start = System.nanoTime();
        try {
            T answer = request.send();
            latencies.answered(System.nanoTime() - start);
            return answer;
        } catch (Exception failed) {
            latencies.failed(System.nanoTime() - start, failed.toString());
            return null;
        }
    }

    @FunctionalInterface
    private interface Request<T> {
        T send() throws Exception;
    }

    private static HttpSession.Answer expect(HttpSession.Answer answer, String contains) {
        if (answer.status() != 200 || !answer.body().contains(contains)) {
            throw new IllegalStateException("HTTP " + answer.status() + " at " + answer.uri() + " without " + contains);
        }
        return answer;
    }

    /** A clinician opening the shared summary's review page, then one sentence's sources. */
    private record ClinicianReview(HttpSession session, URI review) implements Worker {

        @Override
        public void once(Map<String, Latencies> into) {
            HttpSession.Answer page =
                    timed(into.get("load.review"), () -> expect(session.get(review), "data-result=\"opened\""));
            if (page == null) {
                return;
            }
            List<String> toggles = new ArrayList<>();
            Matcher toggle = SOURCES_TOGGLE.matcher(page.body());
            while (toggle.find()) {
                toggles.add(toggle.group(1));
            }
            if (toggles.isEmpty()) {
                into.get("load.review_sources").failed(0, "no sources button on the review page");
                return;
            }
            String button = toggles.get(ThreadLocalRandom.current().nextInt(toggles.size()));
            Matcher action = FORM_ACTION.matcher(page.body());
            URI target = action.find() ? page.uri().resolve(action.group(1).replace("&amp;", "&")) : page.uri();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", button);
            fields.put("jakarta.faces.partial.execute", button);
            fields.put("jakarta.faces.partial.render", button.replace(":sources-toggle", ":sources"));
            fields.put(button, button);
            fields.put("shared", "shared");
            fields.put("jakarta.faces.ViewState", HttpSession.viewState(page.body()));
            Matcher nonce = NONCE.matcher(page.body());
            if (nonce.find()) {
                fields.put("primefaces.nonce", nonce.group(1));
            }
            timed(into.get("load.review_sources"), () -> {
                HttpSession.Answer sources = session.post(target, fields, Map.of("Faces-Request", "partial/ajax"));
                if (sources.status() != 200
                        || !sources.body().contains("<partial-response")
                        || sources.body().contains("<error>")
                        || !sources.body().contains("vp-sources")) {
                    throw new IllegalStateException("HTTP " + sources.status() + ": "
                            + sources.body()
                                    .substring(0, Math.min(300, sources.body().length())));
                }
                return sources;
            });
        }
    }

    /** A patient reading their Labs page, then their Wellness page. */
    private record PatientBrowsing(HttpSession session) implements Worker {

        @Override
        public void once(Map<String, Latencies> into) {
            timed(into.get("load.patient"), () -> expect(session.get(portal("/patient/labs.xhtml")), "<main"));
            timed(into.get("load.patient"), () -> expect(session.get(portal("/patient/wellness.xhtml")), "<main"));
        }
    }

    /** Someone fetching a static resource of the same server: the baseline. */
    private record StaticResource(HttpSession session) implements Worker {

        @Override
        public void once(Map<String, Latencies> into) {
            timed(into.get("load.baseline"), () -> expect(session.get(portal(STATIC_RESOURCE)), "<svg"));
        }
    }
}
