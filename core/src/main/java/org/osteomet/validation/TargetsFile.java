package org.osteomet.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.osteomet.anatomy.Site;
import org.osteomet.bone.LesionType;
import org.osteomet.sim.Entry;
import org.osteomet.sim.Stage;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.tumour.CancerType;

/**
 * Reads validation targets from YAML (the default is {@code targets.yaml} beside this class): a list of targets,
 * each with its published figure, source, role and experiment. Errors are one line naming the target and field.
 */
public final class TargetsFile {
    private static final Set<String> FIELDS = Set.of("id", "quantity", "value", "low", "high", "unit", "role", "population", "entry",
            "years", "agent", "statistic", "sites", "months", "lesion_type", "at", "requires_lesion_type", "primaries", "source", "origin",
            "skeletal_survey_months", "hypercalcaemia_sre", "therapy_change_sre", "study_follow_up_years", "stage", "patients_factor",
            "withdrawal_per_year");

    /** The stage codes, for error messages. */
    private static final String STAGE_CHOICES = String.join(", ", java.util.Arrays.stream(Stage.values()).map(Stage::code).toList());

    /** Longest experiment follow-up, years. */
    private static final double MAX_YEARS = 100;
    /** Largest withdrawal hazard accepted: 10 a year, a median stay of 25 days (no trial loses patients faster). */
    private static final double MAX_WITHDRAWAL_PER_YEAR = 10;

    private TargetsFile() {
    }

    /** The targets shipped with osteomet. */
    public static List<Target> defaults() {
        try (InputStream in = TargetsFile.class.getResourceAsStream("targets.yaml")) {
            if (in == null) {
                throw new IllegalStateException("targets.yaml missing from the jar");
            }
            return parse(in.readAllBytes(), "targets.yaml");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default targets", e);
        }
    }

