package org.osteomet.web;

import java.util.Optional;

import org.osteomet.anatomy.Site;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.random.PatientStreams;
import org.osteomet.sim.Entry;
import org.osteomet.sim.Event;
import org.osteomet.sim.EventType;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.sim.PatientOutcome;
import org.osteomet.sim.PatientSimulator;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.tumour.CancerType;

/**
 * The first breast-cancer seed whose patient tells the explorer's story: radiotherapy for bone pain without a
 * bone-targeted agent, and fewer skeletal-related events with zoledronic acid. Found with the model itself, so the
 * tests follow the model when it is recalibrated instead of pinning one patient's history.
 */
public record TeachingPatient(long seed, Site irradiatedForPain, Site firstBoneSite) {
    static final double FIVE_YEARS_DAYS = 5 * 365.25;
    private static final long MAX_SEED = 2000;

    public static TeachingPatient find() {
        StandardOfCare policy = StandardOfCare.defaults();
        PatientSimulator without = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST, policy, BoneTargetedAgent.PLACEBO);
        PatientSimulator with = new PatientSimulator(ModelCatalog.defaults(), CancerType.BREAST, policy, BoneTargetedAgent.ZOLEDRONIC_ACID);
        for (long seed = 1; seed <= MAX_SEED; seed++) {
            PatientOutcome a = without.run(0, new PatientStreams(seed), Entry.DIAGNOSIS, FIVE_YEARS_DAYS, null);
            Optional<Site> painRt = a.events().stream().filter(e -> e.type() == EventType.RADIATION_TO_BONE && e.detail().equals("pain"))
                    .map(Event::site).findFirst();
            if (painRt.isEmpty() || !a.hasBoneMetastasis()) {
                continue;
            }
            PatientOutcome b = with.run(0, new PatientStreams(seed), Entry.DIAGNOSIS, FIVE_YEARS_DAYS, null);
            if (b.skeletal().sreCount() < a.skeletal().sreCount()) {
                Site first = a.events().stream().filter(e -> e.type() == EventType.FIRST_BONE_METASTASIS).map(Event::site).findFirst()
                        .orElseThrow();
                return new TeachingPatient(seed, painRt.get(), first);
            }
        }
        throw new IllegalStateException("no breast patient among seeds 1-" + MAX_SEED + " is spared an SRE by zoledronic acid");
    }
}
