package org.osteomet.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.osteomet.web.ExplorerServer;
import org.osteomet.web.ServerSettings;
import org.osteomet.web.jobs.JobQueueSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web explorer: one virtual patient replayed on a skeleton, with and without treatment, and",
            "small in silico trials with Kaplan-Meier curves, over a JSON API (docs/API.md). Runs until stopped (Ctrl-C)."},
        footer = {"", "Examples:",
            "  osteomet serve                       # then open http://127.0.0.1:7070/",
            "  osteomet serve --port 8080 --workers 1 --job-timeout 60"})
final class ServeCommand implements Callable<Integer> {
    /** Longest time limit for one job, seconds (a day). */
    static final long MAX_JOB_TIMEOUT_SECONDS = 86_400;

    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only; the explorer has no login).")
    String host;

    @Option(names = "--port", defaultValue = "" + ServerSettings.DEFAULT_PORT, description = "TCP port (default ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--workers", defaultValue = "" + JobQueueSettings.DEFAULT_WORKERS,
            description = "Simulations running at once (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--queue", defaultValue = "" + JobQueueSettings.DEFAULT_CAPACITY,
            description = "Simulations waiting for a worker; more are refused with HTTP 429 (default ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--job-timeout", paramLabel = "SECONDS", defaultValue = "" + JobQueueSettings.DEFAULT_TIMEOUT_SECONDS,
            description = "A simulation still running after this long is stopped (default ${DEFAULT-VALUE}).")
    long jobTimeoutSeconds;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() {
        if (host.isBlank()) {
            throw new BadInputException("--host: must not be empty (127.0.0.1 for this machine only)");
        }
        Checks.between("--port", port, 0, ServerSettings.MAX_PORT);
        Checks.between("--workers", workers, 1, JobQueueSettings.MAX_WORKERS);
        Checks.between("--queue", queue, 0, JobQueueSettings.MAX_CAPACITY);
        Checks.between("--job-timeout", jobTimeoutSeconds, 1, MAX_JOB_TIMEOUT_SECONDS);
        JobQueueSettings jobs = JobQueueSettings.DEFAULTS.withWorkers(workers).withCapacity(queue)
                .withTimeout(Duration.ofSeconds(jobTimeoutSeconds));
        ServerSettings settings = ServerSettings.DEFAULTS.withHost(host).withPort(port).withJobs(jobs);
        ExplorerServer server = new ExplorerServer(settings);
        try {
            server.start();
        } catch (RuntimeException e) {
            server.close();
            throw new BadInputException("--host/--port: cannot listen on " + host + ":" + port + " (" + firstLine(e) + ")");
        }
        Thread stopOnExit = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "osteomet-serve-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        PrintWriter out = spec.commandLine().getOut();
        out.println("osteomet explorer: " + server.url() + "  (Ctrl-C to stop)");
        if (!isLoopback(host)) {
            out.println("warning: listening on " + host + ": anyone who can reach this machine can run simulations here.");
        }
        out.println("Research and teaching tool: not for diagnosis or clinical decisions.");
        out.flush();
        try {
            stopped.await(); // until Ctrl-C: the hook stops the server
        } catch (InterruptedException e) {
            // stopped from inside the JVM (tests, embedding); the server stops before the flag is set again
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            server.close();
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
