package org.osteomet.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osteomet.anatomy.Site;
import org.osteomet.anatomy.SkeletalAtlas;
import org.osteomet.bone.LesionType;
import org.osteomet.param.ParameterSet;
import org.osteomet.sim.Event;
import org.osteomet.sim.EventType;
import org.osteomet.sim.PatientOutcome;
import org.osteomet.sim.Stage;
import org.osteomet.trial.stats.KaplanMeier;
import org.osteomet.trial.stats.SurvivalData;
import org.osteomet.tumour.CancerType;

/**
 * One statistic of a simulated cohort, with what it needs: sites, a window from entry or diagnosis, a lesion
 * type, primaries, and the unit of time the target is published in. Percentages are 0-100.
 *
 * @param kind        what is measured
 * @param sites       sites for site statistics (empty otherwise)
 * @param months      time window for windowed statistics (NaN otherwise)
 * @param lesionType  lesion type for {@link StatisticKind#SHARE_WITH_LESION_TYPE} and
 *                    {@link StatisticKind#SHARE_OF_LESIONS_OF_TYPE} (null otherwise)
 * @param primaries   primaries for {@link StatisticKind#SHARE_OF_BONE_PATIENTS_FROM} (empty otherwise)
 * @param timeUnit    unit of time results (null when the result is not a time)
 * @param lesionsAt   when lesion types are read (lesion-type statistics; {@link LesionTime#END} otherwise)
 * @param requiredLesionType a lesion type the study required at that time (e.g. a lytic lesion for the pamidronate
 *                    trials): patients without one are not in the denominator; null for none
 * @param studyFollowUp the follow-up the study could give each patient (staggered entry to one closing date), for
 *                    statistics over observed events; null when the study followed everyone to the end of the experiment
 * @param stage       stage at diagnosis for {@link StatisticKind#SHARE_WITH_STAGE_AT_DIAGNOSIS} (null otherwise)
 */
