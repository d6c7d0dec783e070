package org.osteomet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.osteomet.cli.CliRun.assertOneLineError;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ServeCommandTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/");

    @Test
    void badSettingsAreOneLine() {
        assertOneLineError(CliRun.of("serve", "--port", "70000"), "--port", "70000");
        assertOneLineError(CliRun.of("serve", "--workers", "0"), "--workers");
        assertOneLineError(CliRun.of("serve", "--job-timeout", "0"), "--job-timeout");
        assertOneLineError(CliRun.of("serve", "--host", " "), "--host");
    }

    @Test
    void aTakenPortIsOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertOneLineError(CliRun.of("serve", "--port", Integer.toString(taken.getLocalPort())), "--host/--port: cannot listen on");
        }
    }

    @Test
    void servesTheExplorerUntilStopped() throws Exception {
        StringWriter out = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread serving = new Thread(() -> code.set(OsteometCli.run(new String[] {"serve", "--port", "0"}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true))));
        serving.start();
        long end = System.nanoTime() + WAIT.toNanos();
        Matcher url = URL.matcher("");
        while (!url.reset(out.toString()).find() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(out.toString()).contains("osteomet explorer: http://127.0.0.1:", "not for diagnosis or clinical decisions");
        HttpResponse<String> options = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url.group() + "api/options")).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(options.statusCode()).isEqualTo(200);
        serving.interrupt();
        serving.join(WAIT.toMillis());
        assertThat(serving.isAlive()).isFalse();
        assertThat(code.get()).isZero();
    }
}
