package org.osteomet.trial.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Published results for the Freireich et al. (1963) 6-MP leukaemia remission data (Gehan 1965; Cox 1972;
 * Kleinbaum &amp; Klein; R: survfit / survdiff / coxph on MASS::gehan).
 */
class FreireichLeukaemiaTest {
    private static SurvivalData all;
    private static SurvivalData sixMp;
    private static SurvivalData placebo;

    @BeforeAll
    static void load() throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = FreireichLeukaemiaTest.class.getResourceAsStream("freireich1963_6mp.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",");
                rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])});
            }
        }
        int n = rows.size();
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        int[] g = new int[n];
        double[][] x = new double[n][1];
        for (int i = 0; i < n; i++) {
            t[i] = rows.get(i)[0];
            e[i] = rows.get(i)[1] == 1;
            g[i] = (int) rows.get(i)[2];
            x[i][0] = rows.get(i)[2];
        }
        all = SurvivalData.create(t, e, g, x);
        sixMp = all.subset(0);
        placebo = all.subset(1);
    }

    @Test
    void datasetHasPublishedShape() {
        assertThat(all.size()).isEqualTo(42);
        assertThat(sixMp.size()).isEqualTo(21);
        assertThat(placebo.size()).isEqualTo(21);
        assertThat(sixMp.eventCount()).isEqualTo(9);
        assertThat(placebo.eventCount()).isEqualTo(21);
    }

    @Test
    void kaplanMeierSixMpMatchesPublishedTable() {
        KaplanMeier km = KaplanMeier.fit(sixMp);
        assertThat(km.times()).containsExactly(6, 7, 10, 13, 16, 22, 23);
        assertThat(km.atRisk()).containsExactly(21, 17, 15, 12, 11, 7, 6);
        assertThat(km.events()).containsExactly(3, 1, 1, 1, 1, 1, 1);
        assertThat(km.survivalAt(5.9)).isEqualTo(1.0);
        assertThat(km.survivalAt(6)).isCloseTo(18.0 / 21, within(1e-12));
        assertThat(km.survivalAt(7)).isCloseTo(0.8067, within(5e-4));
        assertThat(km.survivalAt(10)).isCloseTo(0.753, within(5e-4));
        assertThat(km.survivalAt(13)).isCloseTo(0.690, within(5e-4));
        assertThat(km.survivalAt(16)).isCloseTo(0.627, within(5e-4));
        assertThat(km.survivalAt(22)).isCloseTo(0.538, within(5e-4));
        assertThat(km.survivalAt(23)).isCloseTo(0.448, within(5e-4));
        assertThat(km.survivalAt(100)).isCloseTo(0.448, within(5e-4));
        // Greenwood standard errors as printed by R summary(survfit): 0.0764, 0.0869, 0.0963, 0.1068, 0.1141,
        // 0.1282, 0.1346.
        double[] se = km.standardError();
        double[] published = {0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346};
        for (int j = 0; j < se.length; j++) {
            assertThat(se[j]).as("se at %s", km.times()[j]).isCloseTo(published[j], within(5e-4));
        }
        // R survfit (conf.type = "log") at t = 6: lower 0.720, upper 1.000.
        assertThat(km.lowerAt(6)).isCloseTo(0.720, within(5e-4));
        assertThat(km.upperAt(6)).isEqualTo(1.0);
    }

    @Test
    void medianRemissionAndBrookmeyerCrowleyInterval() {
        KaplanMeier kmPlacebo = KaplanMeier.fit(placebo);
        KaplanMeier kmSixMp = KaplanMeier.fit(sixMp);
        System.out.printf("KM median placebo %.3f (%.3f, %.3f); 6-MP %.3f (%.3f, %.3f)%n", kmPlacebo.median(),
                kmPlacebo.medianLower(), kmPlacebo.medianUpper(), kmSixMp.median(), kmSixMp.medianLower(),
                kmSixMp.medianUpper());
        // R: survfit(Surv(time, cens) ~ treat, data = MASS::gehan) prints
        //   6-MP    n=21 events=9  median 23 0.95LCL 16 0.95UCL NA
        //   control n=21 events=21 median  8 0.95LCL  4 0.95UCL 12
        assertThat(kmPlacebo.median()).isEqualTo(8.0);
        assertThat(kmPlacebo.medianLower()).isEqualTo(4.0);
        assertThat(kmPlacebo.medianUpper()).isEqualTo(12.0);
        assertThat(kmSixMp.median()).isEqualTo(23.0);
        assertThat(kmSixMp.medianLower()).isEqualTo(16.0);
        assertThat(kmSixMp.medianUpper()).isNaN();
        // Placebo curve reaches 0 at 23 weeks, so the restricted mean to 23 is the plain mean 8.667 weeks.
        assertThat(kmPlacebo.restrictedMean(23)).isCloseTo(182.0 / 21, within(1e-12));
    }

    @Test
    void logRankTest() {
        LogRankTest lr = LogRankTest.test(all);
        System.out.printf("log-rank chisq %.6f df %d p %.6e O %s E %s%n", lr.statistic(), lr.degreesOfFreedom(),
                lr.pValue(), java.util.Arrays.toString(lr.observed()), java.util.Arrays.toString(lr.expected()));
        assertThat(lr.degreesOfFreedom()).isEqualTo(1);
        assertThat(lr.statistic()).isCloseTo(16.79, within(0.005));
        assertThat(lr.pValue()).isCloseTo(4.17e-5, within(0.02e-5));
        // R survdiff: observed 9 and 21, expected 19.25 and 10.75.
        assertThat(lr.observed()).containsExactly(9, 21);
        assertThat(lr.expected()[0]).isCloseTo(19.25, within(0.005));
        assertThat(lr.expected()[1]).isCloseTo(10.75, within(0.005));
    }

    @Test
    void coxEfron() {
        CoxModel cox = CoxModel.fit(all);
        print("Efron", cox);
        assertThat(cox.ties()).isEqualTo(CoxModel.Ties.EFRON);
        assertThat(cox.converged()).isTrue();
        assertThat(cox.coefficient(0)).isCloseTo(1.572, within(5e-4));
        assertThat(cox.standardError(0)).isCloseTo(0.412, within(5e-4));
        assertThat(cox.hazardRatio(0)).isCloseTo(4.82, within(5e-3));
        // R coxph: lower .95 2.147, upper .95 10.81; LR 16.35, Wald 14.53, score (log-rank) 17.25.
        assertThat(cox.hazardRatioLower(0)).isCloseTo(2.147, within(5e-3));
        assertThat(cox.hazardRatioUpper(0)).isCloseTo(10.81, within(5e-2));
        assertThat(cox.likelihoodRatioStatistic()).isCloseTo(16.35, within(5e-3));
        assertThat(cox.waldStatistic()).isCloseTo(14.53, within(5e-3));
        assertThat(cox.scoreStatistic()).isCloseTo(17.25, within(5e-3));
        assertThat(cox.waldStatistic()).isCloseTo(cox.z(0) * cox.z(0), within(1e-9));
    }

    @Test
    void coxBreslow() {
        CoxModel cox = CoxModel.fit(all, CoxModel.Ties.BRESLOW);
        print("Breslow", cox);
        assertThat(cox.coefficient(0)).isCloseTo(1.509, within(5e-4));
        assertThat(cox.standardError(0)).isCloseTo(0.410, within(5e-4));
        assertThat(cox.hazardRatio(0)).isCloseTo(4.52, within(5e-3));
        // Kleinbaum & Klein (Stata, Breslow): log likelihood -86.380, LR chi2(1) 15.21, 95% CI 2.027 to 10.094.
        assertThat(cox.logLikelihood()).isCloseTo(-86.380, within(5e-4));
        assertThat(cox.likelihoodRatioStatistic()).isCloseTo(15.21, within(5e-3));
        assertThat(cox.hazardRatioLower(0)).isCloseTo(2.027, within(5e-4));
        assertThat(cox.hazardRatioUpper(0)).isCloseTo(10.094, within(5e-4));
    }

    @Test
    void andersenGillWithOneRowPerSubjectReproducesCox() {
        AndersenGill ag = AndersenGill.fit(CountingProcessData.of(all));
        CoxModel cox = CoxModel.fit(all);
        System.out.printf("AG robust se %.6f (naive %.6f)%n", ag.robustStandardError(0), cox.standardError(0));
        assertThat(ag.coefficient(0)).isCloseTo(cox.coefficient(0), within(1e-10));
        assertThat(ag.model().standardError(0)).isCloseTo(cox.standardError(0), within(1e-10));
        assertThat(ag.subjectCount()).isEqualTo(42);
    }

    private static void print(String label, CoxModel cox) {
        System.out.printf("Cox %s: loglik %.4f null %.4f beta %.6f se %.6f HR %.6f (%.4f, %.4f) z %.4f p %.4e; LR %.4f p %.4e; "
                + "Wald %.4f p %.4e; score %.4f p %.4e; iter %d%n", label, cox.logLikelihood(), cox.logLikelihoodNull(), cox.coefficient(0), cox.standardError(0),
                cox.hazardRatio(0), cox.hazardRatioLower(0), cox.hazardRatioUpper(0), cox.z(0), cox.pValue(0),
                cox.likelihoodRatioStatistic(), cox.likelihoodRatioPValue(), cox.waldStatistic(),
                cox.waldPValue(), cox.scoreStatistic(), cox.scorePValue(), cox.iterations());
    }
}
