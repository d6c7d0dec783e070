package org.osteomet.trial;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.osteomet.trial.TrialResult.ArmResult;
import org.osteomet.trial.TrialResult.Comparison;
import org.osteomet.trial.TrialResult.Curve;
import org.osteomet.trial.TrialResult.Estimate;
import org.osteomet.trial.TrialResult.HazardRatio;
import org.osteomet.trial.TrialResult.SreTypeCount;

/**
 * Writes a trial analysis to a directory:
 * <ul>
 * <li>{@code trial.json}: the run settings and every endpoint of every arm, with the hazard ratios against the
 * first arm and the Kaplan-Meier curves (NaN and unreached medians as null);</li>
 * <li>{@code arms.csv}: one row per arm, columns {@link #CSV_HEADER} (times in days; shares as fractions; the
 * first arm's hazard-ratio columns empty; an estimate that does not exist is empty);</li>
 * <li>{@code report.html}: a self-contained report (inline CSS and SVG, no scripts, no external resources).</li>
 * </ul>
 */
public final class TrialFiles {
    /** Columns of arms.csv. */
    public static final List<String> CSV_HEADER = List.of("arm", "patients", "patient_years", "share_with_sre",
            "median_time_to_first_sre_days", "ci_low", "ci_high", "smr_per_patient_year", "hypercalcaemia_share",
            "median_os_days", "os_ci_low", "os_ci_high", "hr_first_sre", "hr_first_sre_ci_low",
            "hr_first_sre_ci_high", "p_first_sre_logrank", "hr_multiple_events", "hr_multiple_events_ci_low",
            "hr_multiple_events_ci_high", "hr_os", "hr_os_ci_low", "hr_os_ci_high", "p_os_logrank", "withdrawn_share");
    public static final String NOTE = "Research and teaching tool: not for clinical decisions";
    static final double DAYS_PER_MONTH = 30.4375;
    private static final String[] COLOURS = {"#1f4e9a", "#c0392b", "#27ae60", "#e67e22", "#8e44ad", "#16a085",
        "#7f8c8d", "#d35400"};

    private TrialFiles() {
    }

    /** Writes trial.json, arms.csv and report.html into dir (created if needed). */
    public static void write(TrialResult result, Map<String, ?> settings, Path dir) throws IOException {
        Files.createDirectories(dir);
        writeJson(result, settings, dir.resolve("trial.json"));
        writeCsv(result, dir.resolve("arms.csv"));
        writeHtml(result, settings, dir.resolve("report.html"));
    }

