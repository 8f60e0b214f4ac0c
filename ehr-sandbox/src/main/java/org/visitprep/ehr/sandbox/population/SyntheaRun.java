package org.visitprep.ehr.sandbox.population;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.mitre.synthea.engine.Generator;
import org.mitre.synthea.export.Exporter;
import org.mitre.synthea.helpers.Config;

/**
 * Runs Synthea once for one person and returns the FHIR R4 bundle it wrote. Synthea's settings are global, so runs
 * happen one after the other, each in a work folder of its own.
 */
final class SyntheaRun {

    private SyntheaRun() {}

    static Path generate(DemoPerson person, Path workDirectory) {
        configureFhirR4OnlyExport(workDirectory);
        long referenceTime = PopulationPlan.REFERENCE_DATE
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC)
                .toEpochMilli();

        Generator.GeneratorOptions options = new Generator.GeneratorOptions();
        options.population = 1;
        options.threadPoolSize = 1;
        options.seed = person.seed();
        options.clinicianSeed = person.seed();
        options.referenceTime = referenceTime;
        options.endTime = referenceTime;
        options.gender = person.gender();
        options.ageSpecified = true;
        options.minAge = person.minAge();
        options.maxAge = person.maxAge();

        Exporter.ExporterRuntimeOptions exportOptions = new Exporter.ExporterRuntimeOptions();
        exportOptions.yearsOfHistory = person.yearsOfHistory();

        new Generator(options, exportOptions).run();
        return theOnlyBundleIn(workDirectory.resolve("fhir"));
    }

    private static void configureFhirR4OnlyExport(Path workDirectory) {
        Config.set("exporter.baseDirectory", workDirectory.toAbsolutePath() + "/");
        Config.set("exporter.fhir.export", "true");
        Config.set("exporter.fhir.transaction_bundle", "true");
        Config.set("exporter.fhir.bulk_data", "false");
        Config.set("exporter.hospital.fhir.export", "false");
        Config.set("exporter.practitioner.fhir.export", "false");
        Config.set("exporter.groups.fhir.export", "false");
        Config.set("exporter.fhir_stu3.export", "false");
        Config.set("exporter.fhir_dstu2.export", "false");
        Config.set("exporter.ccda.export", "false");
        Config.set("exporter.csv.export", "false");
        Config.set("exporter.cpcds.export", "false");
        Config.set("exporter.bfd.export", "false");
        Config.set("exporter.cdw.export", "false");
        Config.set("exporter.text.export", "false");
        Config.set("exporter.json.export", "false");
        Config.set("exporter.symptoms.csv.export", "false");
        Config.set("exporter.symptoms.text.export", "false");
        Config.set("exporter.clinical_note.export", "false");
        Config.set("exporter.metadata.export", "false");
        Config.set("exporter.enable_custom_exporters", "false");
        Config.set("generate.only_alive_patients", "true");
        Config.set("generate.append_numbers_to_person_names", "false");
        Config.set("generate.log_patients.detail", "none");
    }

    private static Path theOnlyBundleIn(Path fhirDirectory) {
        try (Stream<Path> files = Files.list(fhirDirectory)) {
            List<Path> bundles =
                    files.filter(file -> file.toString().endsWith(".json")).toList();
            if (bundles.size() != 1) {
                throw new IllegalStateException(
                        "Synthea wrote " + bundles.size() + " bundles into " + fhirDirectory + ", expected one");
            }
            return bundles.getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list Synthea's output in " + fhirDirectory, e);
        }
    }
}
