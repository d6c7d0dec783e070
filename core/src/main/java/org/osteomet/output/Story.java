package org.osteomet.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osteomet.sim.Event;
import org.osteomet.sim.EventType;
import org.osteomet.sim.PatientOutcome;
import org.osteomet.sim.PatientSimulator;

/** The patient's course in plain words, one line per event, days from entry. */
public final class Story {
    private static final double MONTHS_PER_YEAR = 12;
    /** A course within this many years of a whole number is told in whole years (1826 d: "5 years"). */
    private static final double WHOLE_YEAR_TOLERANCE = 0.05;

    private Story() {
    }

    /** The clinical course, with a one-line summary of the hidden biology. */
    public static List<String> lines(PatientOutcome o, long seed) {
        return lines(o, seed, false);
    }

    /** The course; with {@code hidden}, also the biology no clinic sees (immune escape, angiogenic switch). */
    public static List<String> lines(PatientOutcome o, long seed, boolean hidden) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "Virtual patient %d (seed %d): %s, diagnosed at age %.1f with a %.0f mm %s, stage %s.",
                o.patientId(), seed, o.primary().diseaseName(), ageAtDiagnosis(o), o.primaryDiameterMm(), o.primary().origin().primaryName(),
                o.stage() == null ? "unknown" : o.stage().code()));
        String previous = null;
        int repeats = 0;
        for (Event e : o.events()) {
            if ((!hidden && !e.type().isClinical()) || isAlsoFirstBoneMetastasis(o, e)) {
                continue;
            }
            String text = describe(o, e);
            if (text == null) {
                continue;
            }
            String line = String.format(Locale.ROOT, "day %6d  %s", o.dayFromEntry(e.day()), text);
            if (line.equals(previous)) {
                repeats++; // several lesions found at one visit: one line
                continue;
            }
            flush(out, previous, repeats);
            previous = line;
            repeats = 1;
        }
        flush(out, previous, repeats);
        String disease = Double.isNaN(o.firstMetastasisDay())
                ? o.primary().localDiseaseName()
                : o.primary().metastaticDiseaseName(o.hasBoneMetastasis());
        String end = o.died()
                ? String.format(Locale.ROOT, "died on day %d (%s)", o.dayFromEntry(o.deathDay()), o.deathCause().description())
                : String.format(Locale.ROOT, "alive at the end of follow-up, day %d", o.dayFromEntry(o.endDay()));
        // each elimination event carries the number of cells cleared at its site over one step
        long cleared = Math.round(o.events().stream().filter(e -> e.type() == EventType.MICROMETASTASIS_ELIMINATED)
                .mapToDouble(Event::value).sum());
        long awakened = count(o, EventType.DORMANT_CELL_AWAKENED) + cleared;
        long established = count(o, EventType.MICROMETASTASIS_ESTABLISHED);
        out.add(String.format(Locale.ROOT, "Hidden biology: %d dormant tumour cells woke up; the immune system cleared %d of "
                + "them, and %d founded micrometastases.", awakened, cleared, established));
        out.add("Outcome: " + disease + "; " + end + ".");
        return out;
    }

    private static void flush(List<String> out, String line, int times) {
        if (line != null) {
            out.add(times > 1 ? line + " (x" + times + ")" : line);
        }
    }

    /** The detection that is also the first bone metastasis is told once, as the latter. */
    private static boolean isAlsoFirstBoneMetastasis(PatientOutcome o, Event e) {
        return e.type() == EventType.METASTASIS_DETECTED && e.day() == o.firstBoneMetastasisDay()
                && o.events().stream().anyMatch(f -> f.type() == EventType.FIRST_BONE_METASTASIS && f.site() == e.site());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static long count(PatientOutcome o, EventType type) {
        return o.events().stream().filter(e -> e.type() == type).count();
    }

    private static double ageAtDiagnosis(PatientOutcome o) {
        return o.ageAtEntry() - (o.entryDay() - o.diagnosisDay()) / 365.25;
    }

    private static String describe(PatientOutcome o, Event e) {
        String where = e.site() == null ? "" : e.site().displayName();
        String lesion = o.primary().origin().lesionName();
        return switch (e.type()) {
            case PRIMARY_DIAGNOSED -> o.primary().diseaseName() + " diagnosed (" + e.detail() + " stage)";
            case PRIMARY_TREATED -> "curative local treatment: " + e.detail() + " removed";
            case NODAL_METASTASIS_DETECTED -> "lymph node metastasis detected";
            case METASTASIS_DETECTED -> lesion + " detected: " + where + (e.detail().isEmpty() ? "" : ", " + e.detail());
            case FIRST_BONE_METASTASIS -> "first bone " + lesion + ": " + where + ", " + e.detail()
                    + " - now " + o.primary().metastaticDiseaseName(true);
            case BONE_PAIN -> e.detail() + " bone pain (" + fmt(e.value()) + "/10): " + where;
            case ANALGESIC_STEP -> "analgesics, WHO step " + (int) e.value() + ": " + e.detail();
            case HYPERCALCAEMIA -> String.format(Locale.ROOT, "hypercalcaemia, serum calcium %.2f mmol/L, %s", e.value(), e.detail());
            case HYPERCALCAEMIA_TREATED -> String.format(Locale.ROOT, "hypercalcaemia treated (serum calcium %.2f mmol/L): %s",
                    e.value(), e.detail());
            case PATHOLOGICAL_FRACTURE -> e.detail() + " of the " + where + " [SRE]";
            case SPINAL_CORD_COMPRESSION -> "spinal cord compression at the " + where + ", " + e.detail() + " [SRE]";
            case RADIATION_TO_BONE -> "radiotherapy to the " + where + " for " + e.detail() + " [SRE]";
            case SURGERY_TO_BONE -> "surgery to the " + where + ": " + e.detail() + " [SRE]";
            case HYPERCALCAEMIA_SRE -> "hypercalcaemia counted as a skeletal-related event [SRE]";
            case THERAPY_CHANGE_FOR_BONE_PAIN -> "systemic therapy changed " + e.detail() + " for bone pain in the " + where + " [SRE]";
            case DEATH -> "death: " + deathText(o);
            case WITHDRAWN_FROM_STUDY -> String.format(Locale.ROOT, "left the study alive after %.0f days: follow-up ends", e.value());
            case DORMANT_CELL_AWAKENED -> null;
            case MICROMETASTASIS_ELIMINATED -> null; // summed in the summary line: one event per site and step, thousands of cells
            case MICROMETASTASIS_ESTABLISHED -> "(hidden) a micrometastasis escapes immunity in the " + where;
            case ADJUVANT_THERAPY_STARTED -> "adjuvant " + e.detail() + " for " + courseLength(e.value());
            case SYSTEMIC_THERAPY_STARTED -> String.format(Locale.ROOT, "systemic therapy, line %.0f: %s", e.value(), e.detail());
            case RESISTANCE_EMERGED -> "(hidden) a clone resistant to " + e.detail() + " takes over"
                    + (e.site() == null ? " the primary" : " in the " + where);
            case ANGIOGENIC_SWITCH -> "(hidden) angiogenic switch: the micrometastasis in the " + where + " grows its own blood supply";
        };
    }

    /** A course length in days as years, or months below a year. */
    private static String courseLength(double days) {
        double years = days / PatientSimulator.DAYS_PER_YEAR;
        if (years < 1) {
            return String.format(Locale.ROOT, "%.0f months", years * MONTHS_PER_YEAR);
        }
        return String.format(Locale.ROOT, Math.abs(years - Math.rint(years)) < WHOLE_YEAR_TOLERANCE ? "%.0f years" : "%.1f years", years);
    }

    private static String deathText(PatientOutcome o) {
        return o.deathCause() == null ? "" : o.deathCause().description();
    }

}
