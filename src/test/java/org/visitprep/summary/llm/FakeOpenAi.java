package org.visitprep.summary.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local HTTP server that speaks OpenAI's chat-completions protocol on 127.0.0.1 and a random port: it answers
 * {@code POST /v1/chat/completions} with {@code choices[0].message.content}, {@code usage} and the rest as OpenAI
 * does, or with the error, delay or broken content a test asks for, and keeps every request it received.
 */
final class FakeOpenAi implements AutoCloseable {

    /** What the server answers to one request. */
    record Reply(int status, String body, Duration delay) {}

    static final String MODEL = "fake-model-2026-01";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fake-openai");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<String, Reply> replies = request -> error(503);

    /** A request as received: its path, Authorization header and body. */
    record Received(String path, String authorization, String body) {}

    FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void answerWith(Function<String, Reply> replies) {
        this.replies = replies;
    }

    List<Received> requests() {
        return List.copyOf(received);
    }

    /** A chat completion whose message content is the given text, as OpenAI writes one. */
    static Reply completion(String content) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-fake-1");
        body.put("object", "chat.completion");
        body.put("created", 1_780_000_000L);
        body.put("model", MODEL);
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        message.putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop");
        ObjectNode usage = body.putObject("usage");
        usage.put("prompt_tokens", 812);
        usage.put("completion_tokens", 96);
        usage.put("total_tokens", 908);
        body.put("system_fingerprint", "fp_fake");
        return new Reply(200, body.toString(), Duration.ZERO);
    }

    static Reply error(int status) {
        return new Reply(
                status,
                "{\"error\":{\"message\":\"The server had an error while processing your request.\","
                        + "\"type\":\"server_error\",\"param\":null,\"code\":null}}",
                Duration.ZERO);
    }

    static Reply slowly(Reply reply, Duration delay) {
        return new Reply(reply.status(), reply.body(), delay);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    body));
            Reply reply = exchange.getRequestURI().getPath().equals("/v1/chat/completions")
                            && exchange.getRequestMethod().equals("POST")
                    ? replies.apply(body)
                    : new Reply(404, "{\"error\":{\"message\":\"not found\"}}", Duration.ZERO);
            if (!reply.delay().isZero()) {
                try {
                    Thread.sleep(reply.delay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // the client gave up (a timeout test): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
