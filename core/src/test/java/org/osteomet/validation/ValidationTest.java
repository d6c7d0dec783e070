package org.osteomet.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osteomet.anatomy.Site;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.sim.CohortConfig;
import org.osteomet.sim.CohortRunner;
import org.osteomet.sim.Entry;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.sim.PatientOutcome;
import org.osteomet.tumour.CancerType;

class ValidationTest {
    @Test
    void everyRowOfTheSharedTargetsIsInTheRepositoryOnceAndAdditionsAreMarked() throws IOException {
        List<Target> targets = TargetsFile.defaults();
        Path csv = Path.of("../../shared/targets/calibration.csv");
        if (Files.exists(csv)) { // beside the repository on the developers' machines
            Set<String> ids = Files.readAllLines(csv, StandardCharsets.UTF_8).stream().filter(l -> l.matches("^T\\d{3},.*"))
                    .map(l -> l.substring(0, 4)).collect(Collectors.toSet());
            // osteomet's own additions (T9xx) are not rows of the shared file; every shared row is here once
            assertThat(targets).extracting(Target::id).filteredOn(id -> !id.startsWith("T9")).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(ids).noneMatch(id -> id.startsWith("T9"));
        }
        // additions are check targets, or fit targets whose source says what was set against them (the trials' withdrawal)
        assertThat(targets).filteredOn(t -> t.id().startsWith("T9")).isNotEmpty().anyMatch(t -> t.role() == TargetRole.CHECK)
                .allMatch(t -> t.role() == TargetRole.CHECK || t.role() == TargetRole.FIT && t.source().contains("set by hand against it"));
        assertThat(targets).hasSizeGreaterThanOrEqualTo(70);
        assertThat(targets).allSatisfy(t -> {
            assertThat(t.source()).isNotBlank();
            assertThat(t.statistic().kind().needsCohort()).isEqualTo(t.experiment() != null);
        });
        // fitting and checking targets are both present and kept apart
        assertThat(targets).anyMatch(t -> t.role() == TargetRole.FIT).anyMatch(t -> t.role() == TargetRole.CHECK);
    }

    @Test
    void aTargetIsMeasuredOnItsExperimentAsComputedByHand() throws Exception {
        List<Target> t = TargetsFile.defaults().stream().filter(x -> x.id().equals("T003") || x.id().equals("T161")).toList();
        Validation v = new Validation(ModelCatalog.defaults(), StandardOfCare.defaults(), new Validation.Settings(60, 5, 2, 0));
        double[] measured = v.measure(t);

        // T003's experiment enrols its patients_factor times the run's 60 patients
        List<PatientOutcome> metastatic = cohort(CancerType.BREAST, 60 * t.get(0).experiment().patientsFactor(), Entry.METASTATIC, 30);
        double bone = 100.0 * metastatic.stream().filter(PatientOutcome::hasBoneMetastasis).count() / metastatic.size();
        // T161's trial protocol: prevalent enrolment, skeletal surveys every 3 months, hypercalcaemia an SRE, patients
        // leaving the study alive at the rate set against Lipton 2000's discontinuations (T909).
        StandardOfCare protocol = StandardOfCare.defaults().withSkeletalSurveys(TimeUnit.MONTHS.toDays(3)).withHypercalcaemiaAsSre(true)
                .withStudyWithdrawal(0.25);
        List<PatientOutcome> trial = new ArrayList<>();
        int trialPatients = 60 * t.get(1).experiment().patientsFactor();
        new CohortRunner().run(new CohortConfig(CancerType.BREAST, trialPatients, 2, 5, Entry.PREVALENT_BONE_METASTATIC_PROGRESSING, 1,
                ModelCatalog.defaults(), protocol), trial::addAll, null);
        double sre = 100.0 * trial.stream().filter(o -> o.events().stream().anyMatch(e -> e.type().isSkeletalRelatedEvent()
                && e.day() >= o.entryDay() && e.day() <= o.endDay() && e.day() - o.entryDay() <= 24 * 365.25 / 12)).count() / trial.size();

        assertThat(t.get(0).id()).isEqualTo("T003");
        assertThat(measured[0]).isEqualTo(bone);
        assertThat(measured[1]).isEqualTo(sre);
    }

    private static List<PatientOutcome> cohort(CancerType type, int patients, Entry entry, double years) throws Exception {
        List<PatientOutcome> out = new ArrayList<>();
        new CohortRunner().run(new CohortConfig(type, patients, years, 5, entry, 1, ModelCatalog.defaults()), out::addAll, null);
        return out;
    }

