package org.visitprep.web.it.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.visitprep.web.it.stack.VisitPrepStack;

@ExtendWith(VisitPrepStack.class)
class HealthIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(VisitPrepStack.current().portal().url(path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readiness_answers_up_once_the_database_answers() throws Exception {
        var response = get("/health/ready");

        assertEquals(200, response.statusCode());
        String body = response.body().replace(" ", "");
        assertTrue(body.contains("\"name\":\"database\",\"status\":\"UP\""), body);
        assertTrue(body.startsWith("{\"status\":\"UP\""), body);
    }

    @Test
    void liveness_answers_up() throws Exception {
        var response = get("/health/live");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().replace(" ", "").startsWith("{\"status\":\"UP\""), response.body());
    }
}
