/**
 * The language model engine: LangChain4j's OpenAI-compatible chat client, a facts payload that sends no identity
 * (no name, address, contact or identifier of the record's Patient resources or of the account, and no exact date:
 * dates go as days from the visit, and the model's date tokens are written out afterwards), a strict system prompt
 * asking for JSON sentences citing fact ids, and the reasons a call fails. It checks nothing itself:
 * {@link org.visitprep.summary.SummaryDrafting} verifies every draft and falls back to the grounded engine.
 *
 * <p>Settings come from MicroProfile Config ({@code visitprep.ai.*}, off by default; an http address must be this
 * machine's). In a container {@link org.visitprep.summary.llm.LlmSummaries} adds MicroProfile Fault Tolerance; outside
 * one {@link org.visitprep.summary.llm.LlmEngine#draft} does the same with
 * {@link org.visitprep.summary.llm.CircuitBreakerState}. Requests and answers are never logged.
 */
package org.visitprep.summary.llm;
