package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.anatomy.Site;
import org.osteomet.output.CohortFiles;
import org.osteomet.tumour.CancerType;

class CohortRunnerTest {
    @TempDir
    Path tmp;

    private Path runToFiles(int threads, Entry entry, String name) throws Exception {
        Path dir = tmp.resolve(name);
        CohortConfig config = new CohortConfig(CancerType.BREAST, 1500, 5, 42, entry, threads, ModelCatalog.defaults());
        CohortSummary summary = new CohortSummary(config);
        try (CohortFiles files = new CohortFiles(dir, summary, true)) {
            CohortRunner.Result r = new CohortRunner(true).run(config, files, null);
            summary.setScreened(r.screened());
            files.writeSummary(true);
        }
        return dir;
    }

    @Test
    void filesAreByteIdenticalWithOneOrTwoThreads() throws Exception {
        for (Entry entry : List.of(Entry.DIAGNOSIS, Entry.BONE_METASTATIC)) {
            Path one = runToFiles(1, entry, entry.code() + "-1");
            Path two = runToFiles(2, entry, entry.code() + "-2");
            for (String f : List.of("patients.csv", "events.csv", "summary.json")) {
                assertThat(Files.readAllBytes(two.resolve(f))).as(entry + " " + f).isEqualTo(Files.readAllBytes(one.resolve(f)));
            }
        }
    }

    @Test
    void patientsAreConservedAndEnrolledInCandidateOrder() throws Exception {
        CohortConfig config = new CohortConfig(CancerType.PROSTATE, 700, 3, 5, Entry.BONE_METASTATIC, 2, ModelCatalog.defaults());
        List<PatientOutcome> seen = new ArrayList<>();
        CohortRunner.Result r = new CohortRunner().run(config, seen::addAll, null);
        assertThat(r.enrolled()).isEqualTo(700);
        assertThat(seen).hasSize(700).allMatch(PatientOutcome::enrolled);
        assertThat(r.screened()).isGreaterThan(700).isEqualTo(seen.get(seen.size() - 1).patientId() + 1);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).patientId()).isGreaterThan(seen.get(i - 1).patientId());
        }
        CohortSummary s = new CohortSummary(config);
        s.add(seen);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Long> deaths = (java.util.Map<String, Long>) s.toMap().get("deaths_by_cause");
        long died = deaths.values().stream().mapToLong(Long::longValue).sum();
        assertThat(died).isEqualTo(seen.stream().filter(PatientOutcome::died).count());
        assertThat(s.shareWithBoneMetastasis()).isEqualTo(1.0);
        assertThat(s.medianDaysToFirstBoneMetastasis()).isZero();
    }

    @Test
    void droppingHiddenEventsChangesNothingElse() throws Exception {
        CohortConfig config = new CohortConfig(CancerType.BREAST, 300, 5, 3, Entry.METASTATIC, 2, ModelCatalog.defaults());
        List<PatientOutcome> kept = new ArrayList<>();
        List<PatientOutcome> dropped = new ArrayList<>();
        new CohortRunner(true).run(config, kept::addAll, null);
        new CohortRunner(false).run(config, dropped::addAll, null);
        assertThat(dropped).hasSameSizeAs(kept);
        long hidden = 0;
        for (int i = 0; i < kept.size(); i++) {
            PatientOutcome k = kept.get(i);
            PatientOutcome d = dropped.get(i);
            List<Event> clinicalOnly = k.events().stream().filter(e -> e.type().isClinical()).toList();
            hidden += k.events().size() - clinicalOnly.size();
            assertThat(d.events()).isEqualTo(clinicalOnly);
            assertThat(d).usingRecursiveComparison().withComparatorForType(Double::compare, Double.class).ignoringFields("events")
                    .isEqualTo(k);
        }
        assertThat(hidden).as("the kept run has per-cell events to drop").isPositive();
    }

    @Test
    void theMandibleReceivesMetastasesAndTheOutputsNameIt() throws Exception {
        // about 1% of breast patients with bone metastases have one in the jaw by default (0.8% of the red marrow,
        // reached by arterial and caval blood only, not by the vertebral plexus): 600 patients make it all but certain
        CohortConfig config = new CohortConfig(CancerType.BREAST, 600, 10, 1, Entry.BONE_METASTATIC, 1, ModelCatalog.defaults());
        CohortSummary summary = new CohortSummary(config);
        List<PatientOutcome> seen = new ArrayList<>();
        Path dir = tmp.resolve("jaw");
        try (CohortFiles files = new CohortFiles(dir, summary, false)) {
            CohortRunner.Result r = new CohortRunner().run(config, chunk -> {
                seen.addAll(chunk);
                files.accept(chunk);
            }, null);
            summary.setScreened(r.screened());
            files.writeSummary(true);
        }
        List<PatientOutcome> jaw = seen.stream().filter(o -> o.boneSites().contains(Site.MANDIBLE)).toList();
        assertThat(jaw).as("patients with a mandibular metastasis").isNotEmpty();
        long skull = seen.stream().filter(o -> o.boneSites().contains(Site.CRANIUM)).count();
        assertThat((long) jaw.size()).as("rarer than in the cranium (7.6% of the marrow, plexus drained)").isLessThan(skull);
        for (PatientOutcome o : jaw) {
            assertThat(o.boneLesionTypeBySite().containsKey(Site.MANDIBLE) || o.blasticCloneTypeBySite().containsKey(Site.MANDIBLE)).isTrue();
            assertThat(o.events()).anyMatch(e -> e.site() == Site.MANDIBLE && e.type() == EventType.METASTASIS_DETECTED);
        }
        assertThat(Files.readAllLines(dir.resolve("patients.csv")).stream().skip(1).filter(l -> l.contains("mandible")))
                .hasSameSizeAs(jaw);
        assertThat(Files.readString(dir.resolve("events.csv"))).contains(",mandible,");
        assertThat(summary.shareOfBonePatients(Site.MANDIBLE)).isCloseTo((double) jaw.size() / seen.size(), within(1e-12));
        assertThat(Files.readString(dir.resolve("summary.json"))).contains("\"mandible\"");
    }

    @Test
    void diagnosisEntryEnrolsEveryone() throws Exception {
        CohortConfig config = new CohortConfig(CancerType.KIDNEY, 600, 2, 1, Entry.DIAGNOSIS, 2, ModelCatalog.defaults());
        CohortRunner.Result r = new CohortRunner().run(config, chunk -> { }, null);
        assertThat(r.enrolled()).isEqualTo(600);
        assertThat(r.screened()).isEqualTo(600);
    }
}
