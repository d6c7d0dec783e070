package org.osteomet.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;

import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.ParameterSet;
import org.osteomet.web.jobs.Job;
import org.osteomet.web.jobs.JobQueue;
import org.osteomet.web.jobs.JobStatus;
import org.osteomet.web.json.Json;
import org.osteomet.web.patient.PatientComparison;
import org.osteomet.web.patient.SkeletonLayout;
import org.osteomet.web.request.PatientRequest;
import org.osteomet.web.request.TrialRequest;
import org.osteomet.web.trial.TrialJob;

/** The REST API (documented in docs/API.md). Every response is JSON except the skeleton picture. */
final class ApiHandlers {
    static final String JSON = "application/json";
    static final int ACCEPTED = 202;
    private static final String JOBS = "/api/jobs/";
    static final String PATIENT_JOB = "patient";
    static final String TRIAL_JOB = "trial";

    private final ServerSettings settings;
    private final JobQueue jobs;
    private final ParameterSet params;
    private final StandardOfCare policy;
    private final byte[] options;
    private final String skeleton;

    ApiHandlers(ServerSettings settings, JobQueue jobs, ParameterSet params, StandardOfCare policy) {
        this.settings = settings;
        this.jobs = jobs;
        this.params = params;
        this.policy = policy;
        this.options = Json.bytes(OptionsView.of(params, policy, settings.limits()));
        this.skeleton = SkeletonLayout.emptySkeleton();
    }

    void options(Context ctx) {
        ctx.contentType(JSON).result(options);
    }

    void skeleton(Context ctx) {
        ctx.contentType("image/svg+xml").result(skeleton);
    }

    void submitPatient(Context ctx) {
        PatientRequest request = PatientRequest.parse(body(ctx), settings.limits(), policy);
        accepted(ctx, jobs.submit(PATIENT_JOB, new PatientComparison(request, params, policy)));
    }

    void submitTrial(Context ctx) {
        TrialRequest request = TrialRequest.parse(body(ctx), settings.limits());
        accepted(ctx, jobs.submit(TRIAL_JOB, new TrialJob(request, params, policy)));
    }

    void status(Context ctx) {
        ctx.contentType(JSON).result(Json.bytes(describe(job(ctx))));
    }

    void result(Context ctx) {
        Job job = job(ctx);
        byte[] result = job.result().orElseThrow(() -> new HttpProblem(HttpProblem.CONFLICT, "job: no result, the job is "
                + job.status().code() + job.error().map(e -> " (" + e + ")").orElse("")));
        ctx.contentType(JSON).result(result);
    }

    void cancel(Context ctx) {
        Job job = jobs.cancel(ctx.pathParam("id")).orElseThrow(() -> unknownJob(ctx.pathParam("id")));
        ctx.status(ACCEPTED).contentType(JSON).result(Json.bytes(describe(job)));
    }

    private Job job(Context ctx) {
        String id = ctx.pathParam("id");
        return jobs.find(id).orElseThrow(() -> unknownJob(id));
    }

    private static HttpProblem unknownJob(String id) {
        String shown = id.length() > 40 ? id.substring(0, 40) + "..." : id;
        return new HttpProblem(HttpProblem.NOT_FOUND, "id: no job '" + shown + "' (unknown, or finished long enough ago to be forgotten)");
    }

    /** The body, refused before reading if it says it is too large (the server also caps what it reads). */
    private byte[] body(Context ctx) {
        if (ctx.contentLength() > settings.maxBodyBytes()) {
            throw tooLarge();
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > settings.maxBodyBytes()) {
            throw tooLarge();
        }
        return body;
    }

    HttpProblem tooLarge() {
        return new HttpProblem(HttpProblem.CONTENT_TOO_LARGE, "body: larger than " + settings.maxBodyBytes() + " bytes");
    }

    private void accepted(Context ctx, Job job) {
        ctx.status(ACCEPTED).header("Location", JOBS + job.id()).contentType(JSON).result(Json.bytes(describe(job)));
    }

    static Map<String, Object> describe(Job job) {
        JobStatus status = job.status();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", job.id());
        m.put("kind", job.kind());
        m.put("status", status.code());
        m.put("progress", Json.decimals(job.fraction(), 3));
        m.put("message", job.message());
        m.put("error", job.error().orElse(null));
        m.put("status_url", JOBS + job.id());
        m.put("result_url", status == JobStatus.DONE ? JOBS + job.id() + "/result" : null);
        return m;
    }
}