    @Test
    void everyAtlasBoneIsAModelInputReadBackFromCristysTable() throws Exception {
        List<Target> marrow = TargetsFile.defaults().stream().filter(t -> t.statistic().kind() == StatisticKind.RED_MARROW_SHARE).toList();
        List<TargetResult> results = new Validation(ModelCatalog.defaults(), StandardOfCare.defaults(), new Validation.Settings(10, 1, 1, 0))
                .run(marrow, null);
        Set<Site> covered = EnumSet.noneOf(Site.class);
        for (TargetResult r : results) {
            assertThat(r.target().role()).as(r.target().id()).isEqualTo(TargetRole.INPUT);
            assertThat(r.simulated()).as(r.target().id()).isCloseTo(r.target().value(), within(1e-9));
            assertThat(r.status()).as(r.target().id()).isEqualTo(TargetResult.Status.WITHIN);
            covered.addAll(r.target().statistic().sites());
        }
        assertThat(results).extracting(r -> r.target().id()).contains("T135", "T136", "T147");
        assertThat(covered).containsExactlyInAnyOrderElementsOf(Site.BONES);
        TargetResult mandible = results.stream().filter(r -> r.target().id().equals("T136")).findFirst().orElseThrow();
        assertThat(mandible.target().statistic().sites()).containsExactly(Site.MANDIBLE);
        assertThat(mandible.simulated()).isEqualTo(0.8);
        assertThat(mandible.target().source()).doesNotContain("no mandible");
    }

    @Test
    void resultsDoNotDependOnThreadsAndIntervalsBracketTheValue() throws Exception {
        List<Target> t = TargetsFile.defaults().stream().filter(x -> Set.of("T004", "T229", "T140").contains(x.id())).toList();
        List<TargetResult> one = new Validation(ModelCatalog.defaults(), StandardOfCare.defaults(), new Validation.Settings(80, 3, 1, 50))
                .run(t, null);
        List<String> intervalsReported = new ArrayList<>();
        List<TargetResult> two = new Validation(ModelCatalog.defaults(), StandardOfCare.defaults(), new Validation.Settings(80, 3, 2, 50))
                .run(t, new Validation.Progress() {
                    @Override
                    public void cohortDone(int done, int total, Experiment e) {
                    }

                    @Override
                    public void intervalDone(int done, int total, Target target) {
                        assertThat(total).isEqualTo(t.size());
                        intervalsReported.add(target.id());
                    }
                });
        // the intervals are bootstrapped in parallel, yet equal to one thread's and reported in target order
        assertThat(two).isEqualTo(one);
        assertThat(intervalsReported).containsExactlyElementsOf(t.stream().map(Target::id).toList());
        // and each target's interval is its own: listing the targets the other way round changes none of them
        List<Target> reversed = new ArrayList<>(t);
        java.util.Collections.reverse(reversed);
        List<TargetResult> back = new ArrayList<>(new Validation(ModelCatalog.defaults(), StandardOfCare.defaults(),
                new Validation.Settings(80, 3, 2, 50)).run(reversed, null));
        java.util.Collections.reverse(back);
        assertThat(back).isEqualTo(one);
        for (TargetResult r : one) {
            if (r.target().experiment() != null) {
                assertThat(r.ciLow()).isLessThanOrEqualTo(r.ciHigh());
            }
        }
        TargetResult fracture = one.stream().filter(r -> r.target().id().equals("T229")).findFirst().orElseThrow();
        assertThat(fracture.ciHigh() - fracture.ciLow()).isPositive(); // 80 patients: a share with real uncertainty
    }

