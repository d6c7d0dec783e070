package org.osteomet.web.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osteomet.anatomy.Site;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.ParameterSet;
import org.osteomet.random.PatientStreams;
import org.osteomet.sim.PatientOutcome;
import org.osteomet.sim.PatientSimulator;
import org.osteomet.sim.StepObserver;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.web.jobs.JobContext;
import org.osteomet.web.jobs.JobFailedException;
import org.osteomet.web.jobs.JobTask;
import org.osteomet.web.json.Json;
import org.osteomet.web.request.ArmChoice;
import org.osteomet.web.request.PatientRequest;

/**
 * "How to fight back": one virtual patient simulated without and with the chosen treatments. Both runs use the
 * same seed and patient index, so the same random streams: the patient, the disease before treatment and every
 * draw that the treatment does not touch are the same, and the differences are the treatment's doing.
 */
public final class PatientComparison implements JobTask {
    /** Candidates tried for a later entry before giving up (as many as osteomet simulate tries). */
    static final int MAX_CANDIDATES = 100_000;
    static final String WITHOUT = "without";
    static final String WITH = "with";

    private final PatientRequest request;
    private final ParameterSet params;
    private final StandardOfCare policy;

    public PatientComparison(PatientRequest request, ParameterSet params, StandardOfCare policy) {
        this.request = request;
        this.params = params;
        this.policy = policy;
    }

    @Override
    public byte[] run(JobContext context) {
        ArmChoice systemic = request.systemicTherapy();
        ArmChoice radiotherapy = request.radiotherapyKillsTumour();
        PatientSimulator without = new PatientSimulator(params, request.primary(),
                PolicyVariants.of(policy, radiotherapy.inBaseline(), systemic.inBaseline()), BoneTargetedAgent.PLACEBO);
        PatientSimulator with = new PatientSimulator(params, request.primary(),
                PolicyVariants.of(policy, radiotherapy.inTreated(), systemic.inTreated()), request.treatment());
        PatientStreams streams = new PatientStreams(request.seed());
        double followUp = request.years() * PatientSimulator.DAYS_PER_YEAR;

        PatientOutcome found = enrolledPatient(without, streams, followUp, context);
        double daysPerRun = found.entryDay() + followUp; // simulation starts long before entry
        FrameRecorder withoutFrames = new FrameRecorder();
        PatientOutcome withoutOutcome = without.run(found.patientId(), streams, request.entry(), followUp,
                observing(withoutFrames, context, 0, daysPerRun, "the arm without treatment"));
        FrameRecorder withFrames = new FrameRecorder();
        PatientOutcome withOutcome = with.run(found.patientId(), streams, request.entry(), followUp,
                observing(withFrames, context, daysPerRun, daysPerRun, "the treated arm"));
        if (!withOutcome.enrolled() || withOutcome.entryDay() != withoutOutcome.entryDay()) {
            // days count from entry: with two different day 0s the arms could not be shown side by side
            throw new JobFailedException("entry: the compared treatments change when this patient reaches " + request.entry().code()
                    + ", so the two arms have no common day 0; compare from entry diagnosis, or give those treatments in both arms");
        }
        byte[] body = Json.bytes(result(new ArmView(withoutOutcome, withoutFrames.frames()), new ArmView(withOutcome, withFrames.frames())));
        // a patient who dies early ends the simulated days before the estimate: the finished job is complete
        context.progress(1, 1, "done");
        return body;
    }

    /** The first patient from the requested index on who reaches the entry point (every patient, for diagnosis). */
    private PatientOutcome enrolledPatient(PatientSimulator sim, PatientStreams streams, double followUp, JobContext context) {
        for (long id = request.patient(); id < request.patient() + MAX_CANDIDATES; id++) {
            context.checkCancelled();
            context.progress(0, 1, "finding the first patient from #" + request.patient() + " who reaches "
                    + request.entry().code() + ": trying #" + id);
            PatientOutcome o = sim.run(id, streams, request.entry(), followUp, null);
            if (o.enrolled()) {
                return o;
            }
        }
        throw new JobFailedException("entry: no patient among " + MAX_CANDIDATES + " candidates from #" + request.patient()
                + " reached " + request.entry().code());
    }

