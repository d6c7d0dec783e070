package org.osteomet.web.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osteomet.anatomy.Site;
import org.osteomet.output.SkeletonSvg;
import org.osteomet.sim.PatientOutcome;
import org.osteomet.sim.SkeletalSummary;
import org.osteomet.web.json.Json;
import org.osteomet.web.patient.FrameRecorder.Frame;

/**
 * One simulated course as the page shows it: weekly frames from diagnosis to the end (days from entry), per-site
 * series for the skeleton and charts, the outcome and the story.
 */
final class ArmView {
    /** Sites below this burden throughout are left out of the burden chart (as in the CLI's burden plot). */
    static final double MIN_CHARTED_CELLS = 1e7;
    /** Bones whose mass never moves more than this from 100 % are left out of the bone-mass chart. */
    static final double MIN_CHARTED_BONE_MASS_CHANGE = 0.5;
    private static final double HEALTHY_BONE_MASS = 100;
    private static final int CELL_DIGITS = 3;
    private static final int CALCIUM_DECIMALS = 3;
    private static final int PERCENT_DECIMALS = 1;
    private static final int RADIUS_DECIMALS = 1;

    private final PatientOutcome outcome;
    private final List<Frame> frames;

    ArmView(PatientOutcome outcome, List<Frame> recorded) {
        this.outcome = outcome;
        this.frames = shown(outcome, recorded);
    }

    /** Frames from diagnosis on, one per day from entry (a zero-length step repeats a day: the later state wins). */
    private static List<Frame> shown(PatientOutcome o, List<Frame> recorded) {
        List<Frame> out = new ArrayList<>();
        for (Frame f : recorded) {
            if (f.day() < o.diagnosisDay()) {
                continue;
            }
            if (!out.isEmpty() && o.dayFromEntry(out.get(out.size() - 1).day()) == o.dayFromEntry(f.day())) {
                out.set(out.size() - 1, f);
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** Most detectable lesions seen at a site in any frame (how many places the skeleton needs there). */
    int maxLesions(Site site) {
        return frames.stream().mapToInt(f -> f.detectableLesions()[site.ordinal()]).max().orElse(0);
    }

    /** Sites that the page draws or charts. */
    boolean shows(Site site) {
        return maxLesions(site) > 0 || maxCells(site) >= MIN_CHARTED_CELLS || boneMassMoved(site);
    }

    private double maxCells(Site site) {
        return frames.stream().mapToDouble(f -> f.cells()[site.ordinal()]).max().orElse(0);
    }

    private boolean boneMassMoved(Site site) {
        return site.isBone() && frames.stream()
                .anyMatch(f -> Math.abs(f.boneMassPercent()[site.ordinal()] - HEALTHY_BONE_MASS) > MIN_CHARTED_BONE_MASS_CHANGE);
    }

    Map<String, Object> toMap(String label, String description, long seed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("description", description);
        m.put("outcome", outcome());
        m.put("story", StoryEvents.of(outcome, seed));
        m.put("frames", series());
        return m;
    }

    private Map<String, Object> series() {
        List<Integer> days = new ArrayList<>();
        List<Double> calcium = new ArrayList<>();
        List<Double> primary = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        for (Frame f : frames) {
            days.add(outcome.dayFromEntry(f.day()));
            calcium.add(Json.decimals(f.serumCalcium(), CALCIUM_DECIMALS));
            primary.add(Json.significant(f.primaryCells(), CELL_DIGITS));
            double sum = f.primaryCells();
            for (double c : f.cells()) {
                sum += c;
            }
            total.add(Json.significant(sum, CELL_DIGITS));
        }
        Map<String, Object> sites = new LinkedHashMap<>();
        for (Site site : Site.ALL) {
            if (shows(site)) {
                sites.put(site.code(), site(site));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", days);
        m.put("serum_calcium", calcium);
        m.put("primary_cells", primary);
        m.put("primary_in_burden_chart", frames.stream().anyMatch(f -> f.primaryCells() >= MIN_CHARTED_CELLS));
        m.put("total_cells", total);
        m.put("sites", sites);
        return m;
    }

    private Map<String, Object> site(Site site) {
        int i = site.ordinal();
        List<Double> cells = new ArrayList<>();
        List<Integer> lesions = new ArrayList<>();
        List<Double> radius = new ArrayList<>();
        List<String> type = new ArrayList<>();
        List<Double> boneMass = new ArrayList<>();
        List<Double> pain = new ArrayList<>();
        for (Frame f : frames) {
            int n = f.detectableLesions()[i];
            cells.add(Json.significant(f.cells()[i], CELL_DIGITS));
            lesions.add(n);
            radius.add(n == 0 ? 0.0 : Json.decimals(SkeletonSvg.radius(f.cells()[i] / n), RADIUS_DECIMALS));
            type.add(f.types()[i] == null ? null : f.types()[i].word());
            if (site.isBone()) {
                boneMass.add(Json.decimals(f.boneMassPercent()[i], PERCENT_DECIMALS));
                pain.add(Json.decimals(f.pain()[i], PERCENT_DECIMALS));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cells", cells);
        m.put("lesions", lesions);
        m.put("radius", radius);
        m.put("type", type);
        if (site.isBone()) {
            m.put("bone_mass_percent", boneMass);
            m.put("pain", pain);
        }
        m.put("in_burden_chart", maxCells(site) >= MIN_CHARTED_CELLS);
        m.put("in_bone_mass_chart", boneMassMoved(site));
        return m;
    }

    private Map<String, Object> outcome() {
        PatientOutcome o = outcome;
        SkeletalSummary s = o.skeletal();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("patient_id", o.patientId());
        m.put("age_at_entry", Json.decimals(o.ageAtEntry(), 1));
        m.put("stage", o.stage() == null ? null : o.stage().code());
        m.put("primary_diameter_mm", Json.decimals(o.primaryDiameterMm(), 1));
        m.put("diagnosis_day", o.dayFromEntry(o.diagnosisDay()));
        m.put("follow_up_days", o.dayFromEntry(o.endDay()));
        m.put("died", o.died());
        m.put("death_day", o.died() ? o.dayFromEntry(o.deathDay()) : null);
        m.put("death_cause", o.deathCause() == null ? null : o.deathCause().description());
        m.put("first_bone_metastasis_day", day(o.firstBoneMetastasisDay()));
        m.put("sre_count", s.sreCount());
        m.put("first_sre_day", day(s.firstSreDay()));
        m.put("fracture_count", s.fractureCount());
        m.put("cord_compression_day", day(s.cordCompressionDay()));
        m.put("max_serum_calcium", Json.decimals(s.maxSerumCalcium(), CALCIUM_DECIMALS));
        m.put("max_hypercalcaemia_grade", s.maxHypercalcaemiaGrade());
        m.put("max_analgesic_step", s.maxAnalgesicStep());
        m.put("bone_sites", o.boneSites().stream().map(Site::displayName).toList());
        m.put("visceral_sites", o.visceralSites().stream().map(Site::displayName).toList());
        return m;
    }

    private Integer day(double simulationDay) {
        return Double.isNaN(simulationDay) ? null : outcome.dayFromEntry(simulationDay);
    }
}
