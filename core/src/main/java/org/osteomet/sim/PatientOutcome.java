package org.osteomet.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osteomet.anatomy.Site;
import org.osteomet.bone.LesionType;
import org.osteomet.clinical.DeathCause;
import org.osteomet.tumour.CancerType;

/**
 * What happened to one simulated patient. Times are simulation days (see {@link Event#day()});
 * NaN means "never" (within follow-up).
 *
 * @param patientId       index of the patient in the run (its random streams derive from it)
 * @param primary         primary cancer
 * @param enrolled        whether the patient met the entry criterion
 * @param diagnosisDay    day the primary cancer was diagnosed
 * @param entryDay        day 0 of the patient's clock
 * @param endDay          end of observation: death or end of follow-up
 * @param ageAtEntry      years
 * @param stage           summary stage at diagnosis
 * @param primaryDiameterMm diameter of the primary at diagnosis
 * @param firstMetastasisDay  detection of the first distant metastasis
 * @param firstMetastasisSite its site
 * @param firstBoneMetastasisDay detection of the first bone metastasis
 * @param boneSites       bones with a detected metastasis by the end of observation
 * @param visceralSites   lung, liver, brain with a detected metastasis
 * @param boneLesionTypeBySite radiographic type of each bone with a detected metastasis, at the end of observation
 *                        (one type per bone for the lesions it shares: the model types a unit by its net balance, not
 *                        each deposit in it; an osteoblastic subclone's unit is typed apart, below)
 * @param boneLesionTypeAtEntry the same for the bones with a metastasis detected by entry, typed at entry (the
 *                        baseline a trial reports); empty when none was detected by then
 * @param blasticCloneTypeBySite type of each bone's osteoblastic-subclone unit with a detected metastasis of that
 *                        subclone, at the end of observation (a second typed lesion in that bone; empty for most patients)
 * @param blasticCloneTypeAtEntry the same, detected by entry and typed at entry
 * @param deathDay        day of death, NaN if alive at the end
 * @param deathCause      cause, null if alive
 * @param skeletal        skeletal-related events, calcium, Mirels
 * @param depositsNotFollowed micrometastases founded at a site that already held the most the model follows
 *                        ({@code spread.max_lesions_per_site}); 0 in nearly every patient
 * @param events          every recorded event, in time order
 */
public record PatientOutcome(
        long patientId,
        CancerType primary,
        boolean enrolled,
        double diagnosisDay,
        double entryDay,
        double endDay,
        double ageAtEntry,
        Stage stage,
        double primaryDiameterMm,
        double firstMetastasisDay,
        Site firstMetastasisSite,
        double firstBoneMetastasisDay,
        Set<Site> boneSites,
        Set<Site> visceralSites,
        Map<Site, LesionType> boneLesionTypeBySite,
        Map<Site, LesionType> boneLesionTypeAtEntry,
        Map<Site, LesionType> blasticCloneTypeBySite,
        Map<Site, LesionType> blasticCloneTypeAtEntry,
        double deathDay,
        DeathCause deathCause,
        SkeletalSummary skeletal,
        long depositsNotFollowed,
        List<Event> events) {

    public PatientOutcome {
        boneLesionTypeBySite = frozen(boneLesionTypeBySite);
        boneLesionTypeAtEntry = frozen(boneLesionTypeAtEntry);
        blasticCloneTypeBySite = frozen(blasticCloneTypeBySite);
        blasticCloneTypeAtEntry = frozen(blasticCloneTypeAtEntry);
    }

    /** A patient without an osteoblastic subclone: one typed unit per bone. */
    public PatientOutcome(long patientId, CancerType primary, boolean enrolled, double diagnosisDay, double entryDay,
                          double endDay, double ageAtEntry, Stage stage, double primaryDiameterMm, double firstMetastasisDay,
                          Site firstMetastasisSite, double firstBoneMetastasisDay, Set<Site> boneSites, Set<Site> visceralSites,
                          Map<Site, LesionType> boneLesionTypeBySite, Map<Site, LesionType> boneLesionTypeAtEntry,
                          double deathDay, DeathCause deathCause, SkeletalSummary skeletal, long depositsNotFollowed,
                          List<Event> events) {
        this(patientId, primary, enrolled, diagnosisDay, entryDay, endDay, ageAtEntry, stage, primaryDiameterMm,
                firstMetastasisDay, firstMetastasisSite, firstBoneMetastasisDay, boneSites, visceralSites, boneLesionTypeBySite,
                boneLesionTypeAtEntry, Map.of(), Map.of(), deathDay, deathCause, skeletal, depositsNotFollowed, events);
    }

    /**
     * The types of the detected, typed lesion units: one per involved bone, and one more per bone holding a detected
     * osteoblastic subclone (at entry, or at the end of observation).
     */
    public List<LesionType> typedLesions(boolean atEntry) {
        Map<Site, LesionType> shared = atEntry ? boneLesionTypeAtEntry : boneLesionTypeBySite;
        Map<Site, LesionType> subclone = atEntry ? blasticCloneTypeAtEntry : blasticCloneTypeBySite;
        List<LesionType> out = new ArrayList<>(shared.size() + subclone.size());
        out.addAll(shared.values());
        out.addAll(subclone.values());
        return out;
    }

    private static Map<Site, LesionType> frozen(Map<Site, LesionType> bySite) {
        Map<Site, LesionType> copy = new EnumMap<>(Site.class);
        copy.putAll(bySite);
        return Collections.unmodifiableMap(copy);
    }

    /** Distinct types of the detected bone lesions at the end of observation. */
    public Set<LesionType> boneLesionTypes() {
        Set<LesionType> out = distinct(boneLesionTypeBySite);
        out.addAll(blasticCloneTypeBySite.values());
        return out;
    }

    /** Distinct types among the bones of a per-bone map. */
    public static Set<LesionType> distinct(Map<Site, LesionType> bySite) {
        Set<LesionType> out = EnumSet.noneOf(LesionType.class);
        out.addAll(bySite.values());
        return out;
    }

    /** Whole days from entry (day 0) to a simulation time; negative before entry. */
    public int dayFromEntry(double simulationDay) {
        return (int) Math.floor(simulationDay - entryDay);
    }

    /**
     * Days from entry to the first event of a kind on study (at or after entry, up to the end of follow-up), NaN if
     * none: trials count only what happens after randomisation.
     */
    public double firstDayOnStudy(java.util.function.Predicate<EventType> kind) {
        for (Event e : events) {
            double d = e.day() - entryDay;
            if (d >= 0 && d <= followUpDays() && kind.test(e.type())) {
                return d;
            }
        }
        return Double.NaN;
    }

    public boolean hasBoneMetastasis() {
        return !Double.isNaN(firstBoneMetastasisDay);
    }

    public boolean died() {
        return !Double.isNaN(deathDay);
    }

    public double followUpDays() {
        return endDay - entryDay;
    }

    static Set<Site> sites(long mask) {
        EnumSet<Site> out = EnumSet.noneOf(Site.class);
        for (Site s : Site.ALL) {
            if ((mask & (1L << s.ordinal())) != 0) {
                out.add(s);
            }
        }
        return out;
    }
}