    public static void writeJson(TrialResult result, Map<String, ?> settings, Path file) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("note", NOTE);
        m.put("settings", settings == null ? Map.of() : new LinkedHashMap<>(settings));
        m.putAll(result.toMap());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), m);
    }

    public static void writeCsv(TrialResult result, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", CSV_HEADER)).append('\n');
        for (ArmResult a : result.arms()) {
            List<String> c = new ArrayList<>();
            c.add(csv(a.arm()));
            c.add(Integer.toString(a.patients()));
            c.add(num(a.patientYears()));
            c.add(num(a.shareWithSre()));
            addEstimate(c, a.timeToFirstSreDays());
            c.add(num(a.smrPerPatientYear()));
            c.add(num(a.hypercalcaemiaShare()));
            addEstimate(c, a.overallSurvivalDays());
            Comparison v = a.versusControl();
            if (v == null) {
                for (int i = 0; i < 11; i++) {
                    c.add("");
                }
            } else {
                addHr(c, v.firstSre());
                c.add(num(v.firstSreLogRankP()));
                addHr(c, v.multipleEvents());
                addHr(c, v.overallSurvival());
                c.add(num(v.osLogRankP()));
            }
            c.add(num(a.withdrawnShare()));
            sb.append(String.join(",", c)).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static void addEstimate(List<String> c, Estimate e) {
        c.add(num(e.value()));
        c.add(num(e.lower()));
        c.add(num(e.upper()));
    }

    private static void addHr(List<String> c, HazardRatio h) {
        c.add(num(h.hr()));
        c.add(num(h.lower()));
        c.add(num(h.upper()));
    }

    private static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        java.math.BigDecimal b = new java.math.BigDecimal(v).round(new java.math.MathContext(8)).stripTrailingZeros();
        return Math.abs(v) < 1e-4 && v != 0 ? b.toString() : b.toPlainString();
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    // ---------------------------------------------------------------- HTML

    /** HTML-escapes text for element content and quoted attribute values. */
    static String esc(Object o) {
        if (o == null) {
            return "";
        }
        String s = String.valueOf(o);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    public static void writeHtml(TrialResult result, Map<String, ?> settings, Path file) throws IOException {
        Files.writeString(file, html(result, settings), StandardCharsets.UTF_8);
    }

    static String html(TrialResult r, Map<String, ?> settings) {
        List<ArmResult> arms = r.arms();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>osteomet trial report</title>\n<style>\n")
                .append("body{font-family:Helvetica,Arial,sans-serif;margin:2em auto;max-width:1000px;color:#222;"
                        + "line-height:1.4}\n")
                .append("h1{margin-bottom:.2em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}\n")
                .append(".note{background:#fff3cd;border:1px solid #e0a100;padding:.6em 1em;font-weight:bold}\n")
                .append("table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #ccc;padding:.3em .7em}\n")
                .append("th{background:#f2f4f7;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append(".charts{display:flex;flex-wrap:wrap;gap:1em}.charts figure{margin:0}\n")
                .append("figcaption{font-size:.9em;color:#555}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>osteomet: simulated trial of bone-targeted therapy</h1>\n");
        h.append("<p class=\"note\">").append(esc(NOTE)).append("</p>\n");
        h.append("<p>Control arm: <b>").append(esc(r.control().arm())).append("</b>. Analysis horizon: ")
                .append(Double.isFinite(r.horizonDays()) ? esc(fmt(r.horizonDays(), 0)) + " days ("
                        + esc(fmt(r.horizonDays() / DAYS_PER_MONTH, 1)) + " months)" : "none")
                .append(".</p>\n");

        h.append("<h2>Run settings</h2>\n<table>\n");
        if (settings == null || settings.isEmpty()) {
            h.append("<tr><td>(none given)</td></tr>\n");
        } else {
            for (Map.Entry<String, ?> e : settings.entrySet()) {
                h.append("<tr><th>").append(esc(e.getKey())).append("</th><td>").append(esc(e.getValue()))
                        .append("</td></tr>\n");
            }
        }
        h.append("</table>\n");

        h.append("<h2>Arms</h2>\n<table>\n<tr><th>arm</th><th>description</th></tr>\n");
        for (ArmResult a : arms) {
            h.append("<tr><td>").append(esc(a.arm())).append("</td><td>").append(esc(a.description()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>Endpoints</h2>\n<table>\n<tr><th>endpoint</th>");
        for (ArmResult a : arms) {
            h.append("<th>").append(esc(a.arm())).append("</th>");
        }
        h.append("</tr>\n");
        row(h, "patients", arms, a -> Integer.toString(a.patients()));
        row(h, "patient-years of follow-up", arms, a -> fmt(a.patientYears(), 1));
        row(h, "patients with &ge; 1 SRE", arms, a -> a.patientsWithSre() + " (" + pct(a.shareWithSre()) + ")");
        row(h, "median time to first SRE, months (95% CI)", arms, a -> months(a.timeToFirstSreDays()));
        row(h, "SREs (all events)", arms, a -> Integer.toString(a.sreEvents()));
        row(h, "skeletal morbidity rate (SREs per patient-year)", arms, a -> fmt(a.smrPerPatientYear(), 2));
        row(h, "hypercalcaemia", arms, a -> a.patientsWithHypercalcaemia() + " (" + pct(a.hypercalcaemiaShare()) + ")");
        row(h, "median overall survival, months (95% CI)", arms, a -> months(a.overallSurvivalDays()));
        row(h, "left the study alive (withdrawn, censored)", arms, a -> a.patientsWithdrawn() + " (" + pct(a.withdrawnShare()) + ")");
        h.append("</table>\n");

        h.append("<h2>SREs by type</h2>\n<p>Events, and patients with at least one (share of the arm).</p>\n<table>\n"
                + "<tr><th>type</th>");
        for (ArmResult a : arms) {
            h.append("<th>").append(esc(a.arm())).append("</th>");
        }
        h.append("</tr>\n");
        for (int t = 0; t < arms.get(0).sreByType().size(); t++) {
            String type = arms.get(0).sreByType().get(t).type();
            h.append("<tr><th>").append(esc(type.replace('_', ' '))).append("</th>");
            for (ArmResult a : arms) {
                SreTypeCount c = a.sreByType().stream().filter(x -> x.type().equals(type)).findFirst().orElse(null);
                h.append("<td class=\"n\">").append(c == null ? "0"
                        : esc(c.events() + " events; " + c.patients() + " patients (" + pct(c.shareOfPatients())
                                + ")")).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>Hazard ratios versus ").append(esc(r.control().arm())).append("</h2>\n");
        if (arms.size() < 2) {
            h.append("<p>Only one arm: nothing to compare.</p>\n");
        } else {
            h.append("<table>\n<tr><th>arm</th><th>time to first SRE: HR (95% CI)</th><th>Wald p</th>"
                    + "<th>log-rank p</th><th>multiple SREs (Andersen-Gill): HR (95% CI)</th>"
                    + "<th>overall survival: HR (95% CI)</th><th>log-rank p</th></tr>\n");
            for (ArmResult a : arms.subList(1, arms.size())) {
                Comparison v = a.versusControl();
                h.append("<tr><td>").append(esc(a.arm())).append("</td>");
                cell(h, hr(v.firstSre()));
                cell(h, p(v.firstSre().p()));
                cell(h, p(v.firstSreLogRankP()));
                cell(h, hr(v.multipleEvents()));
                cell(h, hr(v.overallSurvival()));
                cell(h, p(v.osLogRankP()));
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }

        h.append("<h2>Kaplan-Meier curves</h2>\n<div class=\"charts\">\n");
        h.append("<figure>").append(svg(arms, true, "Freedom from skeletal-related event", "proportion without SRE"))
                .append("<figcaption>Time to first SRE (death censors).</figcaption></figure>\n");
        h.append("<figure>").append(svg(arms, false, "Overall survival", "proportion alive"))
                .append("<figcaption>Overall survival.</figcaption></figure>\n");
        h.append("</div>\n");

        h.append("<h2>How to read this</h2>\n<p>Each arm is the same set of virtual patients (common random numbers) "
                + "under a different treatment, so differences between arms come from the treatment, not from "
                + "different patients. A skeletal-related event (SRE) is a pathological fracture, spinal cord "
                + "compression, or radiation or surgery to bone. The Kaplan-Meier median is the time by which half "
                + "the patients have had the event; &ldquo;not reached&rdquo; means fewer than half had it during "
                + "follow-up. The skeletal morbidity rate counts every SRE, not only the first. A hazard ratio below "
                + "1 means the event happens at a lower rate than in the control arm (" + esc(r.control().arm())
                + "); a 95% confidence interval that excludes 1 (p &lt; 0.05) is conventionally called "
                + "significant. The Andersen-Gill ratio uses all SREs of each patient, with a robust variance that "
                + "allows for events of one patient being related. These are model outputs, not trial data.</p>\n");
        h.append("<p class=\"note\">").append(esc(NOTE)).append("</p>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void row(StringBuilder h, String labelHtml, List<ArmResult> arms,
            java.util.function.Function<ArmResult, String> value) {
        h.append("<tr><th>").append(labelHtml).append("</th>");
        for (ArmResult a : arms) {
            cell(h, value.apply(a));
        }
        h.append("</tr>\n");
    }

    private static void cell(StringBuilder h, String text) {
        h.append("<td class=\"n\">").append(esc(text)).append("</td>");
    }

    static String fmt(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "n/a";
    }

    static String pct(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f %%", 100 * share) : "n/a";
    }

    static String p(double p) {
        if (!Double.isFinite(p)) {
            return "n/a";
        }
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    static String months(Estimate e) {
        String m = Double.isFinite(e.value()) ? fmt(e.value() / DAYS_PER_MONTH, 1) : "not reached";
        String lo = Double.isFinite(e.lower()) ? fmt(e.lower() / DAYS_PER_MONTH, 1) : "n/a";
        String hi = Double.isFinite(e.upper()) ? fmt(e.upper() / DAYS_PER_MONTH, 1) : "not reached";
        return m + " (" + lo + " to " + hi + ")";
    }

    static String hr(HazardRatio h) {
        if (!Double.isFinite(h.hr())) {
            return "n/a";
        }
        return fmt(h.hr(), 2) + " (" + fmt(h.lower(), 2) + " to " + fmt(h.upper(), 2) + ")";
    }

    // ---------------------------------------------------------------- SVG

    /** A Kaplan-Meier chart as inline SVG: step curves, axes with ticks (x in months), legend with medians. */
    static String svg(List<ArmResult> arms, boolean firstSre, String title, String yLabel) {
        int w = 470;
        int hgt = 340;
        int left = 52;
        int right = 12;
        int top = 30;
        int bottom = 46;
        int legendLine = 16;
        int legendH = legendLine * arms.size() + 6;
        int totalH = hgt + legendH;
        double pw = w - left - right;
        double ph = hgt - top - bottom;
        double maxMonths = 0;
        for (ArmResult a : arms) {
            double[] t = (firstSre ? a.firstSreCurve() : a.overallSurvivalCurve()).time();
            maxMonths = Math.max(maxMonths, t[t.length - 1] / DAYS_PER_MONTH);
        }
        double step = niceStep(maxMonths <= 0 ? 1 : maxMonths);
        double xMax = Math.max(step, Math.ceil(maxMonths / step - 1e-9) * step);
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(totalH)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(totalH)
                .append("\" role=\"img\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"11\">\n");
        s.append("<title>").append(esc(title)).append("</title>\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        s.append("<text x=\"").append(w / 2).append("\" y=\"18\" text-anchor=\"middle\" font-size=\"13\" "
                + "font-weight=\"bold\">").append(esc(title)).append("</text>\n");
        // grid and ticks
        for (int i = 0; i <= 5; i++) {
            double v = i / 5.0;
            double y = top + ph * (1 - v);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e5e5e5\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>\n", left, y, left + pw, y, left - 5,
                    y + 4, v));
        }
        for (double m = 0; m <= xMax + 1e-9; m += step) {
            double x = left + pw * m / xMax;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n", x, top + ph, x, top + ph + 5,
                    x, top + ph + 17, trim(m)));
        }
        s.append(String.format(Locale.ROOT, "<polyline points=\"%d,%d %d,%.1f %.1f,%.1f\" fill=\"none\" "
                + "stroke=\"#333\"/>\n", left, top, left, top + ph, left + pw, top + ph));
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">months from "
                + "randomisation</text>\n", left + pw / 2, top + ph + 33));
        s.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%.1f\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 14 %.1f)\">%s</text>\n", top + ph / 2, top + ph / 2, esc(yLabel)));
        // curves
        for (int k = 0; k < arms.size(); k++) {
            ArmResult a = arms.get(k);
            Curve c = firstSre ? a.firstSreCurve() : a.overallSurvivalCurve();
            String colour = COLOURS[k % COLOURS.length];
            double[] t = c.time();
            double[] sv = c.survival();
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < t.length; i++) {
                double x = left + pw * t[i] / DAYS_PER_MONTH / xMax;
                if (i > 0) {
                    pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, top + ph * (1 - sv[i - 1])));
                }
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, top + ph * (1 - sv[i])));
            }
            s.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
                    .append(pts.toString().trim()).append("\"/>\n");
            // censor ticks (at most 200 per arm, to keep the file small)
            double[] cens = c.censorTimes();
            int every = Math.max(1, cens.length / 200);
            StringBuilder ticks = new StringBuilder();
            for (int i = 0; i < cens.length; i += every) {
                double x = left + pw * cens[i] / DAYS_PER_MONTH / xMax;
                double y = top + ph * (1 - c.survivalAt(cens[i]));
                ticks.append(String.format(Locale.ROOT, "M%.1f %.1fv-6", x, y + 3));
            }
            if (ticks.length() > 0) {
                s.append("<path fill=\"none\" stroke=\"").append(colour).append("\" d=\"").append(ticks)
                        .append("\"/>\n");
            }
            // legend
            double ly = hgt + legendLine * k + 4;
            Estimate med = firstSre ? a.timeToFirstSreDays() : a.overallSurvivalDays();
            String label = a.arm() + " (median " + (Double.isFinite(med.value())
                    ? fmt(med.value() / DAYS_PER_MONTH, 1) + " months" : "not reached") + ")";
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" "
                    + "stroke-width=\"3\"/><text x=\"%d\" y=\"%.1f\">%s</text>\n", left, ly, left + 22, ly, colour,
                    left + 28, ly + 4, esc(label)));
        }
        s.append("</svg>");
        return s.toString();
    }

    private static double niceStep(double range) {
        double raw = range / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double f : new double[] {1, 2, 3, 6, 12}) {
            if (f * mag >= raw) {
                return f * mag;
            }
        }
        return 12 * mag;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
