package org.osteomet.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osteomet.sim.Event;
import org.osteomet.sim.EventType;
import org.osteomet.sim.PatientOutcome;

/** The patient's course in plain words, one line per event, days from entry. */
public final class Story {
    private Story() {
    }

    public static List<String> lines(PatientOutcome o, long seed) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "Virtual patient %d (seed %d): %s, diagnosed at age %.1f with a %.0f mm primary tumour, stage %s.",
                o.patientId(), seed, o.primary().diseaseName(), ageAtDiagnosis(o), o.primaryDiameterMm(),
                o.stage() == null ? "unknown" : o.stage().code()));
        for (Event e : o.events()) {
            String text = describe(o, e);
            if (text != null) {
                out.add(String.format(Locale.ROOT, "day %6d  %s", o.dayFromEntry(e.day()), text));
            }
        }
        String disease = Double.isNaN(o.firstMetastasisDay())
                ? o.primary().diseaseName() + " without detected distant metastasis"
                : o.primary().metastaticDiseaseName(o.hasBoneMetastasis());
        String end = o.died()
                ? String.format(Locale.ROOT, "died on day %d (%s)", o.dayFromEntry(o.deathDay()), o.deathCause().description())
                : String.format(Locale.ROOT, "alive at the end of follow-up, day %d", o.dayFromEntry(o.endDay()));
        out.add("Outcome: " + disease + "; " + end + ".");
        return out;
    }

    private static double ageAtDiagnosis(PatientOutcome o) {
        return o.ageAtEntry() - (o.entryDay() - o.diagnosisDay()) / 365.25;
    }

    private static String describe(PatientOutcome o, Event e) {
        String where = e.site() == null ? "" : e.site().displayName();
        return switch (e.type()) {
            case PRIMARY_DIAGNOSED -> o.primary().diseaseName() + " diagnosed (" + e.detail() + " stage)";
            case PRIMARY_TREATED -> "curative local treatment: " + e.detail() + " removed";
            case NODAL_METASTASIS_DETECTED -> "lymph node metastasis detected";
            case METASTASIS_DETECTED -> "metastasis detected: " + where + (e.detail().isEmpty() ? "" : ", " + e.detail());
            case FIRST_BONE_METASTASIS -> "first bone metastasis: " + where + ", " + e.detail()
                    + " - now " + o.primary().metastaticDiseaseName(true);
            case DEATH -> "death: " + deathText(o);
            case DORMANT_CELL_AWAKENED -> null;
            case MICROMETASTASIS_ELIMINATED -> "(hidden) the immune system clears a micrometastasis in the " + where;
            case MICROMETASTASIS_ESTABLISHED -> "(hidden) a micrometastasis escapes immunity in the " + where;
            case ANGIOGENIC_SWITCH -> "(hidden) angiogenic switch: the micrometastasis in the " + where + " grows its own blood supply";
        };
    }

    private static String deathText(PatientOutcome o) {
        return o.deathCause() == null ? "" : o.deathCause().description();
    }

    /** True for the event types the story prints. */
    public static boolean tells(EventType t) {
        return t != EventType.DORMANT_CELL_AWAKENED;
    }
}
