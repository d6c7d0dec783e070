package org.osteomet.trial;

/**
 * What a trial needs to know about one patient of one arm. Times are days from randomisation (entry).
 *
 * @param patientId           the virtual patient (the same id in every arm: common random numbers)
 * @param followUpDays        time under observation (to death or end of follow-up)
 * @param died                whether the patient died during follow-up
 * @param sreDays             days of every skeletal-related event, ascending (may repeat a day)
 * @param sreTypes            the event code of each SRE (pathological_fracture, spinal_cord_compression,
 *                            radiation_to_bone, surgery_to_bone), same order as sreDays
 * @param hypercalcaemia      whether hypercalcaemia (CTCAE grade >= 1) occurred during follow-up
 * @param withdrawn           whether the patient left the study alive before its end (follow-up ends there, censored)
 */
public record PatientEndpoints(long patientId, double followUpDays, boolean died, double[] sreDays, String[] sreTypes,
                               boolean hypercalcaemia, boolean withdrawn) {
    public PatientEndpoints {
        if (died && withdrawn) {
            throw new IllegalArgumentException("a patient who left the study alive did not die on study");
        }
        if (sreDays.length != sreTypes.length) {
            throw new IllegalArgumentException("sreDays and sreTypes differ in length");
        }
        for (int i = 0; i < sreDays.length; i++) {
            if (sreDays[i] < 0 || sreDays[i] > followUpDays || (i > 0 && sreDays[i] < sreDays[i - 1])) {
                throw new IllegalArgumentException("SRE day " + sreDays[i] + " out of order or outside follow-up");
            }
        }
    }

    /** A patient who stayed on study until death or the study's end. */
    public PatientEndpoints(long patientId, double followUpDays, boolean died, double[] sreDays, String[] sreTypes,
                            boolean hypercalcaemia) {
        this(patientId, followUpDays, died, sreDays, sreTypes, hypercalcaemia, false);
    }

    public boolean hadSre() {
        return sreDays.length > 0;
    }

    /** Time to first SRE, or follow-up if none (censored; death censors too, as in the trials). */
    public double timeToFirstSre() {
        return hadSre() ? sreDays[0] : followUpDays;
    }
}
