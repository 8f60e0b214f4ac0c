package org.visitprep.web.it.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * An SMTP server on this machine that accepts every message and keeps it (RFC 5321: EHLO/HELO, MAIL, RCPT, DATA,
 * RSET, NOOP, QUIT; no authentication, no TLS), where the test Keycloak's realm sends its e-mails. The tests read the
 * invitation Keycloak wrote, as a clinician would in their mailbox.
 */
final class SmtpSink implements AutoCloseable {

    /** One message as it arrived: its recipients and its whole text (headers and body). */
    record Mail(List<String> recipients, String text) {}

    private final ServerSocket server;
    private final List<Mail> received = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private SmtpSink(ServerSocket server) {
        this.server = server;
        this.acceptor = Thread.ofVirtual().name("smtp-sink").start(this::accept);
    }

    static SmtpSink listen(int port) {
        try {
            return new SmtpSink(new ServerSocket(port, 10, InetAddress.getLoopbackAddress()));
        } catch (IOException taken) {
            throw new IllegalStateException(
                    "The SMTP sink cannot listen on port " + port
                            + " (is another test run using it? -Dit.smtp.port and VISITPREP_TEST_SMTP_PORT move it)",
                    taken);
        }
    }

    /** Waits until a message for the recipient arrives that the condition accepts. */
    Mail awaitMailTo(String recipient, Predicate<Mail> condition, Duration patience) {
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            Optional<Mail> found = received.stream()
                    .filter(mail -> mail.recipients().stream().anyMatch(to -> to.equalsIgnoreCase(recipient)))
                    .filter(condition)
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(
                "No e-mail to " + recipient + " within " + patience + "; received: " + received.size());
    }

    List<Mail> mailTo(String recipient) {
        return received.stream()
                .filter(mail -> mail.recipients().stream().anyMatch(to -> to.equalsIgnoreCase(recipient)))
                .toList();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
                var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = client.getOutputStream()) {
            client.setSoTimeout(30_000);
            reply(out, "220 localhost VisitPrep test SMTP sink");
            var recipients = new CopyOnWriteArrayList<String>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4
                        ? line.toUpperCase()
                        : line.substring(0, 4).toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 localhost");
                    case "MAIL" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        recipients.add(address(line));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        var text = new StringBuilder();
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            text.append(data.startsWith("..") ? data.substring(1) : data)
                                    .append("\r\n");
                        }
                        received.add(new Mail(List.copyOf(recipients), text.toString()));
                        reply(out, "250 OK queued");
                    }
                    case "RSET" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException dropped) {
            // the client went away: nothing to keep
        }
    }

    private static String address(String rcpt) {
        int open = rcpt.indexOf('<');
        int close = rcpt.indexOf('>');
        return open >= 0 && close > open
                ? rcpt.substring(open + 1, close)
                : rcpt.substring(rcpt.indexOf(':') + 1).strip();
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor.interrupt();
    }
}