public record Statistic(StatisticKind kind, Set<Site> sites, double months, LesionType lesionType, Set<CancerType> primaries,
                        TimeUnit timeUnit, LesionTime lesionsAt, LesionType requiredLesionType, StudyFollowUp studyFollowUp,
                        Stage stage) {
    private static final double PERCENT = 100.0;
    /** A completer's follow-up equals the window up to floating-point rounding of entry day + follow-up. */
    private static final double ON_STUDY_TOLERANCE_DAYS = 1e-6;

    /** A statistic that reads lesion types, if any, at the end of observation and requires none. */
    public Statistic(StatisticKind kind, Set<Site> sites, double months, LesionType lesionType, Set<CancerType> primaries,
                     TimeUnit timeUnit) {
        this(kind, sites, months, lesionType, primaries, timeUnit, LesionTime.END, null, null, null);
    }

    /** The statistic on a cohort (NaN when undefined, e.g. no patient in its denominator or a median not reached). */
    public double measure(List<PatientOutcome> cohort, ParameterSet params) {
        return switch (kind) {
            case SHARE_WITH_BONE_METASTASIS -> share(cohort, o -> true, PatientOutcome::hasBoneMetastasis);
            case MEDIAN_SURVIVAL -> medianSurvival(cohort);
            case SHARE_WITH_BONE_SITE -> share(cohort, PatientOutcome::hasBoneMetastasis,
                    o -> o.boneSites().stream().anyMatch(sites::contains));
            case SHARE_OF_INVOLVED_BONES -> shareOfInvolvedBones(cohort);
            case SHARE_WITH_SRE -> share(cohort, o -> true, o -> firstSre(o) <= windowDays());
            case MEDIAN_TIME_TO_FIRST_SRE -> medianTimeToFirstSre(cohort);
            case SRE_PER_PATIENT_YEAR -> srePerPatientYear(cohort);
            case SKELETAL_MORBIDITY_RATE -> skeletalMorbidityRate(cohort);
            // the follow-up ends at death, withdrawal or the end of the study, so it reaches the window only for those on study
            case SHARE_ON_STUDY -> share(cohort, o -> true, o -> o.followUpDays() >= windowDays() - ON_STUDY_TOLERANCE_DAYS);
            case SHARE_WITHDRAWN -> share(cohort, o -> true,
                    o -> o.firstDayOnStudy(t -> t == EventType.WITHDRAWN_FROM_STUDY) <= windowDays());
            case SHARE_WITH_FRACTURE -> share(cohort, o -> true, o -> !Double.isNaN(o.firstDayOnStudy(t -> t == EventType.PATHOLOGICAL_FRACTURE)));
            case SHARE_WITH_HYPERCALCAEMIA -> share(cohort, o -> true, o -> !Double.isNaN(o.firstDayOnStudy(t -> t == EventType.HYPERCALCAEMIA)));
            case SHARE_WITH_LESION_TYPE -> share(cohort, this::inLesionDenominator, o -> lesionTypes(o).contains(lesionType));
            case SHARE_OF_LESIONS_OF_TYPE -> shareOfLesions(cohort);
            case CORD_COMPRESSION_AT -> cordCompressionAt(cohort);
            case FIRST_DISTANT_RELAPSE_IN_BONE -> share(cohort,
                    o -> o.stage() != Stage.DISTANT && !Double.isNaN(o.firstMetastasisDay()), o -> o.firstMetastasisSite().isBone());
            case MEDIAN_TIME_DIAGNOSIS_TO_BONE -> diagnosisToBone(cohort, true);
            case MEAN_TIME_DIAGNOSIS_TO_BONE -> diagnosisToBone(cohort, false);
            case CUMULATIVE_BONE_INCIDENCE -> share(cohort, o -> true,
                    o -> o.firstBoneMetastasisDay() - o.diagnosisDay() <= windowDays());
            case KAPLAN_MEIER_BONE_INCIDENCE -> kaplanMeierBoneIncidence(cohort);
            case SHARE_WITH_STAGE_AT_DIAGNOSIS -> share(cohort, o -> true, o -> o.stage() == stage);
            case SHARE_OF_BONE_PATIENTS_FROM -> share(cohort, PatientOutcome::hasBoneMetastasis, o -> primaries.contains(o.primary()));
            case SHARE_WITH_PAIN -> share(cohort, o -> true, this::onAnalgesicsInWindow);
            case RED_MARROW_SHARE -> redMarrowShare(params);
            case NOT_SIMULATED -> Double.NaN;
        };
    }

    private double windowDays() {
        return TimeUnit.MONTHS.toDays(months);
    }

    private static double share(List<PatientOutcome> cohort, java.util.function.Predicate<PatientOutcome> among,
                                java.util.function.Predicate<PatientOutcome> with) {
        int n = 0;
        int k = 0;
        for (PatientOutcome o : cohort) {
            if (among.test(o)) {
                n++;
                k += with.test(o) ? 1 : 0;
            }
        }
        return n == 0 ? Double.NaN : PERCENT * k / n;
    }

    private double medianSurvival(List<PatientOutcome> cohort) {
        double[] time = new double[cohort.size()];
        boolean[] event = new boolean[cohort.size()];
        for (int i = 0; i < time.length; i++) {
            time[i] = cohort.get(i).followUpDays();
            event[i] = cohort.get(i).died();
        }
        return timeUnit.fromDays(KaplanMeier.fit(SurvivalData.of(time, event)).median());
    }

    private double medianTimeToFirstSre(List<PatientOutcome> cohort) {
        double[] time = new double[cohort.size()];
        boolean[] event = new boolean[cohort.size()];
        for (int i = 0; i < time.length; i++) {
            PatientOutcome o = cohort.get(i);
            double sre = firstSre(o);
            event[i] = !Double.isNaN(sre);
            time[i] = event[i] ? sre : o.followUpDays();
        }
        return timeUnit.fromDays(KaplanMeier.fit(SurvivalData.of(time, event)).median());
    }

    /** Days from entry to the first SRE on study (SREs before entry, e.g. the fracture that revealed the disease, do not count). */
    private static double firstSre(PatientOutcome o) {
        return o.firstDayOnStudy(EventType::isSkeletalRelatedEvent);
    }

    private double srePerPatientYear(List<PatientOutcome> cohort) {
        double window = windowDays();
        double years = 0;
        long events = 0;
        for (PatientOutcome o : cohort) {
            years += TimeUnit.YEARS.fromDays(Math.min(o.followUpDays(), window));
            for (Event e : o.events()) {
                double d = e.day() - o.entryDay();
                if (e.type().isSkeletalRelatedEvent() && d >= 0 && d <= window) {
                    events++;
                }
            }
        }
        return years == 0 ? Double.NaN : events / years;
    }

    /** Type of each typed lesion unit (a bone, or a bone's osteoblastic subclone) detected by the statistic's time. */
    private List<LesionType> lesionTypes(PatientOutcome o) {
        return o.typedLesions(lesionsAt == LesionTime.ENTRY);
    }

    /** A patient with a detected bone metastasis at the statistic's time, and with the required type if any. */
    private boolean inLesionDenominator(PatientOutcome o) {
        List<LesionType> types = lesionTypes(o);
        return !types.isEmpty() && (requiredLesionType == null || types.contains(requiredLesionType));
    }

    /** % of the involved bones (patient x bone) of the patients in the denominator whose type is {@code lesionType}. */
    private double shareOfLesions(List<PatientOutcome> cohort) {
        long all = 0;
        long of = 0;
        for (PatientOutcome o : cohort) {
            if (inLesionDenominator(o)) {
                for (LesionType t : lesionTypes(o)) {
                    all++;
                    of += t == lesionType ? 1 : 0;
                }
            }
        }
        return all == 0 ? Double.NaN : PERCENT * of / all;
    }

    private double skeletalMorbidityRate(List<PatientOutcome> cohort) {
        double window = windowDays();
        double sum = 0;
        int n = 0;
        for (PatientOutcome o : cohort) {
            double days = Math.min(o.followUpDays(), window);
            if (!(days > 0)) {
                continue;
            }
            long events = 0;
            for (Event e : o.events()) {
                double d = e.day() - o.entryDay();
                if (e.type().isSkeletalRelatedEvent() && d >= 0 && d <= window) {
                    events++;
                }
            }
            sum += events / TimeUnit.YEARS.fromDays(days);
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private double shareOfInvolvedBones(List<PatientOutcome> cohort) {
        long all = 0;
        long in = 0;
        for (PatientOutcome o : cohort) {
            for (Site s : o.boneSites()) {
                all++;
                in += sites.contains(s) ? 1 : 0;
            }
        }
        return all == 0 ? Double.NaN : PERCENT * in / all;
    }

    private double cordCompressionAt(List<PatientOutcome> cohort) {
        int n = 0;
        int k = 0;
        for (PatientOutcome o : cohort) {
            for (Event e : o.events()) {
                if (e.type() == EventType.SPINAL_CORD_COMPRESSION) {
                    n++;
                    k += sites.contains(e.site()) ? 1 : 0;
                    break;
                }
            }
        }
        return n == 0 ? Double.NaN : PERCENT * k / n;
    }

    /** 1 - Kaplan-Meier bone-metastasis-free share at the window, from diagnosis; death and end of follow-up censor. */
    private double kaplanMeierBoneIncidence(List<PatientOutcome> cohort) {
        if (cohort.isEmpty()) {
            return Double.NaN;
        }
        double[] time = new double[cohort.size()];
        boolean[] event = new boolean[cohort.size()];
        for (int i = 0; i < time.length; i++) {
            PatientOutcome o = cohort.get(i);
            event[i] = o.hasBoneMetastasis();
            time[i] = event[i] ? Math.max(0, o.firstBoneMetastasisDay() - o.diagnosisDay()) : o.endDay() - o.diagnosisDay();
        }
        return PERCENT * (1 - KaplanMeier.survivalAt(time, event, windowDays()));
    }

    private double diagnosisToBone(List<PatientOutcome> cohort, boolean median) {
        double[] t = cohort.stream().filter(PatientOutcome::hasBoneMetastasis)
                .filter(o -> studyFollowUp == null || o.firstBoneMetastasisDay() - o.diagnosisDay() <= studyFollowUp.potentialDays(o.patientId()))
                .mapToDouble(o -> Math.max(0, o.firstBoneMetastasisDay() - o.diagnosisDay())).sorted().toArray();
        if (t.length == 0) {
            return Double.NaN;
        }
        double days = median ? (t[(t.length - 1) / 2] + t[t.length / 2]) / 2 : java.util.Arrays.stream(t).average().orElseThrow();
        return timeUnit.fromDays(days);
    }

    private boolean onAnalgesicsInWindow(PatientOutcome o) {
        for (Event e : o.events()) {
            if (e.type() == EventType.ANALGESIC_STEP && e.day() - o.entryDay() <= windowDays()) {
                return true;
            }
        }
        return false;
    }

    private double redMarrowShare(ParameterSet params) {
        double[] marrow = SkeletalAtlas.values(params).redMarrowPercent();
        double sum = 0;
        for (Site s : sites) {
            sum += marrow[s.ordinal()];
        }
        return sum;
    }
}
