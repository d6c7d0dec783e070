package org.osteomet.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osteomet.random.PatientStreams;
import org.osteomet.sim.Entry;
import org.osteomet.sim.Event;
import org.osteomet.sim.EventType;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.sim.PatientOutcome;
import org.osteomet.sim.PatientSimulator;
import org.osteomet.tumour.CancerType;

class StoryTest {

    @Test
    void theHiddenBiologyLineAddsUpTheClearedCellsEachEventCarries() {
        PatientSimulator sim = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST);
        PatientOutcome o = sim.run(0, new PatientStreams(4), Entry.DIAGNOSIS, 5 * PatientSimulator.DAYS_PER_YEAR, null);
        List<Event> cleared = o.events().stream().filter(e -> e.type() == EventType.MICROMETASTASIS_ELIMINATED).toList();
        long cells = Math.round(cleared.stream().mapToDouble(Event::value).sum());
        long escaped = o.events().stream().filter(e -> e.type() == EventType.DORMANT_CELL_AWAKENED).count();
        long founded = o.events().stream().filter(e -> e.type() == EventType.MICROMETASTASIS_ESTABLISHED).count();
        // one event per site and step carries many cells
        assertThat(cells).isGreaterThan(cleared.size());
        String expected = String.format("Hidden biology: %d dormant tumour cells woke up; the immune system cleared %d of them, "
                + "and %d founded micrometastases.", escaped + cells, cells, founded);
        assertThat(Story.lines(o, 4)).contains(expected);
    }
}
