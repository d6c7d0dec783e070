package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.random.PatientStreams;
import org.osteomet.tumour.CancerType;

class SystemicTherapyTest {
    @TempDir
    Path tmp;

    @Test
    void linesStartAtMetastasisAndOnProgressionAndProlongLifeOnTheSamePatients() throws Exception {
        StandardOfCare policy = StandardOfCare.defaults();
        assertThat(policy.systemicLines("prostate")).extracting(StandardOfCare.SystemicLine::name)
                .containsExactly("androgen deprivation", "docetaxel");
        PatientSimulator untreated = new PatientSimulator(ModelCatalog.defaults(), CancerType.PROSTATE, policy.withoutSystemicTherapy());
        PatientSimulator treated = new PatientSimulator(ModelCatalog.defaults(), CancerType.PROSTATE, policy);
        double lifeUntreated = 0;
        double lifeTreated = 0;
        int n = 0;
        int secondLines = 0;
        for (int i = 0; i < 3000 && n < 60; i++) {
            PatientOutcome a = untreated.run(i, new PatientStreams(21), Entry.METASTATIC, 3650, null);
            if (!a.enrolled()) {
                continue;
            }
            PatientOutcome b = treated.run(i, new PatientStreams(21), Entry.METASTATIC, 3650, null);
            assertThat(b.enrolled()).isTrue();
            assertThat(b.entryDay()).isEqualTo(a.entryDay()); // treatment starts at the first metastasis: the past is shared
            assertThat(a.events()).noneMatch(e -> e.type() == EventType.SYSTEMIC_THERAPY_STARTED);
            assertThat(b.events()).anyMatch(e -> e.type() == EventType.SYSTEMIC_THERAPY_STARTED && e.detail().equals("androgen deprivation"));
            secondLines += (int) b.events().stream().filter(e -> e.type() == EventType.SYSTEMIC_THERAPY_STARTED && e.value() == 2).count();
            lifeUntreated += a.followUpDays();
            lifeTreated += b.followUpDays();
            n++;
        }
        assertThat(n).isEqualTo(60);
        assertThat(lifeTreated).isGreaterThan(1.2 * lifeUntreated);
        assertThat(secondLines).isPositive();
    }

    @Test
    void badLinesAreOneLine() throws Exception {
        String yaml = new String(StandardOfCare.class.getResourceAsStream("standard-of-care.yaml").readAllBytes(), StandardCharsets.UTF_8)
                .replace("systemic_therapy:\n", "systemic_therapy:\n  prostrate:\n    - {name: x, log_kill_per_day: 0.1, resistance_per_day: 0.1}\n");
        Path file = Files.writeString(tmp.resolve("bad.yaml"), yaml);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StandardOfCare.load(file))
                .isInstanceOf(StandardOfCare.PolicyException.class).hasMessageContaining("systemic_therapy.prostrate");
    }
}
