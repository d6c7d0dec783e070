package org.osteomet.sim;

import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.ParameterSet;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.tumour.CancerType;

/**
 * What a cohort run simulates.
 *
 * @param primary        primary cancer of every patient
 * @param patients       number of patients to enrol
 * @param followUpYears  follow-up from entry, years
 * @param seed           run seed; patient i's streams derive from (seed, i)
 * @param entry          entry criterion (day 0)
 * @param threads        worker threads (results do not depend on it)
 * @param params         model parameters
 * @param policy         standard of care for skeletal complications
 * @param agent          bone-targeted treatment added to it (placebo: none)
 */
public record CohortConfig(CancerType primary, int patients, double followUpYears, long seed, Entry entry, int threads,
                           ParameterSet params, StandardOfCare policy, BoneTargetedAgent agent) {
    /** With the default standard of care and no bone-targeted agent. */
    public CohortConfig(CancerType primary, int patients, double followUpYears, long seed, Entry entry, int threads, ParameterSet params) {
        this(primary, patients, followUpYears, seed, entry, threads, params, StandardOfCare.defaults(), BoneTargetedAgent.PLACEBO);
    }

    /** With no bone-targeted agent. */
    public CohortConfig(CancerType primary, int patients, double followUpYears, long seed, Entry entry, int threads, ParameterSet params,
                        StandardOfCare policy) {
        this(primary, patients, followUpYears, seed, entry, threads, params, policy, BoneTargetedAgent.PLACEBO);
    }

    public CohortConfig {
        if (patients < 1) {
            throw new IllegalArgumentException("patients must be at least 1, got " + patients);
        }
        if (!(followUpYears > 0) || followUpYears > 100) {
            throw new IllegalArgumentException("years must be in (0, 100], got " + followUpYears);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    public double followUpDays() {
        return followUpYears * PatientSimulator.DAYS_PER_YEAR;
    }
}
