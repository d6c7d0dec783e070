package org.osteomet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API over plain HTTP: errors are JSON naming the field, never a stack trace; a patient and a trial run. */
class ApiTest {
    private static final int SOCKET_TIMEOUT_MS = 10_000;
    private static ExplorerServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        server = new ExplorerServer(ServerSettings.DEFAULTS.withPort(0)).start();
        api = new ApiClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertError(HttpResponse<String> response, int status, String start) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = ApiClient.json(response);
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.get("error").asText()).startsWith(start).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "/api/patients | {\"primary\":\"brest\"}                   | 400 | primary: unknown 'brest' (did you mean 'breast'?)",
        "/api/patients | {\"primary\":\"breast\",\"years\":1000}   | 400 | years: must be more than 0 and at most 20",
        "/api/patients | {\"primary\":\"breast\",\"seed\":-5}      | 400 | seed: must be between 0 and",
        "/api/patients | {\"primary\":\"breast\",                 | 400 | body: malformed JSON",
        "/api/patients | not json at all                          | 400 | body: malformed JSON",
        "/api/patients | {\"primary\":\"breast\",\"colour\":\"red\"} | 400 | colour: unknown field",
        "/api/trials   | {\"primary\":\"breast\",\"patients\":100000} | 400 | patients: must be between 1 and 300",
        "/api/trials   | {\"primary\":\"breast\",\"arms\":[\"placebo\",\"vitamin-d\"]} | 400 | arms: unknown 'vitamin-d'",
        "/api/trials   | {\"primary\":\"breast\",\"months\":-1}    | 400 | months: must be more than 0",
    })
    void badInputIsA400NamingTheField(String path, String body, int status, String message) throws Exception {
        assertError(api.post(path, body), status, message);
    }

    @Test
    void unknownJobsAre404() throws Exception {
        assertError(api.get("/api/jobs/no-such-job"), 404, "id: no job 'no-such-job'");
        assertError(api.get("/api/jobs/no-such-job/result"), 404, "id: no job");
        assertError(api.delete("/api/jobs/no-such-job"), 404, "id: no job");
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrors() throws Exception {
        assertError(api.get("/api/nothing-here"), 404, "path: nothing at GET /api/nothing-here");
        assertError(api.get("/api/patients"), 405, "method: GET is not allowed");
    }

    @Test
    void anOversizedBodyIsRefused() throws Exception {
        // Only the headers are sent: the server refuses on the declared length, so its answer cannot race an upload it
        // has stopped reading (which would leave the client with a reset connection and no response).
        int length = ServerSettings.DEFAULT_MAX_BODY_BYTES + 1;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(SOCKET_TIMEOUT_MS);
            socket.getOutputStream().write(("POST /api/patients HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 413").contains("{\"error\":\"body: larger than 16384 bytes");
        }
    }

    @Test
    void aPatientRunsAsAJobAndItsResultIsServedOnce() throws Exception {
        HttpResponse<String> submitted = api.post("/api/patients", "{\"primary\":\"breast\",\"seed\":7,\"years\":2}");
        assertThat(submitted.statusCode()).isEqualTo(202);
        JsonNode job = ApiClient.json(submitted);
        assertThat(submitted.headers().firstValue("Location")).contains(job.get("status_url").asText());
        assertThat(job.get("kind").asText()).isEqualTo("patient");
        JsonNode done = api.awaitJob(job.get("status_url").asText());
        assertThat(done.get("status").asText()).isEqualTo("done");
        assertThat(done.get("progress").asDouble()).isEqualTo(1.0);
        HttpResponse<String> result = api.get(done.get("result_url").asText());
        assertThat(result.statusCode()).isEqualTo(200);
        JsonNode body = ApiClient.json(result);
        assertThat(body.at("/request/seed").asLong()).isEqualTo(7);
        assertThat(body.at("/arms/with/frames/day").size()).isGreaterThan(100);
    }

    @Test
    void myelomaFromThePrimaryListRunsAsAPatient() throws Exception {
        JsonNode options = ApiClient.json(api.get("/api/options"));
        JsonNode myeloma = null;
        for (JsonNode p : options.get("primaries")) {
            if (p.get("code").asText().equals("myeloma")) {
                myeloma = p;
            }
        }
        assertThat(myeloma).as(options.get("primaries").toString()).isNotNull();
        assertThat(myeloma.get("description").asText()).isEqualTo("multiple myeloma");
        assertThat(options.at("/systemic_therapy_lines/myeloma").toString()).contains("VRd");
        JsonNode job = ApiClient.json(api.post("/api/patients", "{\"primary\":\"myeloma\",\"seed\":3,\"years\":2}"));
        JsonNode done = api.awaitJob(job.get("status_url").asText());
        assertThat(done.get("status").asText()).isEqualTo("done");
        JsonNode body = ApiClient.json(api.get(done.get("result_url").asText()));
        assertThat(body.at("/request/primary").asText()).isEqualTo("myeloma");
    }

    @Test
    void theSameRequestGivesTheSameResultBytes() throws Exception {
        String request = "{\"primary\":\"prostate\",\"seed\":11,\"years\":1,\"treatment\":\"denosumab\"}";
        String first = api.get(api.awaitJob(ApiClient.json(api.post("/api/patients", request)).get("status_url").asText())
                .get("result_url").asText()).body();
        String second = api.get(api.awaitJob(ApiClient.json(api.post("/api/patients", request)).get("status_url").asText())
                .get("result_url").asText()).body();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aSmallTrialRunsAsAJob() throws Exception {
        JsonNode job = ApiClient.json(api.post("/api/trials",
                "{\"primary\":\"breast\",\"arms\":[\"placebo\",\"zoledronic-acid\"],\"patients\":20,\"months\":12}"));
        JsonNode done = api.awaitJob(job.get("status_url").asText());
        assertThat(done.get("status").asText()).isEqualTo("done");
        JsonNode result = ApiClient.json(api.get(done.get("result_url").asText()));
        assertThat(result.at("/result/arms/1/versus_control/hr_overall_survival").has("hr")).isTrue();
    }

    @Test
    void optionsComeFromTheModel() throws Exception {
        JsonNode options = ApiClient.json(api.get("/api/options"));
        assertThat(options.get("primaries").toString()).contains("\"breast\"", "\"prostate\"");
        assertThat(options.get("treatments").toString()).contains("\"radium-223\"");
        assertThat(options.at("/limits/trial_patients").asInt()).isEqualTo(300);
        assertThat(options.get("note").asText()).contains("research and teaching only");
    }

    @Test
    void pagesAndTheirScriptsAreServedFromTheClasspath() throws Exception {
        assertThat(api.get("/").body()).contains("Research and teaching only", "/vendor/chart.umd.min.js");
        assertThat(api.get("/trial.html").body()).contains("Research and teaching only");
        HttpResponse<String> chart = api.get(ChartJsAsset.PATH);
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).contains("Chart.js");
        assertThat(api.get("/api/skeleton.svg").body()).startsWith("<?xml").contains("<g id=\"lesions\">");
        assertThat(api.get("/").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).contains("'self'"));
    }
}
