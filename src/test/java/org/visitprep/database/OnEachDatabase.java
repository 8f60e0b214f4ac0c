package org.visitprep.database;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs a test once on H2 and once on PostgreSQL, handing it the run's {@link TestDatabase} of that kind as a
 * parameter. A connection stays open for the length of each run: an H2 file database closes with its last
 * connection, and opening it again for every transaction takes most of a second, where the container's pool keeps
 * it open.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(OnEachDatabase.Provider.class)
public @interface OnEachDatabase {

    /** Supplies one invocation per database kind. */
    final class Provider implements TestTemplateInvocationContextProvider {

        @Override
        public boolean supportsTestTemplate(ExtensionContext context) {
            return true;
        }

        @Override
        public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
            return Arrays.stream(DatabaseKind.values()).map(Invocation::new);
        }
    }

    /** One run of the test on one database. */
    record Invocation(DatabaseKind kind)
            implements TestTemplateInvocationContext, ParameterResolver, BeforeEachCallback, AfterEachCallback {

        private static final ExtensionContext.Namespace OPEN = ExtensionContext.Namespace.create(Invocation.class);

        @Override
        public void beforeEach(ExtensionContext context) throws SQLException {
            Connection keptOpen = TestDatabases.of(kind, context).dataSource().getConnection();
            context.getStore(OPEN).put(Connection.class, keptOpen);
        }

        @Override
        public void afterEach(ExtensionContext context) throws SQLException {
            Connection keptOpen = context.getStore(OPEN).remove(Connection.class, Connection.class);
            if (keptOpen != null) {
                keptOpen.close();
            }
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return "on " + kind;
        }

        @Override
        public java.util.List<Extension> getAdditionalExtensions() {
            return java.util.List.of(this);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return TestDatabases.of(kind, context);
        }
    }
}
