package org.visitprep.summary.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;
import org.visitprep.summary.draft.FallbackReason;

/** The engine's configuration keys, and the reason named for each failure the container or the client raises. */
class LlmSettingsAndFailuresTest {

    @Test
    void readsTheConfigurationKeysWithSafeDefaults() {
        AiSettings none = AiSettings.from(config(Map.of()));
        assertFalse(none.enabled());
        assertFalse(none.isConfigured());
        assertEquals(AiSettings.DEFAULT_TIMEOUT, none.timeout());

        AiSettings set = AiSettings.from(config(Map.of(
                "visitprep.ai.enabled", "true",
                "visitprep.ai.base-url", "http://127.0.0.1:11434/v1",
                "visitprep.ai.model", "llama3.1",
                "visitprep.ai.api-key", "sk-secret",
                "visitprep.ai.timeout", "PT7S")));
        assertTrue(set.enabled());
        assertTrue(set.isConfigured());
        assertEquals(Duration.ofSeconds(7), set.timeout());
        assertFalse(set.toString().contains("sk-secret"), "the key is never printed");
        assertEquals(Duration.ofMillis(500), AiSettings.durationOf("500ms"));
        assertEquals(Duration.ofSeconds(20), AiSettings.durationOf("20"));
        assertThrows(IllegalArgumentException.class, () -> AiSettings.durationOf("soon"));
    }

    @Test
    void namesTheReasonOfEachFailure() {
        assertEquals(FallbackReason.CIRCUIT_OPEN, LlmFailures.reasonOf(new CircuitBreakerOpenException("open")));
        assertEquals(FallbackReason.TIMEOUT, LlmFailures.reasonOf(new TimeoutException("late")));
        assertEquals(
                FallbackReason.TIMEOUT,
                LlmFailures.reasonOf(new RuntimeException(new HttpTimeoutException("request timed out"))));
        assertEquals(
                FallbackReason.HTTP_ERROR,
                LlmFailures.reasonOf(new InternalServerException(new HttpException(500, "boom"))));
        assertEquals(
                FallbackReason.UNREACHABLE,
                LlmFailures.reasonOf(new RuntimeException(new ConnectException("refused"))));
        assertEquals(
                FallbackReason.MALFORMED_ANSWER,
                LlmFailures.reasonOf(new LlmUnavailable(FallbackReason.MALFORMED_ANSWER, "not JSON", null)));
        assertEquals(FallbackReason.FAILED, LlmFailures.reasonOf(new IllegalStateException("something else")));
    }

    @Test
    void refusesAPlainHttpAddressOfAnotherMachineNamingTheSetting() {
        for (String local : List.of(
                "http://localhost:11434/v1",
                "http://127.0.0.1:8080/v1",
                "http://[::1]:8000/v1",
                "http://llm.localhost/v1",
                "https://api.example.org/v1",
                "https://10.0.0.5:8443/v1")) {
            assertEquals(local, settings(local).baseUrl(), local + " is accepted");
        }
        for (String remote : List.of(
                "http://api.example.org/v1",
                "http://10.0.0.5:8000/v1",
                "http://192.168.1.20:11434/v1",
                "http://127.0.0.1.example.org/v1",
                "HTTP://LLM.EXAMPLE.ORG/v1")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> settings(remote));
            assertTrue(refused.getMessage().contains("VISITPREP_AI_BASE_URL"), refused.getMessage());
            assertTrue(refused.getMessage().contains("https"), refused.getMessage());
        }
        for (String malformed :
                List.of("ftp://llm.example.org/v1", "llm.example.org", "http://", "http://exa mple/v1")) {
            IllegalArgumentException refused =
                    assertThrows(IllegalArgumentException.class, () -> settings(malformed), malformed);
            assertTrue(refused.getMessage().contains("visitprep.ai.base-url"), refused.getMessage());
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> AiSettings.from(config(Map.of("visitprep.ai.base-url", "http://api.example.org/v1"))),
                "refused from the configuration as well, switched on or not");
    }

    private static AiSettings settings(String baseUrl) {
        return new AiSettings(true, baseUrl, "llama3.1", null, Duration.ofSeconds(5));
    }

    private static Config config(Map<String, String> values) {
        return new Config() {
            @Override
            public <T> T getValue(String name, Class<T> type) {
                return getOptionalValue(name, type).orElseThrow();
            }

            @Override
            public ConfigValue getConfigValue(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
                String value = values.get(name);
                if (value == null) {
                    return Optional.empty();
                }
                Object converted = type == Boolean.class ? Boolean.valueOf(value) : value;
                return Optional.of(type.cast(converted));
            }

            @Override
            public Iterable<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public Iterable<ConfigSource> getConfigSources() {
                return java.util.List.of();
            }

            @Override
            public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
                return Optional.empty();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