    public static List<Target> load(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new TargetException(file + ": cannot read: " + e.getMessage());
        }
    }

    static List<Target> parse(byte[] yaml, String where) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new TargetException(where + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isArray()) {
            throw new TargetException(where + ": expected a list of targets");
        }
        List<Target> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode n : root) {
            Target t = target(n, where);
            if (!ids.add(t.id())) {
                throw new TargetException(where + ": " + t.id() + ": duplicate id");
            }
            out.add(t);
        }
        return List.copyOf(out);
    }

    private static Target target(JsonNode n, String where) {
        String id = n.path("id").asText("");
        if (id.isBlank()) {
            throw new TargetException(where + ": a target has no id");
        }
        String at = where + ": " + id + ": ";
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new TargetException(at + "unknown field '" + f + "'");
            }
        }
        StatisticKind kind = StatisticKind.fromCode(text(n, "statistic", at))
                .orElseThrow(() -> new TargetException(at + "statistic: unknown '" + n.path("statistic").asText()
                        + "'; choose one of: " + StatisticKind.codes()));
        String unit = text(n, "unit", at);
        TimeUnit timeUnit = TimeUnit.fromCode(unit).orElse(null);
        boolean timed = kind == StatisticKind.MEDIAN_SURVIVAL || kind == StatisticKind.MEDIAN_TIME_TO_FIRST_SRE
                || kind == StatisticKind.MEDIAN_TIME_DIAGNOSIS_TO_BONE || kind == StatisticKind.MEAN_TIME_DIAGNOSIS_TO_BONE;
        if (timed && timeUnit == null) {
            throw new TargetException(at + "unit: a time statistic needs days, months or years, got '" + unit + "'");
        }
        Set<Site> sites = EnumSet.noneOf(Site.class);
        for (JsonNode s : n.path("sites")) {
            sites.add(Site.fromCode(s.asText()).orElseThrow(() -> new TargetException(at + "sites: unknown site '" + s.asText() + "'")));
        }
        Set<CancerType> primaries = EnumSet.noneOf(CancerType.class);
        for (JsonNode s : n.path("primaries")) {
            primaries.add(primary(s.asText(), at + "primaries"));
        }
        LesionType lesionType = lesionType(n, "lesion_type", at);
        LesionType requiredLesionType = lesionType(n, "requires_lesion_type", at);
        boolean lesionStatistic = kind == StatisticKind.SHARE_WITH_LESION_TYPE || kind == StatisticKind.SHARE_OF_LESIONS_OF_TYPE;
        if (!lesionStatistic && (n.has("at") || n.has("requires_lesion_type"))) {
            throw new TargetException(at + "at, requires_lesion_type: only for share_with_lesion_type and share_of_lesions_of_type");
        }
        LesionTime lesionsAt = n.has("at") ? LesionTime.fromCode(n.get("at").asText())
                .orElseThrow(() -> new TargetException(at + "at: must be end or entry, got '" + n.get("at").asText() + "'")) : LesionTime.END;
        double months = n.has("months") ? number(n, "months", at) : Double.NaN;
        boolean windowed = kind == StatisticKind.SHARE_WITH_SRE || kind == StatisticKind.SRE_PER_PATIENT_YEAR
                || kind == StatisticKind.SKELETAL_MORBIDITY_RATE || kind == StatisticKind.SHARE_ON_STUDY
                || kind == StatisticKind.SHARE_WITHDRAWN
                || kind == StatisticKind.CUMULATIVE_BONE_INCIDENCE
                || kind == StatisticKind.KAPLAN_MEIER_BONE_INCIDENCE || kind == StatisticKind.SHARE_WITH_PAIN;
        if (windowed && !(months > 0)) {
            throw new TargetException(at + "months: " + kind.code() + " needs a window in months > 0");
        }
        requireFields(kind, n, sites, lesionType, primaries, at);
        if (n.has("low") != n.has("high") || n.has("low") && !(number(n, "low", at) <= number(n, "high", at))) {
            throw new TargetException(at + "low, high: give both, with low <= high");
        }
        if (windowed && n.has("years") && months > number(n, "years", at) * 12) {
            throw new TargetException(at + "months: the window (" + months + ") is longer than the follow-up (years: " + n.get("years").asText() + ")");
        }
        StudyFollowUp followUp = studyFollowUp(n, kind, at);
        Stage stage = stage(n, kind, at);
        Statistic statistic = new Statistic(kind, sites, months, lesionType, primaries, timeUnit, lesionsAt, requiredLesionType, followUp,
                stage);
        if (!kind.needsCohort()) {
            for (String field : List.of("skeletal_survey_months", "hypercalcaemia_sre", "therapy_change_sre", "patients_factor",
                    "withdrawal_per_year")) {
                if (n.has(field)) {
                    throw new TargetException(at + field + ": only for targets with a simulated experiment, not " + kind.code());
                }
            }
        }
        Experiment experiment = kind.needsCohort() ? experiment(n, at) : null;
        if ((kind == StatisticKind.CUMULATIVE_BONE_INCIDENCE || kind == StatisticKind.KAPLAN_MEIER_BONE_INCIDENCE
                || kind == StatisticKind.SHARE_WITH_STAGE_AT_DIAGNOSIS) && experiment.entry() != org.osteomet.sim.Entry.DIAGNOSIS) {
            throw new TargetException(at + "entry: " + kind.code() + " counts from diagnosis, so it needs entry: diagnosis");
        }
        TargetRole role = switch (text(n, "role", at)) {
            case "fit" -> TargetRole.FIT;
            case "check" -> TargetRole.CHECK;
            case "input" -> TargetRole.INPUT;
            default -> throw new TargetException(at + "role: must be fit, check or input");
        };
        TargetOrigin origin = n.has("origin") ? TargetOrigin.fromCode(n.get("origin").asText()).orElseThrow(() -> new TargetException(
                at + "origin: must be calibration.csv or osteomet, got '" + n.get("origin").asText() + "'")) : TargetOrigin.CALIBRATION_CSV;
        return new Target(id, text(n, "quantity", at), kind == StatisticKind.NOT_SIMULATED && !n.has("value") ? Double.NaN : number(n, "value", at),
                n.has("low") ? number(n, "low", at) : Double.NaN, n.has("high") ? number(n, "high", at) : Double.NaN, unit, role,
                experiment, statistic, text(n, "source", at), origin);
    }

    /** Fields some statistics cannot do without; a missing one would silently measure 0%. */
    private static void requireFields(StatisticKind kind, JsonNode n, Set<Site> sites, LesionType lesionType, Set<CancerType> primaries,
                                      String at) {
        boolean needsSites = switch (kind) {
            case SHARE_WITH_BONE_SITE, SHARE_OF_INVOLVED_BONES, CORD_COMPRESSION_AT, RED_MARROW_SHARE -> true;
            default -> false;
        };
        if (n.has("sites") && !n.get("sites").isArray()) {
            throw new TargetException(at + "sites: must be a list, e.g. [pelvis]");
        }
        if (needsSites && sites.isEmpty()) {
            throw new TargetException(at + "sites: " + kind.code() + " needs a list of sites");
        }
        if ((kind == StatisticKind.SHARE_WITH_LESION_TYPE || kind == StatisticKind.SHARE_OF_LESIONS_OF_TYPE) && lesionType == null) {
            throw new TargetException(at + "lesion_type: " + kind.code() + " needs osteolytic, osteoblastic or mixed");
        }
        if (n.has("primaries") && !n.get("primaries").isArray()) {
            throw new TargetException(at + "primaries: must be a list, e.g. [prostate]");
        }
        if (kind == StatisticKind.SHARE_OF_BONE_PATIENTS_FROM && primaries.isEmpty()) {
            throw new TargetException(at + "primaries: " + kind.code() + " needs a list of primaries");
        }
    }

    private static Stage stage(JsonNode n, StatisticKind kind, String at) {
        boolean staged = kind == StatisticKind.SHARE_WITH_STAGE_AT_DIAGNOSIS;
        if (!n.has("stage")) {
            if (staged) {
                throw new TargetException(at + "stage: " + kind.code() + " needs one of: " + STAGE_CHOICES);
            }
            return null;
        }
        if (!staged) {
            throw new TargetException(at + "stage: only for " + StatisticKind.SHARE_WITH_STAGE_AT_DIAGNOSIS.code());
        }
        String code = n.get("stage").isTextual() ? n.get("stage").asText() : n.get("stage").toString();
        return java.util.Arrays.stream(Stage.values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new TargetException(at + "stage: unknown '" + code + "'; choose one of: " + STAGE_CHOICES));
    }

    private static LesionType lesionType(JsonNode n, String field, String at) {
        if (!n.has(field)) {
            return null;
        }
        String lt = n.get(field).asText();
        return java.util.Arrays.stream(LesionType.values()).filter(t -> t.word().equals(lt)).findFirst()
                .orElseThrow(() -> new TargetException(at + field + ": unknown '" + lt + "'; choose osteolytic, osteoblastic or mixed"));
    }

    private static Experiment experiment(JsonNode n, String at) {
        Map<CancerType, Double> population = new LinkedHashMap<>();
        JsonNode p = n.path("population");
        if (!p.isObject() || p.isEmpty()) {
            throw new TargetException(at + "population: give primaries and weights, e.g. {breast: 1}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            double w = e.getValue().asDouble(Double.NaN);
            if (!(w > 0)) {
                throw new TargetException(at + "population." + e.getKey() + ": weight must be a number > 0");
            }
            population.put(primary(e.getKey(), at + "population"), w);
        }
        Entry entry = Entry.fromCode(text(n, "entry", at))
                .orElseThrow(() -> new TargetException(at + "entry: unknown '" + n.path("entry").asText() + "'; choose one of: " + Entry.codes()));
        double years = number(n, "years", at);
        if (!(years > 0 && years <= MAX_YEARS)) {
            throw new TargetException(at + "years: must be in (0, " + (int) MAX_YEARS + "], got " + years);
        }
        BoneTargetedAgent agent = n.has("agent") ? BoneTargetedAgent.fromCode(n.get("agent").asText())
                .orElseThrow(() -> new TargetException(at + "agent: unknown '" + n.get("agent").asText() + "'; choose one of: "
                        + BoneTargetedAgent.codes())) : BoneTargetedAgent.PLACEBO;
        double surveyMonths = n.has("skeletal_survey_months") ? number(n, "skeletal_survey_months", at) : 0;
        if (!(surveyMonths >= 0 && surveyMonths <= years * 12)) {
            throw new TargetException(at + "skeletal_survey_months: must be in [0, follow-up] (0 = no protocol surveys), got " + surveyMonths);
        }
        double factor = n.has("patients_factor") ? number(n, "patients_factor", at) : 1;
        if (!(factor >= 1 && factor <= Experiment.MAX_PATIENTS_FACTOR && factor == Math.rint(factor))) {
            throw new TargetException(at + "patients_factor: must be a whole number in [1, " + Experiment.MAX_PATIENTS_FACTOR + "], got "
                    + n.path("patients_factor").asText());
        }
        double withdrawal = n.has("withdrawal_per_year") ? number(n, "withdrawal_per_year", at) : 0;
        if (!(withdrawal >= 0 && withdrawal <= MAX_WITHDRAWAL_PER_YEAR)) {
            throw new TargetException(at + "withdrawal_per_year: must be in [0, " + (int) MAX_WITHDRAWAL_PER_YEAR + "] per year (0 = none), got "
                    + n.path("withdrawal_per_year").asText());
        }
        return new Experiment(population, entry, years, agent, surveyMonths, optionalBoolean(n, "hypercalcaemia_sre", at),
                optionalBoolean(n, "therapy_change_sre", at), (int) factor, withdrawal);
    }

    /** study_follow_up_years: [min, max], for statistics over observed times from diagnosis; null when absent. */
    private static StudyFollowUp studyFollowUp(JsonNode n, StatisticKind kind, String at) {
        if (!n.has("study_follow_up_years")) {
            return null;
        }
        String field = at + "study_follow_up_years: ";
        if (kind != StatisticKind.MEAN_TIME_DIAGNOSIS_TO_BONE && kind != StatisticKind.MEDIAN_TIME_DIAGNOSIS_TO_BONE) {
            throw new TargetException(field + "only for mean_time_diagnosis_to_bone and median_time_diagnosis_to_bone");
        }
        JsonNode v = n.get("study_follow_up_years");
        if (!v.isArray() || v.size() != 2 || !v.get(0).isNumber() || !v.get(1).isNumber()) {
            throw new TargetException(field + "must be [min, max] in years, e.g. [1, 11]");
        }
        double min = v.get(0).asDouble();
        double max = v.get(1).asDouble();
        if (!(min >= 0 && min <= max && max > 0 && max <= MAX_YEARS)) {
            throw new TargetException(field + "need 0 <= min <= max <= " + (int) MAX_YEARS + " and max > 0, got [" + min + ", " + max + "]");
        }
        if (!"diagnosis".equals(n.path("entry").asText())) {
            throw new TargetException(field + "counts from diagnosis, so it needs entry: diagnosis");
        }
        return new StudyFollowUp(min, max);
    }

    /** A protocol switch: true, false, or absent (null: as the policy says). */
    private static Boolean optionalBoolean(JsonNode n, String field, String at) {
        if (!n.has(field)) {
            return null;
        }
        if (!n.get(field).isBoolean()) {
            throw new TargetException(at + field + ": must be true or false");
        }
        return n.get(field).asBoolean();
    }

    private static CancerType primary(String code, String at) {
        return CancerType.fromCode(code).orElseThrow(() -> new TargetException(at + ": unknown primary '" + code + "'; choose one of: "
                + CancerType.codes()));
    }

    private static String text(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || !v.isValueNode() || v.asText().isBlank()) {
            throw new TargetException(at + field + ": missing");
        }
        return v.asText();
    }

    private static double number(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            throw new TargetException(at + field + ": must be a number");
        }
        return v.asDouble();
    }

    /** A target file that cannot be used; the message is one line naming the target and field. */
    public static final class TargetException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TargetException(String message) {
            super(message);
        }
    }
}
