package org.osteomet.web;

import java.util.Locale;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;

import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.ParameterSet;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.web.jobs.JobQueue;
import org.osteomet.web.jobs.QueueFullException;
import org.osteomet.web.json.Json;
import org.osteomet.web.request.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web explorer: static pages (one patient, a small trial) over a JSON API that runs simulations as background
 * jobs. Research and teaching only.
 */
public final class ExplorerServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExplorerServer.class);
    private static final String PAGES = "/org/osteomet/web/public";
    private static final int BAD_REQUEST = 400;
    private static final int METHOD_NOT_ALLOWED = 405;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int INTERNAL_ERROR = 500;
    /** Seconds a client refused for a full queue is asked to wait. */
    private static final String RETRY_AFTER_SECONDS = "5";
    /** Same-origin scripts and styles only; Chart.js sets styles through the DOM, which this allows. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

    private final ServerSettings settings;
    private final JobQueue jobs;
    private final Javalin app;

    public ExplorerServer(ServerSettings settings) {
        this(settings, ModelCatalog.defaults(), StandardOfCare.defaults());
    }

    ExplorerServer(ServerSettings settings, ParameterSet params, StandardOfCare policy) {
        this.settings = settings;
        this.jobs = new JobQueue(settings.jobs());
        ApiHandlers api = new ApiHandlers(settings, jobs, params, policy);
        byte[] chartJs = ChartJsAsset.load();
        this.app = Javalin.create(config -> configure(config, api, chartJs));
    }

    private void configure(JavalinConfig config, ApiHandlers api, byte[] chartJs) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.http.prefer405over404 = true;
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = PAGES;
            files.location = Location.CLASSPATH;
        });
        routes(config, api, chartJs, new SameOriginGuard(settings.host()));
        errors(config, api);
    }

    private static void routes(JavalinConfig config, ApiHandlers api, byte[] chartJs, SameOriginGuard guard) {
        config.routes.before(ctx -> ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff"));
        config.routes.before("/api/*", guard::check);
        config.routes.get(ChartJsAsset.PATH, ctx -> ctx.contentType("text/javascript").result(chartJs));
        config.routes.get("/api/options", api::options);
        config.routes.get("/api/skeleton.svg", api::skeleton);
        config.routes.post("/api/patients", api::submitPatient);
        config.routes.post("/api/trials", api::submitTrial);
        config.routes.get("/api/jobs/{id}", api::status);
        config.routes.get("/api/jobs/{id}/result", api::result);
        config.routes.delete("/api/jobs/{id}", api::cancel);
    }

    /** Every error is {"error": "field: what is wrong"} with its status; never a stack trace. */
    private static void errors(JavalinConfig config, ApiHandlers api) {
        config.routes.exception(BadRequestException.class, (e, ctx) -> error(ctx, BAD_REQUEST, e.getMessage()));
        config.routes.exception(QueueFullException.class, (e, ctx) -> {
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
            error(ctx, TOO_MANY_REQUESTS, e.getMessage());
        });
        config.routes.exception(HttpProblem.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), switch (e.getStatus()) {
            case HttpProblem.CONTENT_TOO_LARGE -> api.tooLarge().getMessage();
            case HttpProblem.NOT_FOUND -> nothingAt(ctx);
            default -> "request: " + e.getMessage();
        }));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, INTERNAL_ERROR, "server: internal error (details are in the server log)");
        });
        config.routes.error(HttpProblem.NOT_FOUND, ctx -> {
            if (ctx.resultInputStream() == null) {
                error(ctx, HttpProblem.NOT_FOUND, nothingAt(ctx));
            }
        });
        config.routes.error(METHOD_NOT_ALLOWED, ctx -> error(ctx, METHOD_NOT_ALLOWED,
                "method: " + ctx.method() + " is not allowed on " + ctx.path()));
    }

    private static String nothingAt(Context ctx) {
        return "path: nothing at " + ctx.method() + " " + ctx.path();
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType(ApiHandlers.JSON).result(Json.error(message));
    }

    /** Starts listening; fails if the address is taken. */
    public ExplorerServer start() {
        app.start(settings.host(), settings.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return String.format(Locale.ROOT, "http://%s:%d/", host, port());
    }

    JobQueue jobs() {
        return jobs;
    }

    @Override
    public void close() {
        app.stop();
        jobs.close();
    }
}
