/**
 * The language model engine: LangChain4j's OpenAI-compatible chat client, a de-identified facts payload (no name,
 * identifier, address, contact or birth date; agenda text as quoted data), a strict system prompt asking for JSON
 * sentences citing fact ids, the verifier on every answer, and the grounded summary with a visible note on timeout,
 * HTTP error, unreadable answer, open circuit or any rejected sentence.
 *
 * <p>Settings come from MicroProfile Config ({@code visitprep.ai.*}, off by default). In a container
 * {@link org.visitprep.summary.llm.LlmSummaries} adds MicroProfile Fault Tolerance; outside one
 * {@link org.visitprep.summary.llm.LlmEngine#draft} does the same with
 * {@link org.visitprep.summary.llm.CircuitBreakerState}.
 * Requests and answers are never logged.
 */
package org.visitprep.summary.llm;
