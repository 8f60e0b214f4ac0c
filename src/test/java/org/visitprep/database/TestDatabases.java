package org.visitprep.database;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Hands out one {@link TestDatabase} per kind for the whole test run, and drops them when the run ends.
 * Tests take it as {@code TestDatabases.of(kind, context)} or through a parameterized test over {@link DatabaseKind}.
 */
public final class TestDatabases implements ExtensionContext.Store.CloseableResource {

    private final Map<DatabaseKind, TestDatabase> databases = new EnumMap<>(DatabaseKind.class);

    private TestDatabases() {}

    /** The run's database of the given kind, created on first use. */
    public static TestDatabase of(DatabaseKind kind, ExtensionContext context) {
        TestDatabases all = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestDatabases.class, key -> new TestDatabases(), TestDatabases.class);
        synchronized (all) {
            return all.databases.computeIfAbsent(kind, TestDatabase::create);
        }
    }

    @Override
    public synchronized void close() throws Exception {
        for (TestDatabase database : databases.values()) {
            database.close();
        }
    }
}
