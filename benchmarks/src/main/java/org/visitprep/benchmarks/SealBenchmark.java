package org.visitprep.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.visitprep.crypto.BenchmarkCipher;
import org.visitprep.crypto.HealthDataCipher;

/**
 * Sealing the size of a large import (about 16,000 resources, 42 MB, as a 95-year-old Synthea patient) on one
 * thread, beside a baseline measured in the same run: bare JDK AES-256-GCM with one key and one {@code Cipher}. What
 * was sealed must open again, or the benchmark stops.
 */
final class SealBenchmark {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RESOURCES = 16_000;
    private static final int TOTAL_BYTES = 42_000_000;
    private static final int ROUNDS = 7;
    private static final String PURPOSE = "observation.resource";

    void run() throws GeneralSecurityException {
        List<byte[]> resources = resources();
        long totalBytes =
                resources.stream().mapToLong(resource -> resource.length).sum();
        UUID patient = UUID.randomUUID();
        HealthDataCipher cipher = BenchmarkCipher.withNewKey("benchmark");
        byte[][] sealed = new byte[RESOURCES][];
        byte[][] opened = new byte[RESOURCES][];
        Cipher bare = Cipher.getInstance("AES/GCM/NoPadding");
        byte[] bareKey = new byte[32];
        RANDOM.nextBytes(bareKey);
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
                RANDOM.nextBytes(nonce);
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
        Figures.note(String.format(
                "Sealing %,d resources, %.1f MB, one thread, best of %d interleaved rounds",
                RESOURCES, megabytes, ROUNDS));
        Figures.print("seal.baseline_bare_aes_gcm.mb_per_s", bareRate, "MB/s");
        Figures.print("seal.health_data_cipher.mb_per_s", sealRate, "MB/s");
        Figures.print("seal.ratio_vs_bare_aes_gcm", sealRate / bareRate, "x");
        Figures.print("seal.open.mb_per_s", megabytes / seconds(openNanos), "MB/s");
        Figures.print("seal.blind_index.ms_per_16000", millis(indexNanos), "ms");
        for (int i = 0; i < RESOURCES; i++) {
            if (!Arrays.equals(resources.get(i), opened[i])) {
                throw new IllegalStateException("Resource " + i + " did not open to what was sealed");
            }
        }
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