    @Test
    void patientsFactorEnrolsThatMultipleOfTheRunsPatientsSplitByWeight() throws Exception {
        String yaml = "- {id: X1, quantity: q, value: 1, unit: '%', role: fit, statistic: share_with_bone_metastasis, population: {breast: 3, lung: 1},"
                + " entry: metastatic, years: 5, patients_factor: 5, source: s}\n"
                + "- {id: X2, quantity: q, value: 1, unit: '%', role: fit, statistic: share_with_bone_metastasis, population: {breast: 3, lung: 1},"
                + " entry: metastatic, years: 5, source: s}";
        List<Target> targets = TargetsFile.parse(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml");
        assertThat(targets.get(0).experiment().patientsPerPrimary(40)).containsEntry(CancerType.BREAST, 150).containsEntry(CancerType.LUNG, 50);
        assertThat(targets.get(1).experiment().patientsPerPrimary(40)).containsEntry(CancerType.BREAST, 30).containsEntry(CancerType.LUNG, 10);
        // a different enrolment is a different experiment: the two targets do not share one cohort
        assertThat(targets.get(0).experiment()).isNotEqualTo(targets.get(1).experiment());
        assertThat(targets.get(0).experiment().describe()).endsWith(", x5 patients");

        // the factor reaches the simulation: five times the patients leave a narrower interval around the same kind of share
        List<TargetResult> results = new Validation(ModelCatalog.defaults(), StandardOfCare.defaults(), new Validation.Settings(40, 7, 1, 50))
                .run(targets, null);
        // an interval shrinks as 1/sqrt(n): about 0.45 times as wide with five times the patients
        assertThat(results.get(0).ciHigh() - results.get(0).ciLow()).isLessThan(0.7 * (results.get(1).ciHigh() - results.get(1).ciLow()));
    }

    @Test
    void targetsOsteometAddedAreCountedApartFromTheCalibrationTable() {
        String row = "quantity: q, value: 70, low: 65, high: 75, unit: '%', role: fit, statistic: share_with_bone_metastasis,"
                + " population: {breast: 1}, entry: metastatic, years: 5, source: s";
        List<Target> targets = TargetsFile.parse(("- {id: X1, " + row + "}\n- {id: X2, " + row + ", origin: osteomet}\n"
                + "- {id: X3, " + row + ", origin: calibration.csv}").getBytes(StandardCharsets.UTF_8), "t.yaml");
        assertThat(targets).extracting(Target::origin)
                .containsExactly(TargetOrigin.CALIBRATION_CSV, TargetOrigin.OSTEOMET, TargetOrigin.CALIBRATION_CSV);
        List<Target> more = TargetsFile.parse(("- {id: X4, quantity: q, value: 3, unit: '%', role: input, statistic: red_marrow_share,"
                + " sites: [ribs], source: s}\n- {id: X5, quantity: q, value: 1, unit: '%', role: check, statistic: not_simulated,"
                + " source: s, origin: osteomet}").getBytes(StandardCharsets.UTF_8), "t.yaml");
        // X1 within, X3 a miss (calibration table: 1 of 2; the input X4 is not counted); X2 within and X5, not simulated, a
        // miss (osteomet's own: 1 of 2)
        ValidationReport report = new ValidationReport(List.of(new TargetResult(targets.get(0), 70, 68, 72),
                new TargetResult(targets.get(1), 66, 64, 68), new TargetResult(targets.get(2), 90, 88, 92),
                new TargetResult(more.get(0), 3, Double.NaN, Double.NaN), new TargetResult(more.get(1), Double.NaN, Double.NaN, Double.NaN)));
        assertThat(report.headline()).startsWith("2 of 4 targets within range");
        assertThat(report.byOrigin()).isEqualTo("calibration.csv targets: 1 of 2 within range (50%); osteomet's own targets: 1 of 2 within range (50%)");
        assertThat(report.markdown("osteomet validate")).contains("By origin: calibration.csv targets: 1 of 2")
                .contains("| X2 | q | fit | osteomet | 65-75 |");
        // one origin only (a user's own file): no split
        assertThat(new ValidationReport(List.of(new TargetResult(targets.get(0), 70, 68, 72))).byOrigin()).isEmpty();
        assertThatThrownBy(() -> TargetsFile.parse(("- {id: X1, " + row + ", origin: pubmed}").getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: origin: must be calibration.csv or osteomet, got 'pubmed'");
    }

    @Test
    void theBuiltInTargetsMarkEveryTargetAddedByTheProject() {
        // a target whose source says it is not a calibration-table row must carry origin: osteomet, and only those do
        for (Target t : TargetsFile.defaults()) {
            boolean added = t.source().contains("not in calibration.csv") || t.source().contains("osteomet's own target");
            assertThat(t.origin()).as(t.id()).isEqualTo(added ? TargetOrigin.OSTEOMET : TargetOrigin.CALIBRATION_CSV);
        }
    }

    @Test
    void withdrawalIsPartOfTheExperimentAndBadValuesAreOneLine() {
        String head = "- {id: X1, quantity: q, value: 1, unit: '%', role: fit, statistic: share_with_bone_metastasis, population: {breast: 1}, entry: metastatic, years: 5, source: s, ";
        List<Target> targets = TargetsFile.parse((head + "withdrawal_per_year: 0.2}\n" + head.replace("X1", "X2") + "withdrawal_per_year: 0}")
                .getBytes(StandardCharsets.UTF_8), "t.yaml");
        // a different protocol, a different cohort; none is the default
        assertThat(targets.get(0).experiment()).isNotEqualTo(targets.get(1).experiment());
        assertThat(targets.get(0).experiment().withdrawalPerYear()).isEqualTo(0.2);
        assertThat(targets.get(0).experiment().describe()).contains("0.2/y withdraw alive");
        assertThat(targets.get(0).experiment().protocol(StandardOfCare.defaults()).withdrawalPerYear()).isEqualTo(0.2);
        assertThat(targets.get(1).experiment().protocol(StandardOfCare.defaults()).withdrawalPerYear()).isZero();
        // the experiment's protocol decides, 0 included: a --policy rate does not reach population cohorts
        assertThat(targets.get(1).experiment().protocol(StandardOfCare.defaults().withStudyWithdrawal(0.5)).withdrawalPerYear()).isZero();
        assertThatThrownBy(() -> TargetsFile.parse((head + "withdrawal_per_year: -1}").getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: withdrawal_per_year: must be in [0, 10] per year (0 = none), got -1");
        assertThatThrownBy(() -> TargetsFile.parse((head + "withdrawal_per_year: 'often'}").getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessageStartingWith("t.yaml: X1: withdrawal_per_year").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 1, unit: '%', role: input, statistic: red_marrow_share, sites: [ribs], withdrawal_per_year: 1, source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: withdrawal_per_year: only for targets with a simulated experiment, not red_marrow_share");
    }

    @Test
    void badPatientsFactorIsOneLineNamingTheField() {
        String head = "- {id: X1, quantity: q, value: 1, unit: '%', role: fit, statistic: share_with_bone_metastasis, population: {breast: 1}, entry: metastatic, years: 5, source: s, ";
        assertThatThrownBy(() -> TargetsFile.parse((head + "patients_factor: 0}").getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: patients_factor: must be a whole number in [1, 50], got 0");
        assertThatThrownBy(() -> TargetsFile.parse((head + "patients_factor: 2.5}").getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: patients_factor: must be a whole number in [1, 50], got 2.5");
        assertThatThrownBy(() -> TargetsFile.parse((head + "patients_factor: 51}").getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: patients_factor: must be a whole number in [1, 50], got 51");
        assertThatThrownBy(() -> TargetsFile.parse((head + "patients_factor: 'five'}").getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessageStartingWith("t.yaml: X1: patients_factor").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 1, unit: '%', role: input, statistic: red_marrow_share, sites: [ribs], patients_factor: 2, source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: patients_factor: only for targets with a simulated experiment, not red_marrow_share");
    }

    @Test
    void badTargetFilesAreOneLineNamingTargetAndField() {
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 1, unit: '%', role: fit, statistic: share_with_bone_metastasis, population: {breast: 1}, entry: metastatic, years: 5, source: s, colour: red}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: unknown field 'colour'");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 1, unit: '%', role: fit, statistic: share_with_sre, population: {breast: 1}, entry: metastatic, years: 5, source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessageContaining("X1: months");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 1, unit: '%', role: fit, statistic: share_with_bone_metastasis, population: {brest: 1}, entry: metastatic, years: 5, source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessageContaining("X1: population: unknown primary 'brest'");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 1, unit: weeks, role: fit, statistic: median_survival, population: {breast: 1}, entry: metastatic, years: 5, source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessageContaining("X1: unit");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 1, unit: '%', role: input, statistic: red_marrow_share, sites: [ribs], skeletal_survey_months: 3, source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: skeletal_survey_months: only for targets with a simulated experiment, not red_marrow_share");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 1, unit: days, role: fit, statistic: mean_time_diagnosis_to_bone, population: {breast: 1}, entry: diagnosis, years: 10, study_follow_up_years: [11, 1], source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: study_follow_up_years: need 0 <= min <= max <= 100 and max > 0, got [11.0, 1.0]");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 1, unit: days, role: fit, statistic: mean_time_diagnosis_to_bone, population: {breast: 1}, entry: metastatic, years: 10, study_follow_up_years: [1, 11], source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: study_follow_up_years: counts from diagnosis, so it needs entry: diagnosis");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 1, unit: '%', role: fit, statistic: share_with_sre, months: 12, population: {prostate: 1}, entry: bone-metastatic, years: 2, study_follow_up_years: [1, 2], source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: study_follow_up_years: only for mean_time_diagnosis_to_bone and median_time_diagnosis_to_bone");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 1, unit: days, role: fit, statistic: mean_time_diagnosis_to_bone, population: {breast: 1}, entry: diagnosis, years: 10, study_follow_up_years: 5, source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: study_follow_up_years: must be [min, max] in years, e.g. [1, 11]");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 1, unit: '%', role: fit, statistic: share_with_sre, months: 12, population: {prostate: 1}, entry: bone-metastatic, years: 2, therapy_change_sre: yes please, source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: therapy_change_sre: must be true or false");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 1, unit: '%', role: fit, statistic: kaplan_meier_bone_incidence, months: 12, population: {prostate: 1}, entry: metastatic, years: 2, source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: entry: kaplan_meier_bone_incidence counts from diagnosis, so it needs entry: diagnosis");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 50, unit: '%', role: fit, statistic: share_with_stage_at_diagnosis, stage: distant, population: {lung: 1}, entry: metastatic, years: 1, source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: entry: share_with_stage_at_diagnosis counts from diagnosis, so it needs entry: diagnosis");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 50, unit: '%', role: fit, statistic: share_with_stage_at_diagnosis, population: {lung: 1}, entry: diagnosis, years: 1, source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: stage: share_with_stage_at_diagnosis needs one of: localized, regional, distant");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 50, unit: '%', role: fit, statistic: share_with_stage_at_diagnosis, stage: metastatic, population: {lung: 1}, entry: diagnosis, years: 1, source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: stage: unknown 'metastatic'; choose one of: localized, regional, distant");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 50, unit: '%', role: fit, statistic: share_with_bone_metastasis, stage: distant, population: {lung: 1}, entry: diagnosis, years: 1, source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: stage: only for share_with_stage_at_diagnosis");
        assertThat(TargetsFile.parse("- {id: X1, quantity: q, value: 1, unit: '%', role: fit, statistic: share_with_sre, months: 12, population: {prostate: 1}, entry: bone-metastatic, years: 2, therapy_change_sre: true, source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml")
                .get(0).experiment().protocol(org.osteomet.clinical.StandardOfCare.defaults()).countsTherapyChangeForBonePainAsSre()).isTrue();
    }

    @Test
    void lesionTypeOptionsAreReadAndChecked() {
        String lesion = "- {id: X1, quantity: q, value: 1, unit: '%%', role: check, statistic: %s, lesion_type: mixed, population: {breast: 1}, "
                + "entry: bone-metastatic, years: 2, source: s%s}";
        Statistic s = TargetsFile.parse(lesion.formatted("share_with_lesion_type", ", at: entry, requires_lesion_type: osteolytic")
                .getBytes(StandardCharsets.UTF_8), "t.yaml").get(0).statistic();
        assertThat(s.lesionsAt()).isEqualTo(LesionTime.ENTRY);
        assertThat(s.requiredLesionType()).isEqualTo(org.osteomet.bone.LesionType.OSTEOLYTIC);
        Statistic byDefault = TargetsFile.parse(lesion.formatted("share_of_lesions_of_type", "").getBytes(StandardCharsets.UTF_8), "t.yaml")
                .get(0).statistic();
        assertThat(byDefault.lesionsAt()).isEqualTo(LesionTime.END);
        assertThat(byDefault.requiredLesionType()).isNull();
        assertThatThrownBy(() -> TargetsFile.parse(lesion.formatted("share_with_lesion_type", ", at: baseline").getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessage("t.yaml: X1: at: must be end or entry, got 'baseline'");
        assertThatThrownBy(() -> TargetsFile.parse(lesion.formatted("share_with_lesion_type", ", requires_lesion_type: lytic").getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessageContaining("X1: requires_lesion_type: unknown 'lytic'");
        assertThatThrownBy(() -> TargetsFile.parse(lesion.formatted("share_with_bone_metastasis", ", at: entry").getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessageContaining("X1: at, requires_lesion_type: only for");
        assertThatThrownBy(() -> TargetsFile.parse("- {id: X1, quantity: q, value: 1, unit: '%', role: check, statistic: share_of_lesions_of_type, population: {breast: 1}, entry: bone-metastatic, years: 2, source: s}".getBytes(StandardCharsets.UTF_8), "t.yaml"))
                .hasMessageContaining("X1: lesion_type: share_of_lesions_of_type needs");
    }
}
