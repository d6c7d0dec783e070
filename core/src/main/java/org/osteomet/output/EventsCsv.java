package org.osteomet.output;

import java.io.IOException;
import java.io.Writer;

import org.osteomet.sim.Event;
import org.osteomet.sim.PatientOutcome;

/** events.csv: one row per event, days from the patient's entry (negative before it). */
public final class EventsCsv {
    public static final String HEADER = "patient_id,day,event,site,value,detail";

    private EventsCsv() {
    }

    public static void writeHeader(Writer w) throws IOException {
        w.write(HEADER);
        w.write('\n');
    }

    /** Writes the patient's events; biological (normally hidden) ones only when {@code all}. */
    public static void write(Writer w, PatientOutcome o, boolean all) throws IOException {
        StringBuilder b = new StringBuilder(64 * o.events().size());
        for (Event e : o.events()) {
            if (!all && !e.type().isClinical()) {
                continue;
            }
            b.append(o.patientId()).append(',')
                    .append(o.dayFromEntry(e.day())).append(',')
                    .append(e.type().code()).append(',')
                    .append(e.site() == null ? "" : e.site().code()).append(',')
                    .append(Csv.num(e.value())).append(',')
                    .append(e.detail())
                    .append('\n');
        }
        w.write(b.toString());
    }
}
