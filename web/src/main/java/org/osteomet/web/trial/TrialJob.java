package org.osteomet.web.trial;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.ParameterSet;
import org.osteomet.sim.CohortConfig;
import org.osteomet.sim.CohortRunner;
import org.osteomet.sim.PatientSimulator;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.trial.ArmOutcomes;
import org.osteomet.trial.TrialAnalysis;
import org.osteomet.trial.TrialResult;
import org.osteomet.trial.TrialRunner;
import org.osteomet.web.jobs.JobContext;
import org.osteomet.web.jobs.JobFailedException;
import org.osteomet.web.jobs.JobTask;
import org.osteomet.web.json.Json;
import org.osteomet.web.request.TrialRequest;

/**
 * A small in silico trial run as {@code osteomet trial} runs it ({@link TrialRunner}: arms over the same patients),
 * analysed by {@link TrialAnalysis}: Kaplan-Meier curves, medians and hazard ratios against the first arm.
 */
public final class TrialJob implements JobTask {
    /** One simulation thread per job: the job queue already runs jobs side by side, and results do not depend on it. */
    static final int THREADS_PER_JOB = 1;
    private static final double MONTHS_PER_YEAR = 12;

    private final TrialRequest request;
    private final ParameterSet params;
    private final StandardOfCare policy;

    public TrialJob(TrialRequest request, ParameterSet params, StandardOfCare policy) {
        this.request = request;
        this.params = params;
        this.policy = policy;
    }

    @Override
    public byte[] run(JobContext context) throws Exception {
        List<BoneTargetedAgent> arms = request.arms();
        int n = request.patients();
        double total = (double) n * arms.size();
        CohortConfig base = new CohortConfig(request.primary(), n, request.months() / MONTHS_PER_YEAR, request.seed(), request.entry(),
                THREADS_PER_JOB, params, policy);
        List<ArmOutcomes> outcomes;
        context.progress(0, total, "arm " + arms.get(0).code() + ": screening the first candidates");
        try {
            outcomes = new TrialRunner().run(base, arms, (arm, enrolled) -> {
                context.checkCancelled(); // after each chunk of candidates
                context.progress((double) arm * n + enrolled, total,
                        "arm " + arms.get(arm).code() + ": " + enrolled + " of " + n + " patients enrolled");
            });
        } catch (CohortRunner.NoEnrolmentException e) {
            throw new JobFailedException("entry: " + e.getMessage());
        }
        double horizonDays = request.months() * PatientSimulator.DAYS_PER_YEAR / MONTHS_PER_YEAR;
        TrialResult result = TrialAnalysis.analyse(outcomes, horizonDays);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("request", request.toMap());
        m.put("command", "osteomet trial --primary " + request.primary().code() + " --arms "
                + String.join(",", arms.stream().map(BoneTargetedAgent::code).toList()) + " --patients " + n + " --months "
                + request.months() + " --entry " + request.entry().code() + " --seed " + request.seed() + " --out DIR");
        m.put("result", result.toMap());
        m.put("note", "Research and teaching only: simulated patients, not evidence for treatment decisions.");
        return Json.bytes(m);
    }
}
