package org.osteomet.web.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs jobs on a fixed pool of workers behind a bounded queue, refuses work when both are full, stops jobs
 * that overrun their time limit and forgets finished jobs after a while, so memory stays bounded.
 */
public final class JobQueue implements AutoCloseable {
    /** How often overdue jobs are stopped and old ones forgotten. */
    static final Duration SWEEP_INTERVAL = Duration.ofMillis(500);

    private final JobQueueSettings settings;
    private final Clock clock;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService sweeper;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    public JobQueue(JobQueueSettings settings) {
        this(settings, Clock.systemUTC());
    }

    JobQueue(JobQueueSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        BlockingQueue<Runnable> waiting = settings.capacity() == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(settings.capacity());
        this.workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.MILLISECONDS, waiting,
                daemonThreads("osteomet-job"), new ThreadPoolExecutor.AbortPolicy());
        this.sweeper = Executors.newSingleThreadScheduledExecutor(daemonThreads("osteomet-job-sweeper"));
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_INTERVAL.toMillis(), SWEEP_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    public JobQueueSettings settings() {
        return settings;
    }

    /** Queues a job; throws {@link QueueFullException} when every worker is busy and the queue is full. */
    public Job submit(String kind, JobTask task) {
        Job job = new Job(UUID.randomUUID().toString(), kind, task, clock, settings.timeout());
        jobs.put(job.id(), job);
        try {
            workers.execute(job);
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id());
            throw new QueueFullException(settings.workers(), settings.capacity());
        }
        return job;
    }

    public Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Asks a job to stop; empty if there is no such job. */
    public Optional<Job> cancel(String id) {
        Optional<Job> job = find(id);
        job.ifPresent(j -> {
            j.cancel();
            workers.remove(j); // frees its place in the queue if it was still waiting
        });
        return job;
    }

    /** Stops overdue jobs and forgets old finished ones (runs every {@link #SWEEP_INTERVAL}). */
    void sweep() {
        var now = clock.instant();
        for (Job job : jobs.values()) {
            job.stopIfOverdue(now);
            if (job.finished().map(f -> f.plus(settings.retention()).isBefore(now)).orElse(false)) {
                jobs.remove(job.id());
            }
        }
        List<Job> finished = jobs.values().stream().filter(j -> j.finished().isPresent())
                .sorted(Comparator.comparing((Job j) -> j.finished().orElseThrow())).toList();
        for (int i = 0; i < finished.size() - settings.maxRetained(); i++) {
            jobs.remove(finished.get(i).id());
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        jobs.values().forEach(Job::cancel);
        workers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