    /** Records frames, reports progress in simulated days and stops the run when the job is cancelled. */
    private static StepObserver observing(FrameRecorder recorder, JobContext context, double daysBefore, double daysPerRun,
                                          String arm) {
        double total = 2 * daysPerRun;
        return (day, snapshot) -> {
            context.checkCancelled();
            context.progress(daysBefore + day, total, "simulating " + arm + ": day " + Math.round(day) + " of "
                    + Math.round(daysPerRun) + " since the primary tumour's blood supply began");
            recorder.afterStep(day, snapshot);
        };
    }

    /** The treatments being compared: the agent and every policy treatment given to the treated arm only. */
    private String compared() {
        List<String> parts = new ArrayList<>();
        if (request.treatment() != BoneTargetedAgent.PLACEBO) {
            parts.add(request.treatment().code());
        }
        if (request.systemicTherapy() == ArmChoice.TREATED) {
            parts.add("systemic therapy");
        }
        if (request.radiotherapyKillsTumour() == ArmChoice.TREATED) {
            parts.add("tumour-killing radiotherapy");
        }
        return String.join(" + ", parts);
    }

    /** What an arm receives on top of the care for skeletal complications (radiotherapy for pain, surgery, analgesics). */
    private String care(BoneTargetedAgent agent, boolean systemic, boolean radiotherapyKills) {
        List<String> parts = new ArrayList<>();
        parts.add(agent == BoneTargetedAgent.PLACEBO ? "no bone-targeted agent" : agent.description());
        List<String> lines = new ArrayList<>();
        StandardOfCare.AdjuvantCourse adjuvant = policy.adjuvantCourse(request.primary().code());
        if (adjuvant != null) {
            lines.add("adjuvant " + adjuvant.name() + " after local treatment");
        }
        policy.systemicLines(request.primary().code()).forEach(l -> lines.add(l.name()));
        parts.add(systemic && !lines.isEmpty() ? "systemic therapy: " + String.join(", then ", lines) : "no systemic therapy");
        parts.add(radiotherapyKills ? "radiotherapy also kills tumour cells" : "radiotherapy relieves pain only");
        return String.join("; ", parts);
    }

    private Map<String, Object> result(ArmView withoutView, ArmView withView) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("request", request.toMap());
        m.put("step_days", PatientSimulator.STEP_DAYS);
        m.put("sampling", "one frame per simulation step (" + Math.round(PatientSimulator.STEP_DAYS) + " days), from diagnosis of "
                + "the primary to the end of follow-up; days count from entry");
        m.put("calcium_grades", CalciumGrades.of(params));
        m.put("lesion_colours", SkeletonLayout.colours());
        List<Map<String, Object>> sites = new ArrayList<>();
        for (Site site : Site.ALL) {
            if (withoutView.shows(site) || withView.shows(site)) {
                sites.add(SkeletonLayout.site(site, Math.max(withoutView.maxLesions(site), withView.maxLesions(site))));
            }
        }
        m.put("sites", sites);
        String compared = compared();
        Map<String, Object> arms = new LinkedHashMap<>();
        arms.put(WITHOUT, withoutView.toMap(compared.isEmpty() ? "standard of care" : "without " + compared,
                care(BoneTargetedAgent.PLACEBO, request.systemicTherapy().inBaseline(), request.radiotherapyKillsTumour().inBaseline()),
                request.seed()));
        arms.put(WITH, withView.toMap(compared.isEmpty() ? "the same care again" : "with " + compared,
                care(request.treatment(), request.systemicTherapy().inTreated(), request.radiotherapyKillsTumour().inTreated()),
                request.seed()));
        m.put("arms", arms);
        m.put("note", "Research and teaching only: a simulated patient, not a prediction for a real one.");
        return m;
    }
}
