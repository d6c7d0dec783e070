package org.osteomet.web.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobQueueTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final CountDownLatch release = new CountDownLatch(1);
    private JobQueue queue;

    @AfterEach
    void close() {
        release.countDown();
        if (queue != null) {
            queue.close();
        }
    }

    private JobTask blocked() {
        return context -> {
            release.await();
            return bytes("released");
        };
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static JobStatus awaitFinal(Job job) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!job.status().isFinal() && System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        return job.status();
    }

    @Test
    void runsAJobAndKeepsItsResult() throws Exception {
        queue = new JobQueue(JobQueueSettings.DEFAULTS);
        Job job = queue.submit("test", context -> {
            context.progress(1, 2, "half way");
            return bytes("{}");
        });
        assertThat(awaitFinal(job)).isEqualTo(JobStatus.DONE);
        assertThat(job.result()).hasValueSatisfying(r -> assertThat(new String(r, StandardCharsets.UTF_8)).isEqualTo("{}"));
        assertThat(job.fraction()).isEqualTo(1.0);
        assertThat(queue.find(job.id())).containsSame(job);
    }

    @Test
    void refusesWorkWhenEveryWorkerIsBusyAndTheQueueIsFull() {
        queue = new JobQueue(JobQueueSettings.DEFAULTS.withWorkers(1).withCapacity(1));
        queue.submit("running", blocked());
        queue.submit("waiting", blocked());
        assertThatThrownBy(() -> queue.submit("refused", blocked())).isInstanceOf(QueueFullException.class)
                .hasMessageContaining("full");
    }

    @Test
    void aQueueOfCapacityZeroRefusesAsSoonAsTheWorkersAreBusy() {
        queue = new JobQueue(JobQueueSettings.DEFAULTS.withWorkers(1).withCapacity(0));
        queue.submit("running", blocked());
        assertThatThrownBy(() -> queue.submit("refused", blocked())).isInstanceOf(QueueFullException.class);
    }

    @Test
    void aCancelledWaitingJobFreesItsPlace() throws Exception {
        queue = new JobQueue(JobQueueSettings.DEFAULTS.withWorkers(1).withCapacity(1));
        queue.submit("running", blocked());
        Job waiting = queue.submit("waiting", blocked());
        queue.cancel(waiting.id());
        assertThat(waiting.status()).isEqualTo(JobStatus.CANCELLED);
        Job next = queue.submit("next", context -> bytes("ok"));
        release.countDown();
        assertThat(awaitFinal(next)).isEqualTo(JobStatus.DONE);
    }

    @Test
    void aJobThatChecksIsStoppedCooperativelyAtItsTimeLimit() throws Exception {
        queue = new JobQueue(JobQueueSettings.DEFAULTS.withTimeout(Duration.ofMillis(100)));
        Job job = queue.submit("loop", context -> {
            while (true) {
                context.checkCancelled();
                Thread.onSpinWait();
            }
        });
        assertThat(awaitFinal(job)).isEqualTo(JobStatus.TIMED_OUT);
        assertThat(job.error()).hasValueSatisfying(e -> assertThat(e).contains("time limit"));
        assertThat(job.result()).isEmpty();
    }

    @Test
    void aJobThatNeverChecksIsInterruptedAtItsTimeLimit() throws Exception {
        queue = new JobQueue(JobQueueSettings.DEFAULTS.withTimeout(Duration.ofMillis(100)));
        Job job = queue.submit("sleeper", context -> {
            Thread.sleep(WAIT.toMillis() * 2);
            return bytes("too late");
        });
        assertThat(awaitFinal(job)).isEqualTo(JobStatus.TIMED_OUT);
    }

    @Test
    void aRunningJobCanBeCancelled() throws Exception {
        queue = new JobQueue(JobQueueSettings.DEFAULTS);
        CountDownLatch started = new CountDownLatch(1);
        Job job = queue.submit("loop", context -> {
            started.countDown();
            while (true) {
                context.checkCancelled();
                Thread.onSpinWait();
            }
        });
        assertThat(started.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        queue.cancel(job.id());
        assertThat(awaitFinal(job)).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void expectedFailuresKeepTheirMessageAndOthersDoNotLeakDetails() throws Exception {
        queue = new JobQueue(JobQueueSettings.DEFAULTS);
        Job expected = queue.submit("expected", context -> {
            throw new JobFailedException("entry: nobody reached it");
        });
        Job bug = queue.submit("bug", context -> {
            throw new IllegalStateException("secret internals");
        });
        assertThat(awaitFinal(expected)).isEqualTo(JobStatus.FAILED);
        assertThat(expected.error()).contains("entry: nobody reached it");
        assertThat(awaitFinal(bug)).isEqualTo(JobStatus.FAILED);
        assertThat(bug.error()).hasValueSatisfying(e -> assertThat(e).contains("internal error").doesNotContain("secret"));
    }

    @Test
    void aJobThatThrowsAnErrorEndsAsFailed() throws Exception {
        queue = new JobQueue(JobQueueSettings.DEFAULTS);
        Job job = queue.submit("linkage", context -> {
            throw new LinkageError("a class changed under the server");
        });
        assertThat(awaitFinal(job)).isEqualTo(JobStatus.FAILED);
        assertThat(job.error()).hasValueSatisfying(e -> assertThat(e).contains("internal error"));
    }

    @Test
    void finishedJobsAreForgottenAfterTheRetention() throws Exception {
        MutableClock clock = new MutableClock();
        queue = new JobQueue(JobQueueSettings.DEFAULTS.withRetention(Duration.ofMinutes(1)), clock);
        Job job = queue.submit("quick", context -> bytes("{}"));
        awaitFinal(job);
        queue.sweep();
        assertThat(queue.find(job.id())).isPresent();
        clock.advance(Duration.ofMinutes(2));
        queue.sweep();
        assertThat(queue.find(job.id())).isEmpty();
    }

    @Test
    void onlyTheNewestFinishedJobsAreKept() throws Exception {
        MutableClock clock = new MutableClock();
        queue = new JobQueue(JobQueueSettings.DEFAULTS.withMaxRetained(2), clock);
        Job[] jobs = new Job[3];
        for (int i = 0; i < jobs.length; i++) {
            jobs[i] = queue.submit("quick", context -> bytes("{}"));
            awaitFinal(jobs[i]);
            clock.advance(Duration.ofSeconds(1));
        }
        queue.sweep();
        assertThat(queue.find(jobs[0].id())).isEmpty();
        assertThat(queue.find(jobs[1].id())).isPresent();
        assertThat(queue.find(jobs[2].id())).isPresent();
    }

    @Test
    void settingsRejectNonsense() {
        assertThatThrownBy(() -> JobQueueSettings.DEFAULTS.withWorkers(0)).hasMessageContaining("workers");
        assertThatThrownBy(() -> JobQueueSettings.DEFAULTS.withCapacity(-1)).hasMessageContaining("capacity");
        assertThatThrownBy(() -> JobQueueSettings.DEFAULTS.withTimeout(Duration.ZERO)).hasMessageContaining("timeout");
    }
}
