package org.osteomet.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Plain HTTP to a test server: what curl would send. */
final class ApiClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final long POLL_MS = 50;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String base;

    ApiClient(ExplorerServer server) {
        this.base = "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return new ObjectMapper().readTree(response.body());
    }

    /** Polls a job until it ends; returns its last status. */
    JsonNode awaitJob(String statusUrl) throws IOException, InterruptedException {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        JsonNode status = json(get(statusUrl));
        while (!status.get("status").asText().matches("done|failed|timed_out|cancelled") && System.nanoTime() < end) {
            Thread.sleep(POLL_MS);
            status = json(get(statusUrl));
        }
        return status;
    }
}
