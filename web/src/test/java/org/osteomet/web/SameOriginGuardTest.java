package org.osteomet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Other sites cannot use a local explorer: wrong Host (DNS rebinding), foreign Origin, or a non-JSON POST. */
class SameOriginGuardTest {
    private static ExplorerServer server;

    @BeforeAll
    static void start() {
        server = new ExplorerServer(ServerSettings.DEFAULTS.withPort(0)).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A raw request, since java.net.http will not send another Host. */
    private static String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRebindedHostNameIsRefused() throws Exception {
        String response = raw("GET /api/options HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 403").contains("\"error\":\"Host:");
        String lookalike = raw("GET /api/options HTTP/1.1\r\nHost: 127.attacker.example:" + server.port() + "\r\nConnection: close\r\n\r\n");
        assertThat(lookalike).startsWith("HTTP/1.1 403");
        String ok = raw("GET /api/options HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n");
        assertThat(ok).startsWith("HTTP/1.1 200");
    }

    @Test
    void aForeignOriginIsRefusedAndTheSameOriginAccepted() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI options = URI.create("http://127.0.0.1:" + server.port() + "/api/options");
        HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(options).header("Origin", "http://evil.example").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("Origin:");
        for (String other : new String[] {"http://127.0.0.1:1", "null", "https://127.0.0.1:" + server.port()}) {
            assertThat(http.send(HttpRequest.newBuilder(options).header("Origin", other).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as(other).isEqualTo(403);
        }
        HttpResponse<String> same = http.send(HttpRequest.newBuilder(options).header("Origin", "http://127.0.0.1:" + server.port()).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(same.statusCode()).isEqualTo(200);
    }

    @Test
    void aPostThatIsNotJsonIsRefused() throws Exception {
        HttpResponse<String> form = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/patients")).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{\"primary\":\"breast\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(415);
        HttpResponse<String> lookalike = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/patients")).header("Content-Type", "application/jsonx").POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(lookalike.statusCode()).isEqualTo(415);
        assertThat(form.body()).contains("Content-Type");
    }

    @Test
    void hostNamesLoseTheirPort() {
        assertThat(SameOriginGuard.hostName("localhost:7070")).isEqualTo("localhost");
        assertThat(SameOriginGuard.hostName("[::1]:7070")).isEqualTo("[::1]");
        assertThat(SameOriginGuard.hostName("127.0.0.1")).isEqualTo("127.0.0.1");
    }
}
