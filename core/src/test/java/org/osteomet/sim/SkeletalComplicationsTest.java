package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.anatomy.Site;
import org.osteomet.clinical.BilskyGrade;
import org.osteomet.clinical.ClinicalParameters;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.ParameterSet;
import org.osteomet.physiology.CalciumBalance;
import org.osteomet.physiology.CalciumParameters;
import org.osteomet.random.PatientStreams;
import org.osteomet.tumour.CancerType;

class SkeletalComplicationsTest {
    private static final double FIVE_YEARS = 5 * PatientSimulator.DAYS_PER_YEAR;
    private final ParameterSet defaults = ModelCatalog.defaults();

    private List<PatientOutcome> bonePatients(CancerType type, int candidates, long seed) {
        PatientSimulator sim = new PatientSimulator(defaults, type);
        Workspace ws = sim.newWorkspace();
        List<PatientOutcome> out = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            PatientOutcome o = sim.run(i, new PatientStreams(seed), Entry.BONE_METASTATIC, FIVE_YEARS, ws, null);
            if (o.enrolled()) {
                out.add(o);
            }
        }
        return out;
    }

    @Test
    void calciumIsConservedOverWholeSimulations() {
        double ecf0 = new CalciumBalance(defaults).ecfCalciumMmol();
        for (CancerType type : List.of(CancerType.BREAST, CancerType.PROSTATE)) {
            PatientSimulator sim = new PatientSimulator(defaults, type);
            Workspace ws = sim.newWorkspace();
            int checked = 0;
            for (int i = 0; i < 1200 && checked < 25; i++) {
                PatientOutcome o = sim.run(i, new PatientStreams(3), Entry.BONE_METASTATIC, FIVE_YEARS, ws, null);
                if (!o.enrolled()) {
                    continue;
                }
                checked++;
                CalciumBalance ca = ws.skeleton.calcium();
                double inBodyChange = (ca.ecfCalciumMmol() - ecf0) + ws.skeleton.trackedBoneCalciumMmol();
                double netIntake = ca.absorbedMmol() - ca.excretedMmol();
                assertThat(inBodyChange).as("%s patient %d", type, i).isCloseTo(netIntake, within(1e-6 * (1 + ca.absorbedMmol())));
                assertThat(ca.releasedFromBoneMmol() + ca.depositedInBoneMmol()).isPositive();
            }
            assertThat(checked).isEqualTo(25);
        }
    }

    @Test
    void cordCompressionArisesOnlyFromSpinalLesions() {
        long compressions = 0;
        for (PatientOutcome o : bonePatients(CancerType.BREAST, 2500, 4)) {
            for (Event e : o.events()) {
                if (e.type() == EventType.SPINAL_CORD_COMPRESSION) {
                    compressions++;
                    assertThat(e.site().isSpinal()).as(e.toString()).isTrue();
                    assertThat(e.detail()).startsWith("Bilsky ");
                }
            }
        }
        assertThat(compressions).isPositive();
    }

    @Test
    void skeletalRelatedEventsAreCountedAsTheyHappen() {
        long patientsWithSre = 0;
        for (PatientOutcome o : bonePatients(CancerType.PROSTATE, 1500, 5)) {
            List<Event> sres = o.events().stream().filter(e -> e.type().isSkeletalRelatedEvent()).toList();
            assertThat(o.skeletal().sreCount()).isEqualTo(sres.size());
            assertThat(o.skeletal().fractureCount())
                    .isEqualTo(sres.stream().filter(e -> e.type() == EventType.PATHOLOGICAL_FRACTURE).count());
            assertThat(sres).allSatisfy(e -> assertThat(e.site()).isNotNull());
            if (sres.isEmpty()) {
                assertThat(o.skeletal().firstSreDay()).isNaN();
            } else {
                patientsWithSre++;
                assertThat(o.skeletal().firstSreDay()).isEqualTo(sres.get(0).day());
            }
            assertThat(o.skeletal().maxSerumCalcium()).isBetween(1.0, 5.0);
        }
        assertThat(patientsWithSre).isPositive();
    }

    @Test
    void noSkeletalEventPrecedesTheDetectionOfABoneMetastasis() {
        int withSre = 0;
        for (PatientOutcome o : bonePatients(CancerType.BREAST, 1500, 5)) {
            for (Event e : o.events()) {
                if (e.type().isSkeletalRelatedEvent() || e.type() == EventType.BONE_PAIN) {
                    assertThat(e.day()).as("%s of patient %d", e, o.patientId()).isGreaterThanOrEqualTo(o.firstBoneMetastasisDay());
                    assertThat(o.dayFromEntry(e.day())).isNotNegative();
                }
            }
            if (!Double.isNaN(o.skeletal().firstSreDay())) {
                withSre++;
            }
        }
        assertThat(withSre).isPositive();
    }

    @Test
    void fractureRiskRisesWithBoneLossAndLoad() {
        Complications c = new Complications(defaults, StandardOfCare.defaults());
        assertThat(c.fractureHazard(0, true)).isZero();
        double previous = 0;
        for (double loss = 0.05; loss <= 1.0; loss += 0.05) {
            double h = c.fractureHazard(loss, true);
            assertThat(h).isGreaterThan(previous);
            assertThat(c.fractureHazard(loss, false)).isLessThan(h);
            previous = h;
        }
    }

    @Test
    void aLumbarLesionCompressesLaterThanAThoracicOneOfTheSameVolume() {
        Complications c = new Complications(defaults, StandardOfCare.defaults());
        boolean thoracicOnly = false;
        for (double cm3 = 0; cm3 <= 60; cm3 += 0.5) {
            BilskyGrade thoracic = c.bilsky(Site.THORACIC_SPINE, cm3, 0);
            BilskyGrade lumbar = c.bilsky(Site.LUMBAR_SPINE, cm3, 0);
            assertThat(lumbar.ordinal()).as("%.1f cm3", cm3).isLessThanOrEqualTo(thoracic.ordinal());
            thoracicOnly |= thoracic.compressesCord() && !lumbar.compressesCord();
        }
        assertThat(thoracicOnly).isTrue();
        // The difference is the anatomy's: with the thoracic level's geometry the lumbar level behaves alike.
        ParameterSet same = defaults
                .with(ClinicalParameters.VERTEBRAL_BODY_LUMBAR_CM3.name(), defaults.get(ClinicalParameters.VERTEBRAL_BODY_THORACIC_CM3))
                .with(ClinicalParameters.EPIDURAL_COMPRESSION_LUMBAR_CM3.name(),
                        defaults.get(ClinicalParameters.EPIDURAL_COMPRESSION_THORACIC_CM3));
        Complications alike = new Complications(same, StandardOfCare.defaults());
        for (double cm3 = 0; cm3 <= 60; cm3 += 0.5) {
            assertThat(alike.bilsky(Site.LUMBAR_SPINE, cm3, 0)).isEqualTo(alike.bilsky(Site.THORACIC_SPINE, cm3, 0));
        }
        assertThatThrownBy(() -> c.bilsky(Site.FEMUR_LEFT, 50, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLumbarBodyCollapsesWithLessDestroyedThanAThoracicOneAsTaneichiFound() {
        Complications c = new Complications(defaults, StandardOfCare.defaults());
        // Taneichi 1997: 35-40% of a T10-L5 body, 50-60% of a T1-T10 body
        assertThat(c.collapses(Site.LUMBAR_SPINE, 0.45)).isTrue();
        assertThat(c.collapses(Site.THORACIC_SPINE, 0.45)).isFalse();
        assertThat(c.collapses(Site.THORACIC_SPINE, 0.6)).isTrue();
        assertThat(c.collapses(Site.LUMBAR_SPINE, 0.3)).isFalse();
        assertThatThrownBy(() -> c.collapses(Site.FEMUR_LEFT, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlasticBodyIsWeakenedOnlyAsFarAsItsWovenBoneIsWeak() {
        Complications c = new Complications(defaults, StandardOfCare.defaults());
        double qT = defaults.get(ClinicalParameters.TUMOUR_STRENGTH_LOSS);
        // lytic: all of the lesion's bone is gone
        assertThat(c.weakenedBodyShare(0.7, 1, 0)).isCloseTo(0.7, within(1e-12));
        assertThat(c.collapses(Site.THORACIC_SPINE, c.weakenedBodyShare(0.7, 1, 0))).isTrue();
        // blastic: the woven bone that replaced it keeps 1 - q_T of its strength
        assertThat(c.weakenedBodyShare(1, 0, 0)).isCloseTo(qT, within(1e-12));
        for (double r = 0; r < 0.95; r += 0.1) {
            assertThat(c.weakenedBodyShare(0.8, r + 0.1, 0)).isGreaterThan(c.weakenedBodyShare(0.8, r, 0));
        }
        // woven bone as weak as none: a tumour-filled blastic body collapses like a lytic one; as strong as normal: never
        Complications weak = new Complications(defaults.with(ClinicalParameters.TUMOUR_STRENGTH_LOSS.name(), 1.0), StandardOfCare.defaults());
        assertThat(weak.collapses(Site.THORACIC_SPINE, weak.weakenedBodyShare(0.7, 0, 0))).isTrue();
        Complications sound = new Complications(defaults.with(ClinicalParameters.TUMOUR_STRENGTH_LOSS.name(), 0.0), StandardOfCare.defaults());
        assertThat(sound.collapses(Site.LUMBAR_SPINE, sound.weakenedBodyShare(1, 0, 0))).isFalse();
    }

    @Test
    void aSpinalSiteKeepsItsLargestLesionsOnePerVertebraLargestFirst() {
        Complications c = new Complications(defaults, StandardOfCare.defaults());
        c.reset();
        assertThat(c.largestVertebralLesions(Site.THORACIC_SPINE)).isEmpty();
        int vertebrae = Site.THORACIC_SPINE.units();
        for (int k = 1; k <= vertebrae + 2; k++) {
            c.addLesion(Site.THORACIC_SPINE.ordinal(), 1e6 * ((k * 7) % 17 + 1), false, k);
        }
        double[] kept = c.largestVertebralLesions(Site.THORACIC_SPINE);
        assertThat(kept).hasSize(vertebrae);
        for (int k = 1; k < kept.length; k++) {
            assertThat(kept[k]).isLessThanOrEqualTo(kept[k - 1]);
        }
        assertThat(kept[0]).isEqualTo(17e6);
        // a lesion smaller than all kept ones in a full site changes nothing
        c.addLesion(Site.THORACIC_SPINE.ordinal(), 1.0, false, 99);
        assertThat(c.largestVertebralLesions(Site.THORACIC_SPINE)).containsExactly(kept);
        // a new step starts empty, and a non-spinal site keeps none
        c.beginStep();
        assertThat(c.largestVertebralLesions(Site.THORACIC_SPINE)).isEmpty();
        assertThat(c.largestVertebralLesions(Site.RIBS)).isEmpty();
    }

    @Test
    void eachCollapsedVertebraIsOneSurveyFractureAndStaysCollapsedWhenItsLesionShrinks() {
        Complications c = new Complications(defaults, StandardOfCare.defaults());
        double bodyCells = defaults.get(ClinicalParameters.VERTEBRAL_BODY_LUMBAR_CM3)
                * defaults.get(org.osteomet.spread.SpreadParameters.CELLS_PER_CM3);
        c.reset();
        // three lumbar vertebrae filled by lytic lesions, a fourth barely touched
        c.beginStep();
        for (int row = 1; row <= 3; row++) {
            c.addLesion(Site.LUMBAR_SPINE.ordinal(), bodyCells, false, row);
        }
        c.addLesion(Site.LUMBAR_SPINE.ordinal(), bodyCells / 100, false, 4);
        c.assessVertebralBodies(Site.LUMBAR_SPINE, 1.0);
        RecordingSink baseline = new RecordingSink();
        assertThat(c.survey(10, true, baseline)).isZero(); // found at entry: not on-study events
        assertThat(baseline.count(EventType.PATHOLOGICAL_FRACTURE)).isZero();

        // treatment shrinks them all; later a fourth vertebra fills up
        c.beginStep();
        for (int row = 1; row <= 3; row++) {
            c.addLesion(Site.LUMBAR_SPINE.ordinal(), bodyCells / 100, false, row);
        }
        c.addLesion(Site.LUMBAR_SPINE.ordinal(), bodyCells, false, 4);
        c.assessVertebralBodies(Site.LUMBAR_SPINE, 1.0);
        RecordingSink onStudy = new RecordingSink();
        assertThat(c.survey(100, false, onStudy)).isEqualTo(1);
        assertThat(onStudy.count(EventType.PATHOLOGICAL_FRACTURE)).isEqualTo(1);
        // a second survey finds nothing new
        assertThat(c.survey(190, false, new RecordingSink())).isZero();

        // a blastic body (nothing resorbed) with q_T as calibrated does not collapse
        c.reset();
        c.beginStep();
        c.addLesion(Site.LUMBAR_SPINE.ordinal(), bodyCells, false, 1);
        c.assessVertebralBodies(Site.LUMBAR_SPINE, 0.0);
        assertThat(c.survey(100, false, new RecordingSink()))
                .isEqualTo(c.collapses(Site.LUMBAR_SPINE, c.weakenedBodyShare(1, 0, 0)) ? 1 : 0);
    }

    /** Records what the complications report, without a patient behind them. */
    private static final class RecordingSink implements Complications.Sink {
        final List<Event> events = new ArrayList<>();
        final List<Site> irradiated = new ArrayList<>();

        @Override
        public void event(double day, EventType type, Site site, double value, String detail) {
            events.add(new Event(day, type, site, value, detail));
        }

        @Override
        public void irradiate(Site site, org.osteomet.therapy.RadiotherapyFractionation fractionation) {
            irradiated.add(site);
        }

        @Override
        public void reveal(Site site, double day) {
        }

        @Override
        public void treatHypercalcaemia(double day) {
        }

        long count(EventType type) {
            return events.stream().filter(e -> e.type() == type).count();
        }
    }

    /** One assessment of one step in which each given bone holds one lesion of the given size. */
    private RecordingSink assessOnce(Complications c, double painSensitivity, double cells, boolean epidural, Site... sites) {
        Skeleton skeleton = new Skeleton(defaults, CancerType.BREAST);
        skeleton.reset();
        skeleton.beginStep();
        c.reset();
        c.setPainSensitivity(painSensitivity);
        c.beginStep();
        int row = 1;
        for (Site site : sites) {
            skeleton.addLesion(site.ordinal(), cells, -0.5);
            c.addLesion(site.ordinal(), cells, epidural, row++);
        }
        skeleton.advance(PatientSimulator.STEP_DAYS, cells * sites.length, cells * sites.length, 0);
        boolean[] known = new boolean[Site.COUNT];
        java.util.Arrays.fill(known, true);
        RecordingSink sink = new RecordingSink();
        c.assess(100, PatientSimulator.STEP_DAYS, skeleton, known, new PatientStreams(1).stream(0, PatientStreams.Process.CLINICAL), sink);
        return sink;
    }

    @Test
    void onlyALesionGrowingTowardTheCanalCompressesTheCord() {
        // 30 cm3 in a thoracic body of 12.7 cm3: far past the compressing volume once it is in the canal
        double cells = 30 * defaults.get(org.osteomet.spread.SpreadParameters.CELLS_PER_CM3);
        Complications c = new Complications(defaults, StandardOfCare.defaults());
        assertThat(assessOnce(c, 0, cells, false, Site.THORACIC_SPINE).count(EventType.SPINAL_CORD_COMPRESSION)).isZero();
        assertThat(assessOnce(c, 0, cells, true, Site.THORACIC_SPINE).count(EventType.SPINAL_CORD_COMPRESSION)).isEqualTo(1);
    }

    @Test
    void theEpiduralDrawIsMadeForEachVertebralLesion() {
        // breast patients followed from their first bone metastasis: the workspace's lesion table after each run
        double p = defaults.get(ClinicalParameters.EPIDURAL_SHARE);
        PatientSimulator sim = new PatientSimulator(defaults, CancerType.BREAST);
        Workspace ws = sim.newWorkspace(false);
        int spinal = 0;
        int toward = 0;
        int regionsWithBoth = 0;
        for (int i = 0; i < 600; i++) {
            sim.run(i, new PatientStreams(9), Entry.BONE_METASTATIC, FIVE_YEARS, ws, null);
            LesionTable t = ws.lesions;
            int[] flagged = new int[Site.COUNT];
            int[] all = new int[Site.COUNT];
            for (int j = 1; j < t.size; j++) {
                Site site = Site.ALL.get(t.site[j]);
                if (!site.isSpinal()) {
                    assertThat(t.epidural[j]).as("%s lesion of patient %d", site, i).isFalse();
                    continue;
                }
                spinal++;
                all[site.ordinal()]++;
                if (t.epidural[j]) {
                    toward++;
                    flagged[site.ordinal()]++;
                }
            }
            for (int s = 0; s < Site.COUNT; s++) {
                regionsWithBoth += flagged[s] > 0 && flagged[s] < all[s] ? 1 : 0;
            }
        }
        // about p_epi of the vertebral lesions (binomial, 4 sd), and regions whose lesions differ: one draw per lesion
        assertThat(spinal).isGreaterThan(400);
        assertThat((double) toward).isCloseTo(spinal * p, within(4 * Math.sqrt(spinal * p * (1 - p))));
        assertThat(regionsWithBoth).isPositive();
    }

    @Test
    void painfulBonesFoundTogetherShareOneRadiotherapyCourse(@TempDir Path dir) throws Exception {
        // the built-in policy with radiotherapy that kills tumour, so the sink sees every irradiated bone
        String yaml;
        try (var in = StandardOfCare.class.getResourceAsStream("standard-of-care.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(yaml).contains("radiotherapy_kills_tumour: false");
        Path policy = Files.writeString(dir.resolve("policy.yaml"), yaml.replace("radiotherapy_kills_tumour: false", "radiotherapy_kills_tumour: true"));
        StandardOfCare killing = StandardOfCare.load(policy);
        Complications c = new Complications(defaults, killing);
        double cells = 5 * defaults.get(org.osteomet.spread.SpreadParameters.CELLS_PER_CM3);
        RecordingSink two = assessOnce(c, 50, cells, false, Site.FEMUR_LEFT, Site.RIBS);
        assertThat(two.count(EventType.RADIATION_TO_BONE)).isEqualTo(1);
        assertThat(two.irradiated).containsExactlyInAnyOrder(Site.FEMUR_LEFT, Site.RIBS);
        Event course = two.events.stream().filter(e -> e.type() == EventType.RADIATION_TO_BONE).findFirst().orElseThrow();
        // the course is named after its most painful bone (ties: the first in atlas order), the others listed
        Site first = Site.RIBS.ordinal() < Site.FEMUR_LEFT.ordinal() ? Site.RIBS : Site.FEMUR_LEFT;
        Site second = first == Site.RIBS ? Site.FEMUR_LEFT : Site.RIBS;
        Site named = c.pain(second.ordinal()) > c.pain(first.ordinal()) ? second : first;
        assertThat(course.site()).isEqualTo(named);
        Site other = named == Site.RIBS ? Site.FEMUR_LEFT : Site.RIBS;
        assertThat(course.detail()).isEqualTo("pain; same course: " + other.displayName());
        RecordingSink one = assessOnce(c, 50, cells, false, Site.FEMUR_LEFT);
        assertThat(one.count(EventType.RADIATION_TO_BONE)).isEqualTo(1);
        assertThat(one.events.stream().filter(e -> e.type() == EventType.RADIATION_TO_BONE).findFirst().orElseThrow().detail())
                .isEqualTo("pain");
    }

    /** The built-in policy with both re-irradiation shares set to {@code share}. */
    private static StandardOfCare retreating(Path dir, double share) throws Exception {
        String yaml;
        try (var in = StandardOfCare.class.getResourceAsStream("standard-of-care.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String edited = yaml.replaceAll("retreatment_share_nonresponders: [0-9.]+", "retreatment_share_nonresponders: " + share)
                .replaceAll("retreatment_share_after_relapse: [0-9.]+", "retreatment_share_after_relapse: " + share);
        assertThat(edited).isNotEqualTo(yaml);
        return StandardOfCare.load(Files.writeString(dir.resolve("policy-" + share + ".yaml"), edited));
    }

    /** Bones given a second pain course, over prostate patients followed two years from their first bone metastasis. */
    private int boneReirradiations(StandardOfCare policy) {
        PatientSimulator sim = new PatientSimulator(defaults, CancerType.PROSTATE, policy);
        Workspace ws = sim.newWorkspace(false);
        int again = 0;
        for (int i = 0; i < 1500; i++) {
            PatientOutcome o = sim.run(i, new PatientStreams(12), Entry.BONE_METASTATIC, 2 * PatientSimulator.DAYS_PER_YEAR, ws, null);
            java.util.Map<Site, Integer> courses = new java.util.EnumMap<>(Site.class);
            for (Event e : o.events()) {
                if (e.type() == EventType.RADIATION_TO_BONE && e.detail().startsWith("pain")) {
                    // a course names its most painful bone and lists the others it treated
                    for (Site s : Site.BONES) {
                        if (s == e.site() || e.detail().contains(s.displayName())) {
                            courses.merge(s, 1, Integer::sum);
                        }
                    }
                }
            }
            again += (int) courses.values().stream().filter(n -> n > 1).count();
        }
        return again;
    }

    @Test
    void aBoneIsIrradiatedAgainForPainOnlyInTheShareThePolicyGives(@TempDir Path dir) throws Exception {
        int never = boneReirradiations(retreating(dir, 0.0));
        int published = boneReirradiations(StandardOfCare.defaults());
        int always = boneReirradiations(retreating(dir, 1.0));
        assertThat(never).isZero();
        assertThat(published).isPositive().isLessThan(always / 2);
    }

    @Test
    void patientsWhoFeelLessPainAreSpreadFurtherFromTheMedian() {
        // sigma_P = 0: everyone has the median sensitivity; a wide spread leaves many patients below moderate pain
        String sd = ClinicalParameters.PAIN_SENSITIVITY_LOG_SD.name();
        int uniform = patientsWithModeratePain(defaults.with(sd, 0.0));
        int spread = patientsWithModeratePain(defaults.with(sd, 2.5));
        assertThat(uniform).isGreaterThan(60);
        assertThat(spread).isLessThan(uniform * 9 / 10);
    }

    private int patientsWithModeratePain(ParameterSet p) {
        PatientSimulator sim = new PatientSimulator(p, CancerType.PROSTATE);
        Workspace ws = sim.newWorkspace(false);
        int n = 0;
        for (int i = 0; i < 1500; i++) {
            PatientOutcome o = sim.run(i, new PatientStreams(8), Entry.BONE_METASTATIC, PatientSimulator.DAYS_PER_YEAR, ws, null);
            if (o.enrolled() && o.events().stream().anyMatch(e -> e.type() == EventType.BONE_PAIN)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void withoutHumoralPthrpFewerBreastPatientsBecomeHypercalcaemic() {
        assertThat(hypercalcaemicPatients(defaults)).isGreaterThan(
                hypercalcaemicPatients(defaults.with(CalciumParameters.PTHRP_BREAST.name(), 1e-9)));
    }

    private int hypercalcaemicPatients(ParameterSet p) {
        PatientSimulator sim = new PatientSimulator(p, CancerType.BREAST);
        Workspace ws = sim.newWorkspace();
        int n = 0;
        for (int i = 0; i < 300; i++) {
            PatientOutcome o = sim.run(i, new PatientStreams(6), Entry.METASTATIC, 10 * PatientSimulator.DAYS_PER_YEAR, ws, null);
            if (o.enrolled() && o.events().stream().anyMatch(e -> e.type() == EventType.HYPERCALCAEMIA)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void lyticDiseaseLosesBoneAndBlasticDiseaseBuildsIt() {
        // at the first bone site at the end of follow-up (death, mostly), % of normal
        assertThat(meanFinalBoneMass(CancerType.BREAST)).isLessThan(98);
        assertThat(meanFinalBoneMass(CancerType.PROSTATE)).isGreaterThan(103);
    }

    private double meanFinalBoneMass(CancerType type) {
        PatientSimulator sim = new PatientSimulator(defaults, type);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < 1200 && n < 80; i++) {
            double[] last = new double[Site.COUNT];
            PatientOutcome o = sim.run(i, new PatientStreams(8), Entry.BONE_METASTATIC, 3 * PatientSimulator.DAYS_PER_YEAR, (day, snap) -> {
                for (Site s : Site.BONES) {
                    last[s.ordinal()] = snap.boneMassPercent(s);
                }
            });
            if (o.enrolled()) {
                Site first = o.events().stream().filter(e -> e.type() == EventType.FIRST_BONE_METASTASIS).findFirst().orElseThrow().site();
                sum += last[first.ordinal()];
                n++;
            }
        }
        return sum / n;
    }
}
