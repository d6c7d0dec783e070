package org.osteomet.web.request;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osteomet.sim.Entry;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.tumour.CancerType;

/**
 * A small in silico trial: arms over the same virtual patients; the first arm is the control.
 *
 * @param primary  primary cancer
 * @param arms     bone-targeted agents, first = control
 * @param patients patients per arm
 * @param months   follow-up from randomisation, months
 * @param entry    randomisation at
 * @param seed     run seed
 */
public record TrialRequest(CancerType primary, List<BoneTargetedAgent> arms, int patients, double months, Entry entry, long seed) {
    public static final List<String> DEFAULT_ARMS = List.of(BoneTargetedAgent.PLACEBO.code(), BoneTargetedAgent.ZOLEDRONIC_ACID.code(),
            BoneTargetedAgent.DENOSUMAB.code());
    public static final int DEFAULT_PATIENTS = 100;
    public static final double DEFAULT_MONTHS = 24;
    public static final String DEFAULT_ENTRY = Entry.BONE_METASTATIC.code();
    public static final long DEFAULT_SEED = 1;
    /** A comparison needs a control and one more arm. */
    public static final int MIN_ARMS = 2;
    public static final Set<String> FIELDS = Set.of("primary", "arms", "patients", "months", "entry", "seed");

    public static TrialRequest parse(byte[] body, RunLimits limits) {
        RequestFields f = RequestFields.parse(body, FIELDS);
        CancerType primary = f.choice("primary", null, CancerType::fromCode, Choices.PRIMARIES);
        List<BoneTargetedAgent> arms = f.choices("arms", DEFAULT_ARMS, BoneTargetedAgent::fromCode, Choices.TREATMENTS,
                Choices.TREATMENTS.size());
        if (arms.size() < MIN_ARMS) {
            throw new BadRequestException("arms", "a trial needs at least " + MIN_ARMS + " arms, got " + arms.size());
        }
        if (new HashSet<>(arms).size() != arms.size()) {
            throw new BadRequestException("arms", "each arm may be given once");
        }
        int patients = (int) f.integer("patients", DEFAULT_PATIENTS, 1, limits.maxTrialPatients());
        double months = f.number("months", DEFAULT_MONTHS, 0, limits.maxTrialMonths());
        Entry entry = f.choice("entry", DEFAULT_ENTRY, Entry::fromCode, Choices.ENTRIES);
        long seed = f.integer("seed", DEFAULT_SEED, 0, RunLimits.MAX_SEED);
        return new TrialRequest(primary, List.copyOf(arms), patients, months, entry, seed);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("primary", primary.code());
        m.put("arms", arms.stream().map(BoneTargetedAgent::code).toList());
        m.put("patients", patients);
        m.put("months", months);
        m.put("entry", entry.code());
        m.put("seed", seed);
        return m;
    }
}
