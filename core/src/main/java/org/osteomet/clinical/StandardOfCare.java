package org.osteomet.clinical;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.osteomet.therapy.RadiotherapyFractionation;

/**
 * The standard-of-care policy for skeletal complications, read from YAML (the default is the resource
 * {@code standard-of-care.yaml} beside this class). It decides when pain leads to radiotherapy and a fracture
 * to surgery, so those skeletal-related events arise in the simulation rather than from a table.
 */
public record StandardOfCare(
        @JsonProperty(value = "analgesics", required = true) Analgesics analgesics,
        @JsonProperty(value = "radiotherapy_for_pain", required = true) PainRadiotherapy painRadiotherapy,
        @JsonProperty(value = "surgery_after_fracture", required = true) FractureSurgery fractureSurgery,
        @JsonProperty(value = "prophylactic_fixation", required = true) ProphylacticFixation prophylacticFixation,
        @JsonProperty(value = "spinal_cord_compression", required = true) CordCompression cordCompression,
        @JsonProperty(value = "count_hypercalcaemia_as_sre", required = true) boolean countHypercalcaemiaAsSre,
        @JsonProperty(value = "radiotherapy_kills_tumour", required = true) boolean radiotherapyKillsTumour,
        @JsonProperty(value = "systemic_therapy", required = true) java.util.Map<String, java.util.List<SystemicLine>> systemicTherapy,
        @JsonProperty(value = "skeletal_survey_interval_days") Double skeletalSurveyIntervalDays,
        @JsonProperty(value = "adjuvant_therapy") java.util.Map<String, AdjuvantCourse> adjuvantTherapy,
        @JsonProperty(value = "count_therapy_change_for_bone_pain_as_sre") Boolean countTherapyChangeForBonePainAsSre,
        @JsonProperty(value = "hypercalcaemia_treatment") HypercalcaemiaTreatment hypercalcaemiaTreatment,
        @JsonProperty(value = "study_withdrawal_per_year") Double studyWithdrawalPerYear) {

    /**
     * The policy without protocol skeletal surveys when the field is absent (0: symptom-driven imaging only), and without
     * adjuvant therapy when that section is absent.
     */
    public StandardOfCare {
        if (skeletalSurveyIntervalDays == null) {
            skeletalSurveyIntervalDays = 0.0;
        }
        adjuvantTherapy = adjuvantTherapy == null ? java.util.Map.of() : byPrimaryCode(adjuvantTherapy);
        systemicTherapy = systemicTherapy == null ? null : byPrimaryCode(systemicTherapy);
        if (countTherapyChangeForBonePainAsSre == null) {
            countTherapyChangeForBonePainAsSre = false;
        }
        if (hypercalcaemiaTreatment == null) {
            hypercalcaemiaTreatment = HypercalcaemiaTreatment.NONE;
        }
        if (studyWithdrawalPerYear == null) {
            studyWithdrawalPerYear = 0.0;
        }
    }

    /**
     * The same map keyed by each primary's code ("Breast" and "renal" as "breast" and "kidney"), so that every spelling the
     * command line accepts finds its section; keys that name no primary are kept for {@link #validate} to report.
     */
    private static <V> java.util.Map<String, V> byPrimaryCode(java.util.Map<String, V> byName) {
        java.util.Map<String, V> out = new java.util.LinkedHashMap<>();
        byName.forEach((k, v) -> out.put(org.osteomet.tumour.CancerType.fromCode(k).map(org.osteomet.tumour.CancerType::code).orElse(k), v));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Is a change of systemic therapy on progression during moderate bone pain an SRE (Saad 2002's definition)? */
    public boolean countsTherapyChangeForBonePainAsSre() {
        return countTherapyChangeForBonePainAsSre;
    }

    /** The same policy, counting a change of systemic therapy for bone pain as an SRE or not (trial protocols differ). */
    public StandardOfCare withTherapyChangeForBonePainAsSre(boolean count) {
        return copy(countHypercalcaemiaAsSre, systemicTherapy, skeletalSurveyIntervalDays, adjuvantTherapy, count);
    }

    /** The same standard of care with the fields a protocol or an arm may change replaced (the copy every with... makes). */
    private StandardOfCare copy(boolean hypercalcaemiaSre, java.util.Map<String, java.util.List<SystemicLine>> systemic, double surveyDays,
                                java.util.Map<String, AdjuvantCourse> adjuvant, boolean therapyChangeSre) {
        return copy(hypercalcaemiaSre, systemic, surveyDays, adjuvant, therapyChangeSre, hypercalcaemiaTreatment);
    }

    private StandardOfCare copy(boolean hypercalcaemiaSre, java.util.Map<String, java.util.List<SystemicLine>> systemic, double surveyDays,
                                java.util.Map<String, AdjuvantCourse> adjuvant, boolean therapyChangeSre, HypercalcaemiaTreatment treatment) {
        return copy(hypercalcaemiaSre, systemic, surveyDays, adjuvant, therapyChangeSre, treatment, studyWithdrawalPerYear);
    }

    private StandardOfCare copy(boolean hypercalcaemiaSre, java.util.Map<String, java.util.List<SystemicLine>> systemic, double surveyDays,
                                java.util.Map<String, AdjuvantCourse> adjuvant, boolean therapyChangeSre, HypercalcaemiaTreatment treatment,
                                double withdrawalPerYear) {
        return new StandardOfCare(analgesics, painRadiotherapy, fractureSurgery, prophylacticFixation, cordCompression, hypercalcaemiaSre,
                radiotherapyKillsTumour, systemic, surveyDays, adjuvant, therapyChangeSre, treatment, withdrawalPerYear);
    }

    /**
     * Hazard, per year on study, of leaving a trial alive for any reason but death (consent withdrawn, adverse events,
     * taken off study at progression); 0 in routine care. The trials' analyses censor a patient then, so follow-up ends.
     */
    public double withdrawalPerYear() {
        return studyWithdrawalPerYear;
    }

    /** The same policy with patients leaving the study alive at {@code perYear} (0: only death or the study's end). */
    public StandardOfCare withStudyWithdrawal(double perYear) {
        return validate(copy(countHypercalcaemiaAsSre, systemicTherapy, skeletalSurveyIntervalDays, adjuvantTherapy,
                countTherapyChangeForBonePainAsSre, hypercalcaemiaTreatment, perYear), "withStudyWithdrawal");
    }

    /**
     * Rescue treatment of hypercalcaemia of malignancy: from {@code fromGrade} (CTCAE) a single intravenous dose of
     * {@code drug} at its label dose, repeated while the grade stays there but not within {@code retreatmentIntervalDays}
     * of the last dose. "none" leaves hypercalcaemia untreated (the model before 2026-12-05, and a policy file without the
     * section).
     */
    public record HypercalcaemiaTreatment(
            @JsonProperty(value = "drug", required = true) String drug,
            @JsonProperty(value = "from_grade", required = true) int fromGrade,
            @JsonProperty(value = "retreatment_interval_days", required = true) double retreatmentIntervalDays) {
        /** Untreated. */
        public static final HypercalcaemiaTreatment NONE = new HypercalcaemiaTreatment(org.osteomet.therapy.HypercalcaemiaRescue.NO_DRUG, 1, 0);

        public boolean treats() {
            return !org.osteomet.therapy.HypercalcaemiaRescue.NO_DRUG.equals(drug);
        }
    }

    /**
     * Systemic therapy after curative local treatment of a localized or regional primary, given to a share of the patients
     * for a fixed time: it kills the clones of vascular micrometastases (not dormant cells, nor avascular micrometastases
     * that are not yet growing) at {@code logKillPerDay} until resistance emerges in a micrometastasis at
     * {@code resistancePerDay}, the first distant metastasis is found, or the course ends.
     */
    public record AdjuvantCourse(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "share_treated", required = true) double shareTreated,
            @JsonProperty(value = "log_kill_per_day", required = true) double logKillPerDay,
            @JsonProperty(value = "resistance_per_day", required = true) double resistancePerDay,
            @JsonProperty(value = "duration_days", required = true) double durationDays) {
    }

    /** The adjuvant course for a primary, or null if none. */
    public AdjuvantCourse adjuvantCourse(String primaryCode) {
        return adjuvantTherapy.get(primaryCode);
    }

    /**
     * Days between protocol skeletal surveys from entry (plain radiographs of the skeleton, as the bone-targeted-drug
     * trials scheduled them); 0 for none, as in routine care, where imaging follows symptoms.
     */
    public double surveyIntervalDays() {
        return skeletalSurveyIntervalDays;
    }

    /** Are skeletal surveys scheduled? */
    public boolean surveys() {
        return skeletalSurveyIntervalDays > 0;
    }

    /** The same policy with protocol skeletal surveys every {@code days} from entry (0: none). */
    public StandardOfCare withSkeletalSurveys(double days) {
        return copy(countHypercalcaemiaAsSre, systemicTherapy, days, adjuvantTherapy, countTherapyChangeForBonePainAsSre);
    }

    /** The same policy with {@code treatment} as the rescue of hypercalcaemia ({@link HypercalcaemiaTreatment#NONE}: untreated). */
    public StandardOfCare withHypercalcaemiaTreatment(HypercalcaemiaTreatment treatment) {
        return validate(copy(countHypercalcaemiaAsSre, systemicTherapy, skeletalSurveyIntervalDays, adjuvantTherapy,
                countTherapyChangeForBonePainAsSre, treatment), "withHypercalcaemiaTreatment");
    }

    /** The same policy, counting a new hypercalcaemia episode as an SRE or not (trial protocols differ). */
    public StandardOfCare withHypercalcaemiaAsSre(boolean count) {
        return copy(count, systemicTherapy, skeletalSurveyIntervalDays, adjuvantTherapy, countTherapyChangeForBonePainAsSre);
    }

    /**
     * One line of systemic therapy for a primary: from the first distant metastasis (line 1) or from progression on
     * the previous line, it kills sensitive clones at {@code logKillPerDay} (ln cells per day, scaled by each clone's
     * sensitivity) until resistance emerges in a lesion at {@code resistancePerDay}. {@code boneLossPerYear} is the share
     * of bone mineral the treatment itself takes from the whole skeleton each year, from the line's start to the end of
     * follow-up (androgen deprivation: castration is kept up through the later lines); 0 (the default, and when the key
     * is absent) for none.
     */
    public record SystemicLine(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "log_kill_per_day", required = true) double logKillPerDay,
            @JsonProperty(value = "resistance_per_day", required = true) double resistancePerDay,
            @JsonProperty(value = "bone_loss_per_year") Double boneLossPerYear) {

        public SystemicLine {
            boneLossPerYear = boneLossPerYear == null ? 0.0 : boneLossPerYear;
        }
    }

    /** The systemic lines for a primary, in order (empty if none). */
    public java.util.List<SystemicLine> systemicLines(String primaryCode) {
        return systemicTherapy == null ? java.util.List.of() : systemicTherapy.getOrDefault(primaryCode, java.util.List.of());
    }

    /** The same policy with {@code course} as the adjuvant therapy of one primary (null: none). */
    public StandardOfCare withAdjuvantTherapy(String primaryCode, AdjuvantCourse course) {
        java.util.Map<String, AdjuvantCourse> m = new java.util.TreeMap<>(adjuvantTherapy);
        if (course == null) {
            m.remove(primaryCode);
        } else {
            m.put(primaryCode, course);
        }
        return copy(countHypercalcaemiaAsSre, systemicTherapy, skeletalSurveyIntervalDays, java.util.Collections.unmodifiableMap(m),
                countTherapyChangeForBonePainAsSre);
    }

    /** The same policy without systemic therapy (adjuvant included): the disease course bone-targeted care alone would see. */
    public StandardOfCare withoutSystemicTherapy() {
        return copy(countHypercalcaemiaAsSre, java.util.Map.of(), skeletalSurveyIntervalDays, java.util.Map.of(), countTherapyChangeForBonePainAsSre);
    }

    /**
     * The WHO analgesic ladder: the worst bone pain (NRS, 0-10) at which each step starts. Steps only go up; pain
     * above what the ladder controls is {@code radiotherapy_for_pain.pain_threshold}.
     */
    public record Analgesics(
            @JsonProperty(value = "non_opioid_from", required = true) double nonOpioidFrom,
            @JsonProperty(value = "weak_opioid_from", required = true) double weakOpioidFrom,
            @JsonProperty(value = "strong_opioid_from", required = true) double strongOpioidFrom) {
        private static final String[] STEP_NAMES = {"none", "non-opioid (paracetamol, NSAID)", "weak opioid (codeine, tramadol)",
            "strong opioid (morphine)"};

        /** The ladder step (0-3) for a pain score. */
        public int stepFor(double pain) {
            return pain >= strongOpioidFrom ? 3 : pain >= weakOpioidFrom ? 2 : pain >= nonOpioidFrom ? 1 : 0;
        }

        public static String stepName(int step) {
            return STEP_NAMES[step];
        }
    }

    public record PainRadiotherapy(
            @JsonProperty(value = "pain_threshold", required = true) double painThreshold,
            @JsonProperty(value = "response_probability", required = true) double responseProbability,
            @JsonProperty(value = "relief_fraction", required = true) double reliefFraction,
            @JsonProperty(value = "response_duration_days", required = true) double responseDurationDays,
            @JsonProperty(value = "retreatment_interval_days", required = true) double retreatmentIntervalDays,
            @JsonProperty(value = "max_courses_per_site", required = true) int maxCoursesPerSite,
            @JsonProperty(value = "retreatment_share_nonresponders", required = true) double retreatmentShareNonresponders,
            @JsonProperty(value = "retreatment_share_after_relapse", required = true) double retreatmentShareAfterRelapse,
            @JsonProperty(value = "fractionation", required = true) RadiotherapyFractionation fractionation) {
    }

    public record FractureSurgery(
            @JsonProperty(value = "long_bone_probability", required = true) double longBoneProbability,
            @JsonProperty(value = "other_probability", required = true) double otherProbability) {
    }

    public record ProphylacticFixation(@JsonProperty(value = "mirels_threshold", required = true) int mirelsThreshold) {
    }

    public record CordCompression(
            @JsonProperty(value = "radiotherapy_probability", required = true) double radiotherapyProbability,
            @JsonProperty(value = "decompression_probability", required = true) double decompressionProbability,
            @JsonProperty(value = "fractionation", required = true) RadiotherapyFractionation fractionation) {
    }

    /** The default policy shipped with osteomet. */
    public static StandardOfCare defaults() {
        try (InputStream in = StandardOfCare.class.getResourceAsStream("standard-of-care.yaml")) {
            if (in == null) {
                throw new IllegalStateException("standard-of-care.yaml missing from the jar");
            }
            return validate(mapper().readValue(in, StandardOfCare.class), "standard-of-care.yaml");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default standard-of-care policy", e);
        }
    }

    /** A policy file; errors name the file and the field in one line. */
    public static StandardOfCare load(Path file) {
        try {
            return validate(mapper().readValue(Files.readAllBytes(file), StandardOfCare.class), file.toString());
        } catch (UnrecognizedPropertyException e) {
            throw new PolicyException(file + ": unknown field '" + e.getPropertyName() + "'");
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            throw new PolicyException(file + ": " + missingOrMismatched(e));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PolicyException(file + ":" + (e.getLocation() == null ? 0 : e.getLocation().getLineNr()) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("invalid policy"));
        } catch (IOException e) {
            throw new PolicyException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** "section.field: missing ..." for a field the file leaves out; otherwise the parser's first line, with its line number. */
    private static String missingOrMismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        String message = e.getOriginalMessage().lines().findFirst().orElse("invalid policy");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Missing required creator property '([^']+)'").matcher(message);
        if (!m.find()) {
            return (e.getLocation() == null ? 0 : e.getLocation().getLineNr()) + ": " + message;
        }
        // Jackson's path may or may not already end with the missing field
        java.util.List<String> path = new java.util.ArrayList<>();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.add(ref.getFieldName());
            }
        }
        if (path.isEmpty() || !path.get(path.size() - 1).equals(m.group(1))) {
            path.add(m.group(1));
        }
        return String.join(".", path) + ": missing; every field of the built-in policy (docs/MODEL.md, standard-of-care.yaml) is required";
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    private static StandardOfCare validate(StandardOfCare p, String where) {
        probability(where, "radiotherapy_for_pain.response_probability", p.painRadiotherapy.responseProbability);
        probability(where, "radiotherapy_for_pain.relief_fraction", p.painRadiotherapy.reliefFraction);
        probability(where, "radiotherapy_for_pain.retreatment_share_nonresponders", p.painRadiotherapy.retreatmentShareNonresponders);
        probability(where, "radiotherapy_for_pain.retreatment_share_after_relapse", p.painRadiotherapy.retreatmentShareAfterRelapse);
        probability(where, "surgery_after_fracture.long_bone_probability", p.fractureSurgery.longBoneProbability);
        probability(where, "surgery_after_fracture.other_probability", p.fractureSurgery.otherProbability);
        probability(where, "spinal_cord_compression.radiotherapy_probability", p.cordCompression.radiotherapyProbability);
        probability(where, "spinal_cord_compression.decompression_probability", p.cordCompression.decompressionProbability);
        if (!(p.painRadiotherapy.painThreshold >= 0 && p.painRadiotherapy.painThreshold <= 11)) {
            throw new PolicyException(where + ": radiotherapy_for_pain.pain_threshold must be in [0, 11] (11 = never)");
        }
        if (!(p.painRadiotherapy.responseDurationDays >= 0) || !(p.painRadiotherapy.retreatmentIntervalDays >= 0)) {
            throw new PolicyException(where + ": radiotherapy_for_pain durations must be >= 0 days");
        }
        if (p.systemicTherapy != null) {
            for (var e : p.systemicTherapy.entrySet()) {
                if (org.osteomet.tumour.CancerType.fromCode(e.getKey()).isEmpty()) {
                    throw new PolicyException(where + ": systemic_therapy." + e.getKey() + ": unknown primary; choose one of: "
                            + org.osteomet.tumour.CancerType.codes());
                }
                for (SystemicLine line : e.getValue()) {
                    String f = "systemic_therapy." + e.getKey() + "." + line.name();
                    if (!(line.logKillPerDay() >= 0 && line.logKillPerDay() <= 1)) {
                        throw new PolicyException(where + ": " + f + ".log_kill_per_day must be in [0, 1], got " + line.logKillPerDay());
                    }
                    if (!(line.resistancePerDay() >= 0 && line.resistancePerDay() <= 1)) {
                        throw new PolicyException(where + ": " + f + ".resistance_per_day must be in [0, 1], got " + line.resistancePerDay());
                    }
                    if (!(line.boneLossPerYear() >= 0 && line.boneLossPerYear() < 1)) {
                        throw new PolicyException(where + ": " + f + ".bone_loss_per_year must be in [0, 1) (share of bone mineral a year; 0 = none), got "
                                + line.boneLossPerYear());
                    }
                }
            }
        }
        for (var e : p.adjuvantTherapy.entrySet()) {
            String f = "adjuvant_therapy." + e.getKey();
            if (org.osteomet.tumour.CancerType.fromCode(e.getKey()).isEmpty()) {
                throw new PolicyException(where + ": " + f + ": unknown primary; choose one of: " + org.osteomet.tumour.CancerType.codes());
            }
            AdjuvantCourse c = e.getValue();
            if (c == null || c.name() == null || c.name().isBlank()) {
                throw new PolicyException(where + ": " + f + ": give name, share_treated, log_kill_per_day, resistance_per_day and duration_days");
            }
            probability(where, f + ".share_treated", c.shareTreated());
            if (!(c.logKillPerDay() >= 0 && c.logKillPerDay() <= 1)) {
                throw new PolicyException(where + ": " + f + ".log_kill_per_day must be in [0, 1], got " + c.logKillPerDay());
            }
            if (!(c.resistancePerDay() >= 0 && c.resistancePerDay() <= 1)) {
                throw new PolicyException(where + ": " + f + ".resistance_per_day must be in [0, 1], got " + c.resistancePerDay());
            }
            if (!(c.durationDays() >= 0 && c.durationDays() <= MAX_ADJUVANT_DAYS)) {
                throw new PolicyException(where + ": " + f + ".duration_days must be in [0, " + (int) MAX_ADJUVANT_DAYS + "], got "
                        + c.durationDays());
            }
        }
        Analgesics a = p.analgesics;
        if (!(a.nonOpioidFrom > 0 && a.nonOpioidFrom <= a.weakOpioidFrom && a.weakOpioidFrom <= a.strongOpioidFrom
                && a.strongOpioidFrom <= 11)) {
            throw new PolicyException(where + ": analgesics: need 0 < non_opioid_from <= weak_opioid_from <= strong_opioid_from <= 11"
                    + " (11 = never), got " + a.nonOpioidFrom + ", " + a.weakOpioidFrom + ", " + a.strongOpioidFrom);
        }
        if (!(p.skeletalSurveyIntervalDays >= 0) || Double.isInfinite(p.skeletalSurveyIntervalDays)) {
            throw new PolicyException(where + ": skeletal_survey_interval_days must be >= 0 (0 = no protocol surveys), got "
                    + p.skeletalSurveyIntervalDays);
        }
        HypercalcaemiaTreatment h = p.hypercalcaemiaTreatment;
        if (h.drug() == null || !org.osteomet.therapy.HypercalcaemiaRescue.DRUGS.contains(h.drug())) {
            throw new PolicyException(where + ": hypercalcaemia_treatment.drug must be one of "
                    + String.join(", ", org.osteomet.therapy.HypercalcaemiaRescue.DRUGS) + ", got " + (h.drug() == null ? "nothing" : "'" + h.drug() + "'"));
        }
        if (h.fromGrade() < 1 || h.fromGrade() > 4) {
            throw new PolicyException(where + ": hypercalcaemia_treatment.from_grade must be a CTCAE grade in [1, 4], got " + h.fromGrade());
        }
        if (!(h.retreatmentIntervalDays() >= 0) || Double.isInfinite(h.retreatmentIntervalDays())) {
            throw new PolicyException(where + ": hypercalcaemia_treatment.retreatment_interval_days must be >= 0 days, got "
                    + h.retreatmentIntervalDays());
        }
        if (!(p.studyWithdrawalPerYear >= 0) || Double.isInfinite(p.studyWithdrawalPerYear)) {
            throw new PolicyException(where + ": study_withdrawal_per_year must be >= 0 per year (0 = none), got " + p.studyWithdrawalPerYear);
        }
        if (p.painRadiotherapy.maxCoursesPerSite < 0) {
            throw new PolicyException(where + ": radiotherapy_for_pain.max_courses_per_site must be >= 0");
        }
        if (p.prophylacticFixation.mirelsThreshold < 4 || p.prophylacticFixation.mirelsThreshold > 13) {
            throw new PolicyException(where + ": prophylactic_fixation.mirels_threshold must be in [4, 13] (13 = never)");
        }
        return p;
    }

    /** Longest adjuvant course accepted: 15 years (extended endocrine therapy runs to 10). */
    private static final double MAX_ADJUVANT_DAYS = 15 * 365.25;

    private static void probability(String where, String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new PolicyException(where + ": " + field + " must be a probability in [0, 1], got " + v);
        }
    }

    /** A policy file that cannot be used; the message is one line naming the file and field. */
    public static final class PolicyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PolicyException(String message) {
            super(message);
        }
    }
}
