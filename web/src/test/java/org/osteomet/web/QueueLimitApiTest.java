package org.osteomet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osteomet.web.jobs.Job;
import org.osteomet.web.jobs.JobQueueSettings;

/** A server with one worker and one place in the queue, filled by jobs that wait for the test. */
class QueueLimitApiTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private ExplorerServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        JobQueueSettings jobs = JobQueueSettings.DEFAULTS.withWorkers(1).withCapacity(1).withTimeout(Duration.ofSeconds(30));
        server = new ExplorerServer(ServerSettings.DEFAULTS.withPort(0).withJobs(jobs)).start();
        api = new ApiClient(server);
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    private Job blocked() {
        return server.jobs().submit("blocked", context -> {
            release.await();
            return "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        });
    }

    @Test
    void aFullQueueIs429WithRetryAfter() throws Exception {
        blocked();
        blocked();
        HttpResponse<String> refused = api.post("/api/patients", "{\"primary\":\"breast\"}");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(ApiClient.json(refused).get("error").asText()).startsWith("job queue: full");
        assertThat(api.post("/api/trials", "{\"primary\":\"breast\"}").statusCode()).isEqualTo(429);
    }

    @Test
    void aQueuedJobReportsItsStateAndCanBeCancelled() throws Exception {
        blocked();
        JsonNode queued = ApiClient.json(api.post("/api/patients", "{\"primary\":\"breast\"}"));
        assertThat(queued.get("status").asText()).isEqualTo("queued");
        HttpResponse<String> early = api.get(queued.get("status_url").asText() + "/result");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(early).get("error").asText()).startsWith("job: no result, the job is queued");
        HttpResponse<String> cancelled = api.delete(queued.get("status_url").asText());
        assertThat(cancelled.statusCode()).isEqualTo(202);
        assertThat(ApiClient.json(cancelled).get("status").asText()).isEqualTo("cancelled");
        // its place is free again
        assertThat(api.post("/api/patients", "{\"primary\":\"breast\"}").statusCode()).isEqualTo(202);
    }

    @Test
    void aJobPastItsTimeLimitIsStopped() throws Exception {
        server.close();
        JobQueueSettings jobs = JobQueueSettings.DEFAULTS.withTimeout(Duration.ofMillis(1));
        server = new ExplorerServer(ServerSettings.DEFAULTS.withPort(0).withJobs(jobs)).start();
        api = new ApiClient(server);
        JsonNode job = ApiClient.json(api.post("/api/patients", "{\"primary\":\"breast\",\"years\":20}"));
        JsonNode end = api.awaitJob(job.get("status_url").asText());
        assertThat(end.get("status").asText()).isEqualTo("timed_out");
        assertThat(end.get("error").asText()).contains("time limit");
        assertThat(end.get("result_url").isNull()).isTrue();
    }
}
