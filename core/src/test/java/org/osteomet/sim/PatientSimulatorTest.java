package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osteomet.anatomy.Site;
import org.osteomet.param.ParameterSet;
import org.osteomet.random.PatientStreams;
import org.osteomet.tumour.CancerType;
import org.osteomet.tumour.ProfileKey;

class PatientSimulatorTest {
    private static final double FIVE_YEARS = 5 * PatientSimulator.DAYS_PER_YEAR;
    private final ParameterSet defaults = ModelCatalog.defaults();

    private List<PatientOutcome> run(ParameterSet p, CancerType type, Entry entry, int n, long seed) {
        PatientSimulator sim = new PatientSimulator(p, type);
        PatientStreams streams = new PatientStreams(seed);
        Workspace ws = sim.newWorkspace();
        List<PatientOutcome> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(sim.run(i, streams, entry, FIVE_YEARS, ws, null));
        }
        return out;
    }

    @Test
    void samePatientSameSeedGivesTheSameCourseEvenWithAReusedWorkspace() {
        PatientSimulator sim = new PatientSimulator(defaults, CancerType.BREAST);
        PatientStreams streams = new PatientStreams(7);
        Workspace ws = sim.newWorkspace();
        PatientOutcome first = sim.run(3, streams, Entry.DIAGNOSIS, FIVE_YEARS, ws, null);
        sim.run(4, streams, Entry.DIAGNOSIS, FIVE_YEARS, ws, null);
        PatientOutcome again = sim.run(3, streams, Entry.DIAGNOSIS, FIVE_YEARS, sim.newWorkspace(), null);
        assertThat(again).isEqualTo(first);
        assertThat(sim.run(3, new PatientStreams(8), Entry.DIAGNOSIS, FIVE_YEARS, ws, null)).isNotEqualTo(first);
    }

    @Test
    void everyOutcomeIsConsistent() {
        for (PatientOutcome o : run(defaults, CancerType.LUNG, Entry.DIAGNOSIS, 400, 11)) {
            assertThat(o.enrolled()).isTrue();
            assertThat(o.entryDay()).isEqualTo(o.diagnosisDay());
            assertThat(o.died()).isEqualTo(o.deathCause() != null);
            assertThat(o.followUpDays()).isBetween(0.0, FIVE_YEARS + 1e-9);
            List<Event> ev = o.events();
            for (int i = 1; i < ev.size(); i++) {
                assertThat(ev.get(i).day()).isGreaterThanOrEqualTo(ev.get(i - 1).day());
            }
            assertThat(ev).allSatisfy(e -> assertThat(e.day()).isLessThanOrEqualTo(o.endDay()));
            assertThat(ev.stream().filter(e -> e.type() == EventType.DEATH).count()).isEqualTo(o.died() ? 1 : 0);
            assertThat(ev.stream().filter(e -> e.type() == EventType.PRIMARY_DIAGNOSED).count()).isEqualTo(1);
            // Stage is distant exactly when a distant metastasis is detected at diagnosis.
            boolean distantAtDiagnosis = !Double.isNaN(o.firstMetastasisDay()) && o.firstMetastasisDay() <= o.diagnosisDay();
            assertThat(o.stage() == Stage.DISTANT).isEqualTo(distantAtDiagnosis);
            if (o.hasBoneMetastasis()) {
                assertThat(o.boneSites()).isNotEmpty();
                assertThat(o.firstBoneMetastasisDay()).isGreaterThanOrEqualTo(o.firstMetastasisDay());
            } else {
                assertThat(o.boneSites()).isEmpty();
            }
        }
    }

    @Test
    void entryAtFirstBoneMetastasisStartsTheClockThere() {
        List<PatientOutcome> all = run(defaults, CancerType.PROSTATE, Entry.BONE_METASTATIC, 600, 5);
        List<PatientOutcome> enrolled = all.stream().filter(PatientOutcome::enrolled).toList();
        assertThat(enrolled).isNotEmpty();
        assertThat(enrolled.size()).isLessThan(all.size());
        for (PatientOutcome o : enrolled) {
            assertThat(o.firstBoneMetastasisDay()).isEqualTo(o.entryDay());
            assertThat(o.dayFromEntry(o.firstBoneMetastasisDay())).isZero();
        }
        for (PatientOutcome o : all) {
            if (!o.enrolled()) {
                assertThat(o.hasBoneMetastasis()).isFalse();
            }
        }
    }

    @Test
    void entryAtFirstDistantMetastasisStartsTheClockThere() {
        for (PatientOutcome o : run(defaults, CancerType.BREAST, Entry.METASTATIC, 600, 6)) {
            if (o.enrolled()) {
                assertThat(o.firstMetastasisDay()).isEqualTo(o.entryDay());
                assertThat(o.firstMetastasisSite().siteClass().code()).isNotEqualTo("lymph_node");
            }
        }
    }

    @Test
    void withoutSoilNoMetastasisEverGrows() {
        ParameterSet barren = defaults;
        for (ProfileKey k : List.of(ProfileKey.SOIL_BONE, ProfileKey.SOIL_LUNG, ProfileKey.SOIL_LIVER, ProfileKey.SOIL_BRAIN,
                ProfileKey.SOIL_LYMPH_NODE)) {
            barren = barren.with(k.parameterName(CancerType.BREAST), 0.0);
        }
        for (PatientOutcome o : run(barren, CancerType.BREAST, Entry.DIAGNOSIS, 300, 2)) {
            assertThat(o.stage()).isEqualTo(Stage.LOCALIZED);
            assertThat(o.firstMetastasisDay()).isNaN();
            assertThat(o.events()).noneMatch(e -> e.type() == EventType.DORMANT_CELL_AWAKENED);
            if (o.died()) {
                assertThat(o.deathCause().isCancer()).isFalse();
            }
        }
    }

    @Test
    void richerBoneSoilGivesMoreBoneMetastasesOnTheSamePatients() {
        String soil = ProfileKey.SOIL_BONE.parameterName(CancerType.BREAST);
        long base = run(defaults, CancerType.BREAST, Entry.DIAGNOSIS, 1500, 3).stream().filter(PatientOutcome::hasBoneMetastasis).count();
        long richer = run(defaults.with(soil, 4 * defaults.get(soil)), CancerType.BREAST, Entry.DIAGNOSIS, 1500, 3).stream()
                .filter(PatientOutcome::hasBoneMetastasis).count();
        assertThat(richer).isGreaterThan(base + 20);
    }

    @Test
    void prostateLesionsAreMostlyBlasticAndBreastLesionsMostlyLytic() {
        long[] prostate = lesionTypeCounts(run(defaults, CancerType.PROSTATE, Entry.BONE_METASTATIC, 1500, 9));
        long[] breast = lesionTypeCounts(run(defaults, CancerType.BREAST, Entry.BONE_METASTATIC, 3000, 9));
        // index 0 lytic, 1 blastic, 2 mixed
        assertThat(prostate[1]).isGreaterThan(3 * prostate[0]);
        assertThat(breast[0]).isGreaterThan(3 * breast[1]);
        assertThat(breast[2]).isPositive();
    }

    @Test
    void lesionTypesAtEntryAreTheBonesDetectedByEntry() {
        int withBone = 0;
        for (PatientOutcome o : run(defaults, CancerType.BREAST, Entry.BONE_METASTATIC, 400, 5)) {
            // every detected bone is typed: its shared unit, its osteoblastic subclone's, or both
            Set<Site> typed = EnumSet.noneOf(Site.class);
            typed.addAll(o.boneLesionTypeBySite().keySet());
            typed.addAll(o.blasticCloneTypeBySite().keySet());
            assertThat(typed).isEqualTo(o.boneSites());
            assertThat(o.boneSites()).containsAll(o.boneLesionTypeAtEntry().keySet()).containsAll(o.blasticCloneTypeAtEntry().keySet());
            if (o.enrolled()) {
                // entry is the detection of the first bone metastasis: that bone is typed at entry
                assertThat(o.typedLesions(true)).isNotEmpty();
                withBone++;
            }
        }
        assertThat(withBone).isPositive();
        for (PatientOutcome o : run(defaults, CancerType.BREAST, Entry.DIAGNOSIS, 200, 5)) {
            if (o.hasBoneMetastasis() && o.firstBoneMetastasisDay() > o.entryDay()) {
                // detected after diagnosis: nothing was known at entry
                assertThat(o.typedLesions(true)).isEmpty();
            }
        }
    }

    /** Typed lesion units (a bone's shared one, an osteoblastic subclone's) by type, at the end of observation. */
    private static long[] lesionTypeCounts(List<PatientOutcome> outcomes) {
        long[] c = new long[3];
        for (PatientOutcome o : outcomes) {
            o.typedLesions(false).forEach(t -> c[t.ordinal()]++);
        }
        return c;
    }

    @Test
    void trajectoryObserverSeesEveryStepAndTheSitesOfDetectedLesions() {
        PatientSimulator sim = new PatientSimulator(defaults, CancerType.BREAST);
        List<Double> days = new ArrayList<>();
        boolean[] sawBoneLesion = {false};
        PatientOutcome o = null;
        for (int id = 0; id < 200 && (o == null || !o.hasBoneMetastasis()); id++) {
            days.clear();
            o = sim.run(id, new PatientStreams(1), Entry.BONE_METASTATIC, FIVE_YEARS, (day, snap) -> {
                days.add(day);
                for (Site s : Site.BONES) {
                    sawBoneLesion[0] |= snap.detectableLesions(s) > 0;
                }
            });
        }
        assertThat(o.hasBoneMetastasis()).isTrue();
        assertThat(sawBoneLesion[0]).isTrue();
        for (int i = 1; i < days.size(); i++) {
            assertThat(days.get(i) - days.get(i - 1)).isBetween(0.0, PatientSimulator.STEP_DAYS + 1e-9);
        }
    }

    @Test
    void noSiteHoldsMoreMetastasesThanTheBound() {
        String bound = org.osteomet.spread.SpreadParameters.MAX_LESIONS_PER_SITE.name();
        int most = mostFoundedAtOneSite(defaults);
        assertThat(most).as("the default model founds several deposits at some site").isGreaterThan(3);
        assertThat(mostFoundedAtOneSite(defaults.with(bound, 3))).isEqualTo(3);
        assertThat(notFollowed(defaults)).isZero();
        assertThat(notFollowed(defaults.with(bound, 3))).as("deposits beyond the bound are counted").isPositive();
    }

    @Test
    void aBoneHoldsAtMostOneMetastasisPerUnit() {
        // M_unit = 1: a vertebra, a rib or a proximal femur holds one growing tumour; later deposits join it. Without systemic
        // therapy nothing eradicates a bone metastasis (radiotherapy relieves pain only), so no unit is freed and seeded again.
        assertThat(defaults.get(org.osteomet.spread.SpreadParameters.LESIONS_PER_BONE_UNIT)).isEqualTo(1.0);
        PatientSimulator sim = new PatientSimulator(defaults, CancerType.BREAST,
                org.osteomet.clinical.StandardOfCare.defaults().withoutSystemicTherapy());
        Workspace ws = sim.newWorkspace();
        List<PatientOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            outcomes.add(sim.run(i, new PatientStreams(11), Entry.METASTATIC, FIVE_YEARS, ws, null));
        }
        boolean filled = false;
        for (PatientOutcome o : outcomes) {
            java.util.Map<Site, Integer> founded = new java.util.EnumMap<>(Site.class);
            for (Event e : o.events()) {
                if (e.type() == EventType.MICROMETASTASIS_ESTABLISHED && e.site().isBone()) {
                    int k = founded.merge(e.site(), 1, Integer::sum);
                    assertThat(k).as("%s in patient %d", e.site(), o.patientId()).isLessThanOrEqualTo(e.site().units());
                    filled |= k == e.site().units();
                }
            }
        }
        assertThat(filled).as("some bone has all its units taken").isTrue();
    }

    private long notFollowed(ParameterSet p) {
        return run(p, CancerType.BREAST, Entry.METASTATIC, 200, 11).stream().mapToLong(PatientOutcome::depositsNotFollowed).sum();
    }

    /** Largest number of micrometastases founded at one site in one patient, over 200 metastatic breast patients. */
    private int mostFoundedAtOneSite(ParameterSet p) {
        int most = 0;
        for (PatientOutcome o : run(p, CancerType.BREAST, Entry.METASTATIC, 200, 11)) {
            java.util.Map<Site, Integer> founded = new java.util.EnumMap<>(Site.class);
            for (Event e : o.events()) {
                if (e.type() == EventType.MICROMETASTASIS_ESTABLISHED) {
                    most = Math.max(most, founded.merge(e.site(), 1, Integer::sum));
                }
            }
        }
        return most;
    }
}
