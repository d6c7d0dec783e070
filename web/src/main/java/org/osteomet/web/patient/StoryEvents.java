package org.osteomet.web.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osteomet.output.Story;
import org.osteomet.sim.PatientOutcome;

/**
 * The patient's course in the plain words of {@link Story} (the same text as {@code osteomet simulate}), split
 * into a headline, dated events and the closing lines.
 */
final class StoryEvents {
    /** Story's event lines: "day" + day from entry right-aligned + two spaces + text. */
    private static final Pattern EVENT = Pattern.compile("^day\\s+(-?\\d+)  (.*)$");
    private static final String SRE_MARK = "[SRE]";

    private StoryEvents() {
    }

    static Map<String, Object> of(PatientOutcome o, long seed) {
        List<String> lines = Story.lines(o, seed);
        List<Map<String, Object>> events = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String line : lines) {
            Matcher m = EVENT.matcher(line);
            if (m.matches()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("day", Integer.parseInt(m.group(1)));
                e.put("text", m.group(2));
                e.put("sre", m.group(2).contains(SRE_MARK));
                events.add(e);
            } else {
                other.add(line);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("headline", other.isEmpty() ? "" : other.get(0));
        m.put("events", events);
        m.put("closing", other.size() > 1 ? other.subList(1, other.size()) : List.of());
        return m;
    }
}
