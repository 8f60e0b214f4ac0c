package org.visitprep.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Measures sealing the size of a large import (about 16,000 resources, 42 MB, as a 95-year-old Synthea patient) and
 * prints it beside a baseline measured in the same run: bare JDK AES-256-GCM with one key and one {@code Cipher}.
 * The numbers are printed, not asserted; the test asserts only that everything sealed opens again.
 */
class SealThroughputTest {

    private static final int RESOURCES = 16_000;
    private static final int TOTAL_BYTES = 42_000_000;
    private static final int ROUNDS = 7;
    private static final String PURPOSE = "observation.resource";

    @Test
    void sealsALargeImportAndPrintsTheThroughput() throws GeneralSecurityException {
        List<byte[]> resources = resources();
        long totalBytes =
                resources.stream().mapToLong(resource -> resource.length).sum();
        UUID patient = UUID.randomUUID();
        PatientKeys keys = TestKeys.inMemoryKeys(TestKeys.ringWithNewKey("benchmark"));
        HealthDataCipher cipher = new HealthDataCipher(keys, TestKeys.RANDOM);
        byte[][] sealed = new byte[RESOURCES][];
        byte[][] opened = new byte[RESOURCES][];
        Cipher bare = Cipher.getInstance("AES/GCM/NoPadding");
        byte[] bareKey = new byte[32];
        TestKeys.RANDOM.nextBytes(bareKey);
        SecretKeySpec bareKeySpec = new SecretKeySpec(bareKey, "AES");

        LongSupplier sealAll = () -> timed(() -> {
            for (int i = 0; i < RESOURCES; i++) {
                sealed[i] = cipher.seal(patient, resources.get(i), PURPOSE);
            }
        });
        LongSupplier openAll = () -> timed(() -> {
            for (int i = 0; i < RESOURCES; i++) {
                opened[i] = cipher.open(patient, sealed[i], PURPOSE);
            }
        });
        LongSupplier indexAll = () -> timed(() -> {
            for (int i = 0; i < RESOURCES; i++) {
                cipher.blindIndex(patient, "loinc|" + (i % 500) + "-" + (i % 10));
            }
        });
        LongSupplier bareSealAll = () -> timed(() -> {
            byte[] nonce = new byte[12];
            for (byte[] resource : resources) {
                TestKeys.RANDOM.nextBytes(nonce);
                try {
                    bare.init(Cipher.ENCRYPT_MODE, bareKeySpec, new GCMParameterSpec(128, nonce));
                    bare.doFinal(resource);
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        for (int warmUp = 0; warmUp < 2; warmUp++) {
            bareSealAll.getAsLong();
            sealAll.getAsLong();
            openAll.getAsLong();
            indexAll.getAsLong();
        }
        long bareNanos = Long.MAX_VALUE;
        long sealNanos = Long.MAX_VALUE;
        long openNanos = Long.MAX_VALUE;
        long indexNanos = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            bareNanos = Math.min(bareNanos, bareSealAll.getAsLong());
            sealNanos = Math.min(sealNanos, sealAll.getAsLong());
            openNanos = Math.min(openNanos, openAll.getAsLong());
            indexNanos = Math.min(indexNanos, indexAll.getAsLong());
        }

        double megabytes = totalBytes / 1e6;
        double bareRate = megabytes / seconds(bareNanos);
        double sealRate = megabytes / seconds(sealNanos);
        System.out.printf(
                "Sealing %,d resources, %.1f MB, one thread, best of %d interleaved rounds, %d core(s),"
                        + " load average %.1f, Java %s:%n",
                RESOURCES,
                megabytes,
                ROUNDS,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.version());
        System.out.printf("  baseline, bare JDK AES-256-GCM: %7.1f ms  %7.1f MB/s%n", millis(bareNanos), bareRate);
        System.out.printf(
                "  HealthDataCipher.seal:          %7.1f ms  %7.1f MB/s  (%.2f x baseline)%n",
                millis(sealNanos), sealRate, sealRate / bareRate);
        System.out.printf(
                "  HealthDataCipher.open:          %7.1f ms  %7.1f MB/s%n",
                millis(openNanos), megabytes / seconds(openNanos));
        System.out.printf("  HealthDataCipher.blindIndex:    %7.1f ms for %,d values%n", millis(indexNanos), RESOURCES);

        for (int i = 0; i < RESOURCES; i++) {
            assertArrayEquals(resources.get(i), opened[i]);
        }
        assertEquals(
                totalBytes + (long) RESOURCES * HealthDataCipher.OVERHEAD,
                Arrays.stream(sealed).mapToLong(bytes -> bytes.length).sum());
    }

    /** Resources of realistic, varied sizes adding up to about {@value #TOTAL_BYTES} bytes. */
    private static List<byte[]> resources() {
        Random random = new Random(42);
        int average = TOTAL_BYTES / RESOURCES;
        List<byte[]> resources = new ArrayList<>(RESOURCES);
        for (int i = 0; i < RESOURCES; i++) {
            int size = average / 4 + random.nextInt(average * 3 / 2);
            StringBuilder json = new StringBuilder(size + 200);
            while (json.length() < size) {
                json.append("{\"resourceType\":\"Observation\",\"id\":\"")
                        .append(new UUID(random.nextLong(), random.nextLong()))
                        .append("\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"")
                        .append(random.nextInt(99_999))
                        .append("-")
                        .append(random.nextInt(10))
                        .append("\"}]},\"valueQuantity\":{\"value\":")
                        .append(random.nextDouble() * 200)
                        .append('}');
            }
            resources.add(json.substring(0, size).getBytes(UTF_8));
        }
        return resources;
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
