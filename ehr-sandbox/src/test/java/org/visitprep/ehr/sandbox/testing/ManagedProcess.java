package org.visitprep.ehr.sandbox.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server the tests start as a child process, with its output in a log file; closing it stops the process and
 * every process it started.
 */
public final class ManagedProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path log) {
        try {
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return new ManagedProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name + " with " + command, e);
        }
    }

    /**
     * Waits until the URL answers 200, failing with the last answer and the end of the log if the process dies or
     * time runs out.
     */
    public void awaitOk(URI url, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String lastAnswer = "none";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting (exit " + process.exitValue()
                        + "). End of its log " + log + ":\n" + tailOfLog());
            }
            Answer answer = ask(url);
            if (answer.ok()) {
                return;
            }
            lastAnswer = answer.description();
            sleepBriefly();
        }
        throw new IllegalStateException(name + " did not answer " + url + " with 200 within " + timeout.toSeconds()
                + " s; its last answer: " + lastAnswer + ". End of its log " + log + ":\n" + tailOfLog());
    }

    /** Waits until the log holds the text, e.g. a server's own "ready" line after its first answers. */
    public void awaitLogLine(String text, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!logText().contains(text)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        name + " never logged \"" + text + "\". End of its log " + log + ":\n" + tailOfLog());
            }
            sleepBriefly();
        }
    }

    public static boolean answersOk(URI url) {
        return ask(url).ok();
    }

    /** What a server said to a GET, or why it said nothing. */
    private record Answer(boolean ok, String description) {}

    private static Answer ask(URI url) {
        try {
            var request = HttpRequest.newBuilder(url)
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(
                    response.statusCode() == 200,
                    "HTTP " + response.statusCode() + " " + body.substring(0, Math.min(body.length(), 600)));
        } catch (IOException e) {
            return new Answer(false, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + url, e);
        }
    }

    public Path log() {
        return log;
    }

    /** The operating system's id of the process, for a test command that stops it after the run. */
    public long pid() {
        return process.pid();
    }

    /** The log as it is now. */
    public String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + log, e);
        }
    }

    private String tailOfLog() {
        List<String> lines = logText().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
