package org.osteomet.web.patient;

import java.util.ArrayList;
import java.util.List;

import org.osteomet.anatomy.Site;
import org.osteomet.bone.LesionType;
import org.osteomet.sim.SiteSnapshot;
import org.osteomet.sim.StepObserver;

/** Keeps what the page replays of every simulation step (weekly): per site burden, lesions, type, bone mass, pain. */
final class FrameRecorder implements StepObserver {
    /** One step's state; arrays are indexed by {@link Site#ordinal()}. */
    record Frame(double day, double serumCalcium, double primaryCells, double[] cells, int[] detectableLesions,
                 LesionType[] types, double[] boneMassPercent, double[] pain) {
    }

    private final List<Frame> frames = new ArrayList<>();

    @Override
    public void afterStep(double day, SiteSnapshot s) {
        int n = Site.COUNT;
        double[] cells = new double[n];
        int[] detectable = new int[n];
        LesionType[] types = new LesionType[n];
        double[] boneMass = new double[n];
        double[] pain = new double[n];
        for (Site site : Site.ALL) {
            int i = site.ordinal();
            cells[i] = s.tumourCells(site);
            detectable[i] = s.detectableLesions(site);
            types[i] = s.lesionType(site);
            boneMass[i] = s.boneMassPercent(site);
            pain[i] = s.pain(site);
        }
        frames.add(new Frame(day, s.serumCalcium(), s.primaryCells(), cells, detectable, types, boneMass, pain));
    }

    List<Frame> frames() {
        return List.copyOf(frames);
    }
}
