package org.osteomet.web.request;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.osteomet.clinical.StandardOfCare;
import org.osteomet.sim.Entry;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.tumour.CancerType;

/**
 * One virtual patient, simulated twice: without and with the treatments being compared (the agent, and each policy
 * treatment chosen for the treated arm only); treatments given in both arms are the common standard of care.
 *
 * @param primary                 primary cancer
 * @param seed                    run seed
 * @param patient                 first candidate patient index; the patient is the first from here who reaches the entry
 * @param entry                   day 0 of the patient's clock
 * @param years                   follow-up from entry, years
 * @param treatment               bone-targeted agent of the treated arm (placebo: none)
 * @param systemicTherapy         which arms get the policy's systemic therapy lines for the primary
 * @param radiotherapyKillsTumour which arms get palliative radiotherapy that also kills tumour cells
 */
public record PatientRequest(CancerType primary, long seed, long patient, Entry entry, double years, BoneTargetedAgent treatment,
                             ArmChoice systemicTherapy, ArmChoice radiotherapyKillsTumour) {
    public static final long DEFAULT_SEED = 1;
    public static final double DEFAULT_YEARS = 5;
    public static final String DEFAULT_ENTRY = Entry.DIAGNOSIS.code();
    public static final String DEFAULT_TREATMENT = BoneTargetedAgent.ZOLEDRONIC_ACID.code();
    public static final Set<String> FIELDS = Set.of("primary", "seed", "patient", "entry", "years", "treatment", "systemic_therapy",
            "radiotherapy_kills_tumour");

    /** Reads and checks a request body against the limits and the policy (which says whether systemic therapy exists). */
    public static PatientRequest parse(byte[] body, RunLimits limits, StandardOfCare policy) {
        RequestFields f = RequestFields.parse(body, FIELDS);
        CancerType primary = f.choice("primary", null, CancerType::fromCode, Choices.PRIMARIES);
        long seed = f.integer("seed", DEFAULT_SEED, 0, RunLimits.MAX_SEED);
        long patient = f.integer("patient", 0, 0, RunLimits.MAX_PATIENT_INDEX);
        Entry entry = f.choice("entry", DEFAULT_ENTRY, Entry::fromCode, Choices.ENTRIES);
        double years = f.number("years", DEFAULT_YEARS, 0, limits.maxYears());
        BoneTargetedAgent treatment = f.choice("treatment", DEFAULT_TREATMENT, BoneTargetedAgent::fromCode, Choices.TREATMENTS);
        boolean hasLines = !policy.systemicLines(primary.code()).isEmpty() || policy.adjuvantCourse(primary.code()) != null;
        ArmChoice systemic = f.choice("systemic_therapy", ArmChoice.standard(hasLines).code(), ArmChoice::fromCode, ArmChoice.CODES);
        if (systemic != ArmChoice.NONE && !hasLines) {
            throw new BadRequestException("systemic_therapy", "the standard-of-care policy has no systemic therapy (adjuvant course or lines) for "
                    + primary.code() + "; only 'none' is possible");
        }
        if (entry.needsProgression() && systemic != ArmChoice.BOTH) {
            throw new BadRequestException("systemic_therapy", "entry " + entry.code() + " is progression on the first systemic "
                    + "line, so both arms need the systemic therapy: choose 'both'");
        }
        ArmChoice radiotherapyKills = f.choice("radiotherapy_kills_tumour",
                ArmChoice.standard(policy.radiotherapyKillsTumour()).code(), ArmChoice::fromCode, ArmChoice.CODES);
        return new PatientRequest(primary, seed, patient, entry, years, treatment, systemic, radiotherapyKills);
    }

    /** The request as JSON fields, defaults filled in (echoed in the result so that it can be rerun). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("primary", primary.code());
        m.put("seed", seed);
        m.put("patient", patient);
        m.put("entry", entry.code());
        m.put("years", years);
        m.put("treatment", treatment.code());
        m.put("systemic_therapy", systemicTherapy.code());
        m.put("radiotherapy_kills_tumour", radiotherapyKillsTumour.code());
        return m;
    }
}
