package org.visitprep.ehr.sandbox.population;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Writes the demo population into a folder: one FHIR R4 transaction bundle per person under a stable name
 * ({@code alice.json}, {@code elderly-benchmark.json}, ...) and {@code population.json}, the index saying who is who.
 * A marker file records the plan it was made from; when it matches, the folder is left as it is.
 *
 * <pre>
 * SyntheaPopulation TARGET_DIR                      generate (or keep) the population
 * SyntheaPopulation --find KEY FIRST_SEED COUNT DIR  try seeds for one person until the record fits its role
 * </pre>
 *
 * <p>{@code --find} leaves every record it tried in {@code DIR/.synthea-work} for inspection.
 */
public final class SyntheaPopulation {

    static final String INDEX_FILE = "population.json";
    static final String MARKER_FILE = ".population-plan";
    private static final String SYNTHEA_VERSION = "3.3.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path target;
    private final Path work;

    private SyntheaPopulation(Path target) {
        this.target = target;
        this.work = target.resolve(".synthea-work");
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1) {
            new SyntheaPopulation(Path.of(args[0])).generateUnlessCurrent();
        } else if (args.length == 5 && args[0].equals("--find")) {
            DemoPerson person = PopulationPlan.person(args[1])
                    .orElseThrow(() -> new IllegalArgumentException("No demo person called " + args[1]));
            new SyntheaPopulation(Path.of(args[4]))
                    .findSeed(person, Long.parseLong(args[2]), Integer.parseInt(args[3]));
        } else {
            System.err.println("Usage: SyntheaPopulation TARGET_DIR | --find KEY FIRST_SEED COUNT WORK_DIR");
            System.exit(2);
        }
    }

    private void generateUnlessCurrent() throws IOException {
        String plan = planDescription();
        Path marker = target.resolve(MARKER_FILE);
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(plan) && allFilesPresent()) {
            System.out.println("The demo population in " + target + " is up to date; nothing to generate.");
            return;
        }
        Files.deleteIfExists(marker);
        Files.createDirectories(target);
        long start = System.nanoTime();
        ArrayNode people = JSON.createArrayNode();
        for (DemoPerson person : PopulationPlan.PEOPLE) {
            people.add(generate(person));
        }
        deleteRecursively(work);
        ObjectNode index = JSON.createObjectNode();
        index.put("generator", SyntheaPopulation.class.getName() + " " + PopulationPlan.VERSION);
        index.put("synthea", SYNTHEA_VERSION);
        index.put("referenceDate", PopulationPlan.REFERENCE_DATE.toString());
        index.set("people", people);
        JSON.writerWithDefaultPrettyPrinter()
                .writeValue(target.resolve(INDEX_FILE).toFile(), index);
        Files.writeString(marker, plan);
        System.out.printf(
                "Generated the demo population in %s in %d s.%n",
                target, Duration.ofNanos(System.nanoTime() - start).toSeconds());
    }

    private ObjectNode generate(DemoPerson person) throws IOException {
        long start = System.nanoTime();
        Path personWork = work.resolve(person.key());
        deleteRecursively(personWork);
        Path bundleFile = SyntheaRun.generate(person, personWork);
        JsonNode bundle = JSON.readTree(bundleFile.toFile());
        RecordProfile profile = RecordProfile.of(bundle);
        if (!person.requirement().test(profile)) {
            throw new IllegalStateException("Seed " + person.seed() + " no longer gives " + person.key() + " "
                    + person.requirementText() + "; find a new one with --find (see ehr-sandbox/README.md)");
        }
        Path output = target.resolve(person.fileName());
        String syntheaName = patientName(bundle);
        if (person.givenName() != null) {
            renamePatient(bundle, person.givenName());
            JSON.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), bundle);
        } else {
            Files.move(bundleFile, output, StandardCopyOption.REPLACE_EXISTING);
        }
        ObjectNode entry = JSON.createObjectNode();
        entry.put("key", person.key());
        entry.put("file", person.fileName());
        entry.put("role", person.role());
        entry.put("patientId", profile.patientId());
        entry.put("name", person.givenName() == null ? syntheaName : patientName(bundle));
        entry.put("gender", person.gender());
        entry.put("birthDate", profile.birthDate().toString());
        entry.put("ageAtReferenceDate", profile.ageOn(PopulationPlan.REFERENCE_DATE));
        entry.put("seed", person.seed());
        entry.put("resources", profile.resourceCount());
        entry.put("bytes", Files.size(output));
        entry.put("sha256", sha256(output));
        System.out.printf(
                "%s: %d resources, %d bytes, %d s%n",
                person.fileName(),
                profile.resourceCount(),
                Files.size(output),
                Duration.ofNanos(System.nanoTime() - start).toSeconds());
        return entry;
    }

    private void findSeed(DemoPerson person, long firstSeed, int count) throws IOException {
        for (long seed = firstSeed; seed < firstSeed + count; seed++) {
            Path seedWork = work.resolve(person.key() + "-" + seed);
            deleteRecursively(seedWork);
            RecordProfile profile = RecordProfile.of(JSON.readTree(
                    SyntheaRun.generate(person.withSeed(seed), seedWork).toFile()));
            boolean fits = person.requirement().test(profile);
            System.out.printf(
                    "FIND %s seed %d: %d resources, age %d, %s%n",
                    person.key(),
                    seed,
                    profile.resourceCount(),
                    profile.ageOn(PopulationPlan.REFERENCE_DATE),
                    fits ? "fits" : "does not fit");
            if (fits) {
                return;
            }
        }
        System.out.println("FIND " + person.key() + ": no seed fits in this range");
    }

    private static void renamePatient(JsonNode bundle, String givenName) {
        for (JsonNode entry : bundle.path("entry")) {
            JsonNode resource = entry.path("resource");
            if ("Patient".equals(resource.path("resourceType").asText())) {
                for (JsonNode name : resource.path("name")) {
                    if (name.path("given") instanceof ArrayNode given && !given.isEmpty()) {
                        given.set(0, givenName);
                    }
                }
            }
        }
    }

    private static String patientName(JsonNode bundle) {
        for (JsonNode entry : bundle.path("entry")) {
            JsonNode resource = entry.path("resource");
            if ("Patient".equals(resource.path("resourceType").asText())) {
                JsonNode name = resource.path("name").path(0);
                return name.path("given").path(0).asText() + " "
                        + name.path("family").asText();
            }
        }
        return "";
    }

    private boolean allFilesPresent() {
        return Files.isRegularFile(target.resolve(INDEX_FILE))
                && PopulationPlan.PEOPLE.stream().allMatch(p -> Files.isRegularFile(target.resolve(p.fileName())));
    }

    private static String planDescription() {
        StringBuilder plan = new StringBuilder("VisitPrep demo population " + PopulationPlan.VERSION)
                .append(", Synthea ")
                .append(SYNTHEA_VERSION)
                .append(", reference date ")
                .append(PopulationPlan.REFERENCE_DATE)
                .append('\n');
        PopulationPlan.PEOPLE.forEach(
                person -> plan.append(person.fingerprint()).append('\n'));
        return plan.toString();
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
