package org.osteomet.trial;

import java.util.ArrayList;
import java.util.List;

import org.osteomet.sim.CohortConfig;
import org.osteomet.sim.CohortRunner;
import org.osteomet.sim.Event;
import org.osteomet.sim.EventType;
import org.osteomet.sim.PatientOutcome;
import org.osteomet.therapy.BoneTargetedAgent;

/**
 * Runs every arm of an in silico trial over the same virtual patients: the same seed, entry criterion and
 * patient ids, so patients differ between arms only by what the arm's treatment changes (common random
 * numbers; each process draws from its own stream).
 */
public final class TrialRunner {

    /** Told after each arm's chunk: arm index, patients enrolled so far in it. */
    @FunctionalInterface
    public interface Progress {
        void update(int arm, long enrolled);
    }

    public List<ArmOutcomes> run(CohortConfig base, List<BoneTargetedAgent> arms, Progress progress) throws Exception {
        List<ArmOutcomes> out = new ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            BoneTargetedAgent agent = arms.get(a);
            CohortConfig config = new CohortConfig(base.primary(), base.patients(), base.followUpYears(), base.seed(), base.entry(),
                    base.threads(), base.params(), base.policy(), agent);
            List<PatientEndpoints> patients = new ArrayList<>(base.patients());
            final int arm = a;
            new CohortRunner().run(config, chunk -> {
                for (PatientOutcome o : chunk) {
                    patients.add(endpoints(o));
                }
            }, (enrolled, screened) -> {
                if (progress != null) {
                    progress.update(arm, enrolled);
                }
            });
            out.add(new ArmOutcomes(agent.code(), agent.description(), patients));
        }
        return out;
    }

    /** The trial's view of one patient: SREs, hypercalcaemia and withdrawal from entry to the end of follow-up. */
    static PatientEndpoints endpoints(PatientOutcome o) {
        List<Event> sres = new ArrayList<>();
        boolean hypercalcaemia = false;
        boolean withdrawn = false;
        for (Event e : o.events()) {
            double day = e.day() - o.entryDay();
            if (day < 0) {
                continue;
            }
            if (e.type().isSkeletalRelatedEvent()) {
                sres.add(e);
            } else if (e.type() == EventType.HYPERCALCAEMIA) {
                hypercalcaemia = true;
            } else if (e.type() == EventType.WITHDRAWN_FROM_STUDY) {
                withdrawn = true;
            }
        }
        double followUp = o.followUpDays();
        double[] days = new double[sres.size()];
        String[] types = new String[sres.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = Math.min(followUp, sres.get(i).day() - o.entryDay());
            types[i] = sres.get(i).type().code();
        }
        return new PatientEndpoints(o.patientId(), followUp, o.died(), days, types, hypercalcaemia, withdrawn);
    }
}
