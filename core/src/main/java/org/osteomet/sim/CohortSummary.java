package org.osteomet.sim;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osteomet.anatomy.Site;
import org.osteomet.bone.LesionType;
import org.osteomet.clinical.DeathCause;

/**
 * Streaming summary of a cohort: counts and day histograms only, so memory does not grow with the cohort.
 * Survival medians are Kaplan-Meier estimates from the histograms (exact at whole-day resolution).
 */
public final class CohortSummary {
    private final CohortConfig config;
    private final int maxDay;
    private final long[] deaths;
    private final long[] censored;
    private final long[] firstBoneDays;
    private long enrolled;
    private long screened;
    private long withBone;
    private long withDistant;
    private long bonePresentAtEntry;
    private long depositsNotFollowed;
    private long patientsWithDepositsNotFollowed;
    private final Map<Site, Long> boneSiteCounts = new EnumMap<>(Site.class);
    private final Map<Site, Long> visceralCounts = new EnumMap<>(Site.class);
    private final Map<Stage, Long> stages = new EnumMap<>(Stage.class);
    private final Map<DeathCause, Long> causes = new EnumMap<>(DeathCause.class);
    private final Map<LesionType, Long> lesionTypes = new EnumMap<>(LesionType.class);

    public CohortSummary(CohortConfig config) {
        this.config = config;
        this.maxDay = (int) Math.ceil(config.followUpDays()) + 1;
        this.deaths = new long[maxDay + 1];
        this.censored = new long[maxDay + 1];
        this.firstBoneDays = new long[maxDay + 1];
    }

    public void add(List<PatientOutcome> chunk) {
        for (PatientOutcome o : chunk) {
            add(o);
        }
    }

    public void add(PatientOutcome o) {
        enrolled++;
        if (o.depositsNotFollowed() > 0) {
            depositsNotFollowed += o.depositsNotFollowed();
            patientsWithDepositsNotFollowed++;
        }
        int end = clampDay(o.dayFromEntry(o.endDay()));
        if (o.died()) {
            deaths[end]++;
            causes.merge(o.deathCause(), 1L, Long::sum);
        } else {
            censored[end]++;
        }
        if (o.stage() != null) {
            stages.merge(o.stage(), 1L, Long::sum);
        }
        if (!Double.isNaN(o.firstMetastasisDay())) {
            withDistant++;
        }
        if (o.hasBoneMetastasis()) {
            withBone++;
            int d = o.dayFromEntry(o.firstBoneMetastasisDay());
            if (d <= 0) {
                bonePresentAtEntry++;
            }
            firstBoneDays[clampDay(d)]++;
            for (Site s : o.boneSites()) {
                boneSiteCounts.merge(s, 1L, Long::sum);
            }
            for (LesionType t : o.boneLesionTypes()) {
                lesionTypes.merge(t, 1L, Long::sum);
            }
        }
        for (Site s : o.visceralSites()) {
            visceralCounts.merge(s, 1L, Long::sum);
        }
    }

    private int clampDay(int d) {
        return Math.max(0, Math.min(maxDay, d));
    }

    public void setScreened(long screened) {
        this.screened = screened;
    }

    public long enrolled() {
        return enrolled;
    }

    public long screened() {
        return screened;
    }

    public double shareWithBoneMetastasis() {
        return enrolled == 0 ? Double.NaN : (double) withBone / enrolled;
    }

    public double shareWithDistantMetastasis() {
        return enrolled == 0 ? Double.NaN : (double) withDistant / enrolled;
    }

    /** Share of patients with bone metastases who have one at the given site. */
    public double shareOfBonePatients(Site s) {
        return withBone == 0 ? Double.NaN : (double) boneSiteCounts.getOrDefault(s, 0L) / withBone;
    }

    /** Median day of the first bone metastasis among patients who had one (days from entry; 0 if present at entry). */
    public double medianDaysToFirstBoneMetastasis() {
        if (withBone == 0) {
            return Double.NaN;
        }
        long half = (withBone + 1) / 2;
        long acc = 0;
        for (int d = 0; d <= maxDay; d++) {
            acc += firstBoneDays[d];
            if (acc >= half) {
                return d;
            }
        }
        return maxDay;
    }

    /** Kaplan-Meier median survival from entry, days; NaN when survival stays above 50%. */
    public double medianSurvivalDays() {
        double s = 1.0;
        long atRisk = enrolled;
        for (int d = 0; d <= maxDay; d++) {
            if (atRisk <= 0) {
                break;
            }
            if (deaths[d] > 0) {
                s *= 1.0 - (double) deaths[d] / atRisk;
                if (s <= 0.5) {
                    return d;
                }
            }
            atRisk -= deaths[d] + censored[d];
        }
        return Double.NaN;
    }

    /** Micrometastases founded at full sites (spread.max_lesions_per_site) in enrolled patients: not followed. */
    public long depositsNotFollowed() {
        return depositsNotFollowed;
    }

    /** Everything, ready for JSON. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("primary", config.primary().code());
        m.put("entry", config.entry().code());
        m.put("seed", config.seed());
        m.put("follow_up_years", config.followUpYears());
        m.put("patients_enrolled", enrolled);
        m.put("patients_screened", screened);
        m.put("share_with_bone_metastasis", nullIfNaN(shareWithBoneMetastasis()));
        m.put("share_with_distant_metastasis", nullIfNaN(shareWithDistantMetastasis()));
        m.put("share_with_bone_metastasis_at_entry", nullIfNaN(enrolled == 0 ? Double.NaN : (double) bonePresentAtEntry / enrolled));
        m.put("median_days_to_first_bone_metastasis", nullIfNaN(medianDaysToFirstBoneMetastasis()));
        m.put("median_survival_days", nullIfNaN(medianSurvivalDays()));
        Map<String, Object> sites = new LinkedHashMap<>();
        for (Site s : Site.BONES) {
            sites.put(s.code(), nullIfNaN(shareOfBonePatients(s)));
        }
        m.put("share_of_bone_metastasis_patients_by_site", sites);
        Map<String, Object> visceral = new LinkedHashMap<>();
        for (Site s : List.of(Site.LUNG, Site.LIVER, Site.BRAIN)) {
            visceral.put(s.code(), nullIfNaN(enrolled == 0 ? Double.NaN : (double) visceralCounts.getOrDefault(s, 0L) / enrolled));
        }
        m.put("share_with_visceral_metastasis_by_site", visceral);
        Map<String, Object> types = new LinkedHashMap<>();
        for (LesionType t : LesionType.values()) {
            types.put(t.word(), nullIfNaN(withBone == 0 ? Double.NaN : (double) lesionTypes.getOrDefault(t, 0L) / withBone));
        }
        m.put("share_of_bone_metastasis_patients_with_lesion_type", types);
        Map<String, Object> st = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            st.put(s.code(), nullIfNaN(enrolled == 0 ? Double.NaN : (double) stages.getOrDefault(s, 0L) / enrolled));
        }
        m.put("stage_at_diagnosis", st);
        Map<String, Object> dc = new LinkedHashMap<>();
        for (DeathCause c : DeathCause.values()) {
            dc.put(c.code(), causes.getOrDefault(c, 0L));
        }
        m.put("deaths_by_cause", dc);
        m.put("deposits_not_followed", depositsNotFollowed);
        m.put("patients_with_deposits_not_followed", patientsWithDepositsNotFollowed);
        return m;
    }

    private static Object nullIfNaN(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
