package org.osteomet.trial.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SurvivalPropertiesTest {

    /** Exponential times with optional uniform censoring on (0, censorMax); group g has rate rates[g]. */
    private static SurvivalData exponential(long seed, int perGroup, double[] rates, double censorMax) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = perGroup * rates.length;
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        int[] g = new int[n];
        double[][] x = new double[n][1];
        for (int i = 0; i < n; i++) {
            g[i] = i / perGroup;
            x[i][0] = g[i];
            double ev = -Math.log(1 - rng.nextDouble()) / rates[g[i]];
            double c = censorMax > 0 ? rng.nextDouble() * censorMax : Double.POSITIVE_INFINITY;
            t[i] = Math.min(ev, c);
            e[i] = ev <= c;
        }
        return SurvivalData.create(t, e, g, x);
    }

    @Property(tries = 200)
    void withoutCensoringKaplanMeierIsTheEmpiricalSurvivalFunction(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        for (int i = 0; i < n; i++) {
            t[i] = rng.nextInt(20); // integer times force ties
            e[i] = true;
        }
        KaplanMeier km = KaplanMeier.fit(SurvivalData.of(t, e));
        for (double q = -0.5; q <= 21; q += 0.5) {
            int greater = 0;
            for (double ti : t) {
                if (ti > q) {
                    greater++;
                }
            }
            assertThat(km.survivalAt(q)).isCloseTo((double) greater / n, within(1e-12));
        }
    }

    @Property(tries = 200)
    void kaplanMeierIsNonIncreasingAndInsideItsInterval(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 80) int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        for (int i = 0; i < n; i++) {
            t[i] = rng.nextInt(30);
            e[i] = rng.nextBoolean();
        }
        for (KaplanMeier.ConfType type : KaplanMeier.ConfType.values()) {
            KaplanMeier km = KaplanMeier.fit(SurvivalData.of(t, e), 0.95, type);
            double[] s = km.survival();
            double[] lo = km.lower();
            double[] hi = km.upper();
            double prev = 1.0;
            for (int j = 0; j < s.length; j++) {
                assertThat(s[j]).isLessThanOrEqualTo(prev).isBetween(0.0, 1.0);
                assertThat(lo[j]).isLessThanOrEqualTo(s[j] + 1e-12);
                assertThat(hi[j]).isGreaterThanOrEqualTo(s[j] - 1e-12).isLessThanOrEqualTo(1.0);
                prev = s[j];
            }
            double med = km.median();
            if (!Double.isNaN(med) && !Double.isNaN(km.medianLower())) {
                assertThat(km.medianLower()).isLessThanOrEqualTo(med);
            }
            if (!Double.isNaN(med) && !Double.isNaN(km.medianUpper())) {
                assertThat(km.medianUpper()).isGreaterThanOrEqualTo(med);
            }
        }
    }

    @Test
    void medianOnAnExactlyHalfPlateauIsTheMidpoint() {
        // S = 0.5 on [2, 4): R quantile.survfit gives (2 + 4) / 2 = 3.
        KaplanMeier km = KaplanMeier.fit(SurvivalData.of(new double[] {1, 2, 4, 5},
                new boolean[] {true, true, true, true}));
        assertThat(km.median()).isEqualTo(3.0);
        assertThat(km.restrictedMean(5)).isCloseTo(1 + 0.75 + 0.5 * 2 + 0.25, within(1e-12));
    }

    @Test
    void logRankOfTwoIdenticalGroupsIsZero() {
        SurvivalData one = exponential(11, 50, new double[] {0.1}, 20);
        int n = one.size();
        double[] t = new double[2 * n];
        boolean[] e = new boolean[2 * n];
        int[] g = new int[2 * n];
        for (int i = 0; i < n; i++) {
            t[i] = one.time(i);
            t[n + i] = one.time(i);
            e[i] = one.event(i);
            e[n + i] = one.event(i);
            g[n + i] = 1;
        }
        LogRankTest lr = LogRankTest.test(SurvivalData.of(t, e, g));
        assertThat(lr.statistic()).isCloseTo(0.0, within(1e-12));
        assertThat(lr.pValue()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void logRankWithThreeGroupsHasTwoDegreesOfFreedomAndDetectsADifference() {
        LogRankTest lr = LogRankTest.test(exponential(5, 200, new double[] {0.1, 0.1, 0.3}, 30));
        assertThat(lr.degreesOfFreedom()).isEqualTo(2);
        assertThat(lr.pValue()).isLessThan(1e-6);
        LogRankTest same = LogRankTest.test(exponential(6, 200, new double[] {0.1, 0.1, 0.1}, 30));
        assertThat(same.pValue()).isGreaterThan(0.001);
    }

    @Test
    void withoutTiesBreslowScoreTestEqualsTwoGroupLogRank() {
        SurvivalData d = exponential(17, 100, new double[] {0.1, 0.2}, 15);
        assertThat(CoxModel.fit(d, CoxModel.Ties.BRESLOW).scoreStatistic())
                .isCloseTo(LogRankTest.test(d).statistic(), within(1e-8));
        // and Efron equals Breslow when there are no ties
        assertThat(CoxModel.fit(d).coefficient(0))
                .isCloseTo(CoxModel.fit(d, CoxModel.Ties.BRESLOW).coefficient(0), within(1e-10));
    }

    @Test
    void coxCoefficientFlipsSignWhenGroupLabelsSwap() {
        SurvivalData d = exponential(3, 80, new double[] {0.1, 0.25}, 20);
        double[][] swapped = new double[d.size()][1];
        for (int i = 0; i < d.size(); i++) {
            swapped[i][0] = 1 - d.covariates(i)[0];
        }
        for (CoxModel.Ties ties : CoxModel.Ties.values()) {
            CoxModel a = CoxModel.fit(d, ties);
            CoxModel b = CoxModel.fit(d.withCovariates(swapped), ties);
            assertThat(b.coefficient(0)).isCloseTo(-a.coefficient(0), within(1e-8));
            assertThat(b.standardError(0)).isCloseTo(a.standardError(0), within(1e-8));
            assertThat(b.hazardRatio(0)).isCloseTo(1 / a.hazardRatio(0), within(1e-8));
        }
    }

    @Test
    void hazardRatioIsAboutOneForTwoSamplesFromTheSameExponential() {
        CoxModel cox = CoxModel.fit(exponential(2024, 2000, new double[] {0.05, 0.05}, 40));
        assertThat(cox.hazardRatio(0)).isBetween(0.9, 1.1);
        assertThat(Math.abs(cox.coefficient(0))).isLessThan(3 * cox.standardError(0));
        assertThat(cox.hazardRatioLower(0)).isLessThan(1.0);
        assertThat(cox.hazardRatioUpper(0)).isGreaterThan(1.0);
    }

    @Test
    void coxRecoversAKnownHazardRatioOfTwo() {
        SurvivalData d = exponential(77, 1500, new double[] {0.05, 0.10}, 30);
        for (CoxModel.Ties ties : CoxModel.Ties.values()) {
            CoxModel cox = CoxModel.fit(d, ties);
            assertThat(Math.abs(cox.coefficient(0) - Math.log(2))).isLessThan(3 * cox.standardError(0));
            assertThat(cox.pValue(0)).isLessThan(1e-10);
        }
    }

    @Test
    void coxWithTwoCovariatesRecoversBoth() {
        SplittableRandom rng = new SplittableRandom(99);
        int n = 3000;
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        double[][] x = new double[n][2];
        double b1 = Math.log(2);
        double b2 = -0.5;
        for (int i = 0; i < n; i++) {
            x[i][0] = rng.nextInt(2);
            x[i][1] = rng.nextDouble() * 2 - 1;
            double rate = 0.1 * Math.exp(b1 * x[i][0] + b2 * x[i][1]);
            double ev = -Math.log(1 - rng.nextDouble()) / rate;
            double c = rng.nextDouble() * 25;
            t[i] = Math.round(Math.min(ev, c) * 4) / 4.0; // quarter-day resolution: plenty of ties
            e[i] = ev <= c;
        }
        CoxModel cox = CoxModel.fit(SurvivalData.create(t, e, null, x));
        assertThat(Math.abs(cox.coefficient(0) - b1)).isLessThan(3 * cox.standardError(0));
        assertThat(Math.abs(cox.coefficient(1) - b2)).isLessThan(3 * cox.standardError(1));
        assertThat(cox.degreesOfFreedom()).isEqualTo(2);
        assertThat(cox.likelihoodRatioPValue()).isLessThan(1e-10);
        assertThat(cox.waldPValue()).isLessThan(1e-10);
        assertThat(cox.scorePValue()).isLessThan(1e-10);
    }

    @Test
    void andersenGillIsInvariantToSplittingIntervals() {
        SurvivalData d = exponential(8, 60, new double[] {0.1, 0.2}, 20);
        CountingProcessData whole = CountingProcessData.of(d);
        // Split every subject's (0, T] at T/2 into (0, T/2] (no event) and (T/2, T].
        int n = d.size();
        double[] start = new double[2 * n];
        double[] stop = new double[2 * n];
        boolean[] ev = new boolean[2 * n];
        int[] id = new int[2 * n];
        double[][] x = new double[2 * n][];
        for (int i = 0; i < n; i++) {
            double half = d.time(i) / 2;
            start[2 * i] = 0;
            stop[2 * i] = half;
            start[2 * i + 1] = half;
            stop[2 * i + 1] = d.time(i);
            ev[2 * i + 1] = d.event(i);
            id[2 * i] = i;
            id[2 * i + 1] = i;
            x[2 * i] = d.covariates(i);
            x[2 * i + 1] = d.covariates(i);
        }
        CountingProcessData split = CountingProcessData.create(start, stop, ev, id, x);
        for (CoxModel.Ties ties : CoxModel.Ties.values()) {
            AndersenGill a = AndersenGill.fit(whole, ties);
            AndersenGill b = AndersenGill.fit(split, ties);
            assertThat(b.coefficient(0)).isCloseTo(a.coefficient(0), within(1e-9));
            assertThat(b.model().standardError(0)).isCloseTo(a.model().standardError(0), within(1e-9));
            assertThat(b.robustStandardError(0)).isCloseTo(a.robustStandardError(0), within(1e-9));
            assertThat(b.subjectCount()).isEqualTo(n);
        }
    }

    @Test
    void andersenGillRecurrentEventsRecoverRateRatioWithRobustVariance() {
        // Poisson recurrent events, rate 0.2 vs 0.4 per unit time, subject-level gamma frailty (variance 0.5)
        // so events within a subject are correlated and the robust variance exceeds the naive one.
        SplittableRandom rng = new SplittableRandom(4242);
        int subjects = 600;
        double follow = 10;
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        for (int s = 0; s < subjects; s++) {
            int arm = s % 2;
            double frailty = gamma2(rng) / 2.0; // Gamma(shape 2, scale 1/2): mean 1, variance 0.5
            double rate = (arm == 1 ? 0.4 : 0.2) * frailty;
            double t0 = 0;
            while (true) {
                double t1 = t0 - Math.log(1 - rng.nextDouble()) / rate;
                if (t1 >= follow) {
                    rows.add(new double[] {t0, follow, 0, s, arm});
                    break;
                }
                rows.add(new double[] {t0, t1, 1, s, arm});
                t0 = t1;
            }
        }
        int m = rows.size();
        double[] start = new double[m];
        double[] stop = new double[m];
        boolean[] ev = new boolean[m];
        int[] id = new int[m];
        double[][] x = new double[m][1];
        for (int i = 0; i < m; i++) {
            double[] r = rows.get(i);
            start[i] = r[0];
            stop[i] = r[1];
            ev[i] = r[2] == 1;
            id[i] = (int) r[3];
            x[i][0] = r[4];
        }
        AndersenGill ag = AndersenGill.fit(CountingProcessData.create(start, stop, ev, id, x));
        assertThat(Math.abs(ag.coefficient(0) - Math.log(2))).isLessThan(3 * ag.robustStandardError(0));
        assertThat(ag.robustStandardError(0)).isGreaterThan(1.3 * ag.model().standardError(0));
        assertThat(ag.robustHazardRatioLower(0)).isLessThan(ag.hazardRatio(0));
        assertThat(ag.robustWaldPValue()).isCloseTo(ag.robustPValue(0), within(1e-12));
    }

    private static double gamma2(SplittableRandom rng) {
        // sum of two unit exponentials = Gamma(shape 2, scale 1)
        return -Math.log(1 - rng.nextDouble()) - Math.log(1 - rng.nextDouble());
    }

    @Test
    void tailFunctionsMatchKnownQuantiles() {
        assertThat(Tails.chiSquareUpper(3.841458820694124, 1)).isCloseTo(0.05, within(1e-12));
        assertThat(Tails.chiSquareUpper(5.991464547107979, 2)).isCloseTo(0.05, within(1e-12));
        assertThat(Tails.chiSquareUpper(0, 3)).isEqualTo(1.0);
        assertThat(Tails.normalTwoSided(Tails.Z975)).isCloseTo(0.05, within(1e-12));
        assertThat(Tails.normalTwoSided(10)).isCloseTo(1.523970604832105e-23, within(1e-30));
    }

    @Test
    void validationMessages() {
        assertThatThrownBy(() -> SurvivalData.of(new double[] {1, -2}, new boolean[] {true, true}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("time[1] = -2.0 is negative");
        assertThatThrownBy(() -> SurvivalData.of(new double[] {Double.NaN}, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("time[0] is NaN");
        assertThatThrownBy(() -> SurvivalData.of(new double[] {1, 2}, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("length mismatch: time has 2 entries but event has 1");
        assertThatThrownBy(() -> SurvivalData.of(new double[] {1}, new boolean[] {true}, new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group has 2");
        assertThatThrownBy(() -> SurvivalData.create(new double[] {1, 2}, new boolean[] {true, false}, null,
                new double[][] {{1, 2}, {3}})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("covariates row 1 has 1 entries but row 0 has 2");
        assertThatThrownBy(() -> CountingProcessData.create(new double[] {2}, new double[] {2},
                new boolean[] {true}, new int[] {0}, new double[][] {{1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("row 0: stop = 2.0 must exceed start = 2.0");
        assertThatThrownBy(() -> LogRankTest.test(SurvivalData.of(new double[] {1}, new boolean[] {true})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group index");
        assertThatThrownBy(() -> CoxModel.fit(SurvivalData.of(new double[] {1}, new boolean[] {true})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("covariate");
        // defensive copies
        double[] t = {1, 2};
        SurvivalData d = SurvivalData.of(t, new boolean[] {true, false});
        t[0] = 99;
        assertThat(d.time(0)).isEqualTo(1.0);
    }

    /** The bootstrap's shortcut for S(t) is the full fit's value, bit for bit, with ties, censoring and any t. */
    @Property(tries = 300)
    void survivalAtOneTimeEqualsTheFullFitExactly(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        for (int i = 0; i < n; i++) {
            t[i] = rng.nextInt(40) * 7.0;              // weekly days: many ties, as the simulator's steps give
            e[i] = rng.nextDouble() < 0.4;
        }
        for (double at : new double[] {-1, 0, 3.5, 30.4, 91, 365.25, 1000}) {
            double full = n == 0 ? 1.0 : KaplanMeier.fit(SurvivalData.of(t, e)).survivalAt(at);
            assertThat(KaplanMeier.survivalAt(t, e, at)).as("t = %s", at).isEqualTo(full);
        }
    }

    @Test
    void survivalAtOneTimeRejectsWhatTheFullFitRejects() {
        assertThatThrownBy(() -> KaplanMeier.survivalAt(new double[] {1, Double.NaN}, new boolean[] {true, false}, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KaplanMeier.survivalAt(new double[] {1}, new boolean[] {true, false}, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length mismatch");
    }
}
