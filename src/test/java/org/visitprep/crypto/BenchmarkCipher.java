package org.visitprep.crypto;

/** A cipher over a fresh random master key and in-memory patient keys, for the benchmarks module (test-jar). */
public final class BenchmarkCipher {

    private BenchmarkCipher() {}

    /** A cipher whose keys live in memory only, under a random master key named {@code id}. */
    public static HealthDataCipher withNewKey(String id) {
        return new HealthDataCipher(TestKeys.inMemoryKeys(TestKeys.ringWithNewKey(id)), TestKeys.RANDOM);
    }
}
