package org.visitprep.summary.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.visitprep.summary.draft.FallbackReason;

/**
 * Names the reason behind any failure of a call to the model, whether LangChain4j, the JDK HTTP client, our own
 * deadline or MicroProfile Fault Tolerance raised it, by walking the cause chain.
 */
public final class LlmFailures {

    private LlmFailures() {}

    public static FallbackReason reasonOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            switch (cause) {
                case LlmUnavailable unavailable -> {
                    return unavailable.reason();
                }
                case CircuitBreakerOpenException open -> {
                    return FallbackReason.CIRCUIT_OPEN;
                }
                case org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException late -> {
                    return FallbackReason.TIMEOUT;
                }
                case dev.langchain4j.exception.TimeoutException late -> {
                    return FallbackReason.TIMEOUT;
                }
                case HttpConnectTimeoutException unreachable -> {
                    return FallbackReason.UNREACHABLE;
                }
                case HttpTimeoutException late -> {
                    return FallbackReason.TIMEOUT;
                }
                case TimeoutException late -> {
                    return FallbackReason.TIMEOUT;
                }
                case HttpException http -> {
                    return FallbackReason.HTTP_ERROR;
                }
                case UnresolvedModelServerException unresolved -> {
                    return FallbackReason.UNREACHABLE;
                }
                case ConnectException refused -> {
                    return FallbackReason.UNREACHABLE;
                }
                case UnknownHostException unknown -> {
                    return FallbackReason.UNREACHABLE;
                }
                default -> {
                    // look further down the chain
                }
            }
        }
        return FallbackReason.FAILED;
    }
}
