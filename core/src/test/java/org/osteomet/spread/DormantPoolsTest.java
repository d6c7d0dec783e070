package org.osteomet.spread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osteomet.anatomy.Site;

class DormantPoolsTest {

    private static final int S = Site.COUNT;

    /** Per-site death and awakening rates that differ from site to site (1/d). */
    private static double[] deathRates() {
        double[] d = new double[S];
        for (int s = 0; s < S; s++) {
            d[s] = 1e-3 * (1 + s);          // 0.001 .. 0.018
        }
        return d;
    }

    private static double[] awakeningRates() {
        double[] w = new double[S];
        for (int s = 0; s < S; s++) {
            w[s] = 2e-4 * (S - s) + 1e-5;   // differs from the death rate ordering
        }
        return w;
    }

    /** Marks sources 0 .. n-1 as shedding, as the simulator does for each vascular tumour. */
    private static void markShedding(DormantPools pools, int n) {
        for (int j = 0; j < n; j++) {
            pools.markShedding(j);
        }
    }

    private static double[] inflow(int sources) {
        double[] in = new double[sources * S];
        for (int j = 0; j < sources; j++) {
            for (int s = 0; s < S; s++) {
                in[j * S + s] = 100.0 * (1 + j) + 7.0 * s;
            }
        }
        return in;
    }

    /**
     * Integrates dN/dt = I - (delta + w) N together with dA/dt = w N (A: expected awakenings) numerically.
     * Returns {N(t), A(t)}.
     */
    private static double[] integrate(double n0, double inflow, double delta, double w, double t) {
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public double[] computeDerivatives(double time, double[] y) {
                return new double[] {inflow - (delta + w) * y[0], w * y[0]};
            }
        };
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-9, t, new double[] {1e-12, 1e-20},
                new double[] {1e-13, 1e-13});
        ODEStateAndDerivative end = integrator.integrate(ode, new ODEState(0.0, new double[] {n0, 0.0}), t);
        return end.getPrimaryState().clone();
    }

    /** Composite Simpson quadrature of the exact N(t) = N0 e^{-kt} + I (1 - e^{-kt}) / k over [0, dt]. */
    private static double integralOfExactPool(double n0, double inflow, double k, double dt) {
        int m = 2000;
        double h = dt / m;
        double sum = 0;
        for (int i = 0; i <= m; i++) {
            double t = i * h;
            double n = n0 * Math.exp(-k * t) + inflow * (-Math.expm1(-k * t)) / k;
            double c = (i == 0 || i == m) ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += c * n;
        }
        return sum * h / 3;
    }

    @Test
    void constantInflowConvergesToSteadyState() {
        double[] delta = deathRates();
        double[] w = awakeningRates();
        DormantPools pools = new DormantPools(delta, w);
        pools.ensureSources(1);
        markShedding(pools, 1);
        pools.setStep(7.0);
        double[] in = inflow(1);
        double[] out = new double[S];
        // Slowest site: k = 0.001 + 0.0002 * 18 ~ 4.6e-3/d; 20000 days is ~90 time constants.
        for (int step = 0; step < 20_000 / 7; step++) {
            pools.expectedAwakenings(in, 1, out);
            pools.advance(in, 1);
        }
        for (int s = 0; s < S; s++) {
            double steady = in[s] / (delta[s] + w[s]);
            assertThat(pools.expectedAt(s)).as("site %s", s).isCloseTo(steady, within(1e-9 * steady));
        }
        // At steady state, awakenings per step are w N dt.
        double total = pools.expectedAwakenings(in, 1, out);
        double expectedTotal = 0;
        for (int s = 0; s < S; s++) {
            double steady = in[s] / (delta[s] + w[s]);
            assertThat(out[s]).isCloseTo(w[s] * steady * 7.0, within(1e-9 * w[s] * steady * 7.0));
            expectedTotal += w[s] * steady * 7.0;
        }
        assertThat(total).isCloseTo(expectedTotal, within(1e-9 * expectedTotal));
    }

    @ParameterizedTest
    @CsvSource({"7", "1", "30", "0.25", "400"})
    void stepMatchesTheOdeSolution(double dt) {
        double[] delta = deathRates();
        double[] w = awakeningRates();
        DormantPools pools = new DormantPools(delta, w);
        pools.ensureSources(1);
        markShedding(pools, 1);
        // Build a non-zero initial pool with a different inflow over an odd step.
        pools.setStep(13.0);
        double[] first = new double[S];
        for (int s = 0; s < S; s++) {
            first[s] = 1000.0 + 50.0 * s;
        }
        pools.advance(first, 1);
        double[] n0 = new double[S];
        for (int s = 0; s < S; s++) {
            n0[s] = pools.expectedAt(s);
        }
        double[] in = inflow(1);
        pools.setStep(dt);
        double[] out = new double[S];
        pools.expectedAwakenings(in, 1, out);
        pools.advance(in, 1);
        for (int s = 0; s < S; s++) {
            double[] exact = integrate(n0[s], in[s], delta[s], w[s], dt);
            assertThat(pools.expectedAt(s)).as("pool at site %s", s).isCloseTo(exact[0], within(1e-9 * exact[0]));
            assertThat(out[s]).as("awakenings at site %s", s).isCloseTo(exact[1], within(1e-8 * exact[1]));
            double quad = w[s] * integralOfExactPool(n0[s], in[s], delta[s] + w[s], dt);
            assertThat(out[s]).as("awakenings vs quadrature at site %s", s).isCloseTo(quad, within(1e-9 * quad));
        }
    }

    @Test
    void oneStepOf14DaysEqualsTwoStepsOf7() {
        double[] delta = deathRates();
        double[] w = awakeningRates();
        double[] in = inflow(3);
        double[] seed = inflow(3);
        for (int i = 0; i < seed.length; i++) {
            seed[i] *= 3.3;
        }
        DormantPools one = new DormantPools(delta, w);
        DormantPools two = new DormantPools(delta, w);
        for (DormantPools p : new DormantPools[] {one, two}) {
            p.ensureSources(3);
            markShedding(p, 3);
            p.setStep(5.0);
            p.advance(seed, 3);
        }
        double[] outOne = new double[S];
        one.setStep(14.0);
        double totalOne = one.expectedAwakenings(in, 3, outOne);
        one.advance(in, 3);

        double[] outTwo = new double[S];
        double[] tmp = new double[S];
        two.setStep(7.0);
        double totalTwo = two.expectedAwakenings(in, 3, tmp);
        System.arraycopy(tmp, 0, outTwo, 0, S);
        two.advance(in, 3);
        two.setStep(7.0); // same step again: cached factors must still be right
        totalTwo += two.expectedAwakenings(in, 3, tmp);
        for (int s = 0; s < S; s++) {
            outTwo[s] += tmp[s];
        }
        two.advance(in, 3);

        for (int s = 0; s < S; s++) {
            assertThat(two.expectedAt(s)).isCloseTo(one.expectedAt(s), within(1e-11 * one.expectedAt(s)));
            assertThat(outTwo[s]).isCloseTo(outOne[s], within(1e-11 * outOne[s]));
        }
        assertThat(totalTwo).isCloseTo(totalOne, within(1e-11 * totalOne));
    }

    @Test
    void sourcesAreIndependentAndWeightsSplitAwakenings() {
        double[] delta = deathRates();
        double[] w = awakeningRates();
        double[] in = inflow(2);
        DormantPools both = new DormantPools(delta, w);
        both.ensureSources(2);
        markShedding(both, 2);
        both.setStep(7.0);
        double[] outBoth = new double[S];
        both.advance(in, 2);
        both.expectedAwakenings(in, 2, outBoth);

        double[] only0 = new double[S];
        double[] only1 = new double[S];
        System.arraycopy(in, 0, only0, 0, S);
        System.arraycopy(in, S, only1, 0, S);
        DormantPools a = new DormantPools(delta, w);
        DormantPools b = new DormantPools(delta, w);
        double[] outA = new double[S];
        double[] outB = new double[S];
        for (DormantPools p : new DormantPools[] {a, b}) {
            p.ensureSources(1);
            markShedding(p, 1);
            p.setStep(7.0);
        }
        a.advance(only0, 1);
        b.advance(only1, 1);
        a.expectedAwakenings(only0, 1, outA);
        b.expectedAwakenings(only1, 1, outB);
        double[] weights = new double[2];
        for (int s = 0; s < S; s++) {
            assertThat(both.expectedAt(s)).isCloseTo(a.expectedAt(s) + b.expectedAt(s), within(1e-12 * both.expectedAt(s)));
            assertThat(outBoth[s]).isCloseTo(outA[s] + outB[s], within(1e-12 * outBoth[s]));
            double total = both.sourceWeights(in, 2, s, weights);
            assertThat(weights[0] / total).isCloseTo(outA[s] / (outA[s] + outB[s]), within(1e-12));
            assertThat(weights[0] * w[s]).isCloseTo(outA[s], within(1e-12 * outA[s]));
        }
    }

    @Test
    void growingTheSourceTableKeepsExistingPoolsAndClearEmptiesThem() {
        double[] delta = deathRates();
        double[] w = awakeningRates();
        DormantPools pools = new DormantPools(delta, w);
        pools.ensureSources(2);
        markShedding(pools, 2);
        pools.setStep(7.0);
        double[] in = inflow(2);
        pools.advance(in, 2);
        double[] before = new double[S];
        for (int s = 0; s < S; s++) {
            before[s] = pools.expectedAt(s);
            assertThat(before[s]).isPositive();
        }
        pools.ensureSources(500); // beyond the initial capacity of 64 sources
        for (int s = 0; s < S; s++) {
            assertThat(pools.expectedAt(s)).isEqualTo(before[s]);
        }
        pools.clear();
        for (int s = 0; s < S; s++) {
            assertThat(pools.expectedAt(s)).isZero();
        }
        pools.ensureSources(3);
        markShedding(pools, 3);
        for (int s = 0; s < S; s++) {
            assertThat(pools.expectedAt(s)).isZero();
        }
    }

    /**
     * Long-lived dormant cells (a sensitivity run with almost no loss of marrow DTCs): k dt is tiny, and the
     * awakenings over a step must still be w (N0 dt + I dt^2 / 2) to first order.
     */
    @ParameterizedTest
    @CsvSource({"5e-4, 1.5e-9", "1e-6, 1.5e-9", "1e-8, 1.5e-9", "1e-10, 1.5e-9"})
    void awakeningsStayAccurateWhenDormantCellsBarelyDecay(double deathRate, double wakeRate) {
        double[] delta = new double[S];
        double[] w = new double[S];
        java.util.Arrays.fill(delta, deathRate);
        java.util.Arrays.fill(w, wakeRate);
        DormantPools pools = new DormantPools(delta, w);
        pools.ensureSources(1);
        markShedding(pools, 1);
        double dt = 7.0;
        pools.setStep(dt);
        double[] in = new double[S];
        java.util.Arrays.fill(in, 1e6);
        double[] out = new double[S];
        pools.expectedAwakenings(in, 1, out);
        double k = deathRate + wakeRate;
        double x = k * dt;
        // Exact: w I (dt - (1 - e^{-x})/k) / k = w I dt^2 (1/2 - x/6 + x^2/24 - ...).
        double exact = wakeRate * 1e6 * dt * dt * (0.5 - x / 6 + x * x / 24 - x * x * x / 120);
        for (int s = 0; s < S; s++) {
            assertThat(out[s]).as("site %s", s).isCloseTo(exact, within(1e-6 * exact));
        }
        pools.advance(in, 1);
        double exactPool = 1e6 * dt * (1 - x / 2 + x * x / 6 - x * x * x / 24);
        assertThat(pools.expectedAt(0)).isCloseTo(exactPool, within(1e-9 * exactPool));
    }

    @Test
    void aSystemicFactorOnTheAwakeningRatesEqualsScaledRates() {
        double factor = 37.5;
        double[] w = awakeningRates();
        double[] scaled = new double[S];
        for (int s = 0; s < S; s++) {
            scaled[s] = factor * w[s];
        }
        DormantPools instigated = new DormantPools(deathRates(), w);
        DormantPools reference = new DormantPools(deathRates(), scaled);
        DormantPools basal = new DormantPools(deathRates(), w);
        double[] in = inflow(2);
        double[] a = new double[S];
        double[] b = new double[S];
        for (DormantPools pools : new DormantPools[] {instigated, reference, basal}) {
            pools.ensureSources(2);
            markShedding(pools, 2);
            pools.setStep(7.0);
        }
        // a basal step cached first: the factor must replace the cached decay factors
        instigated.setStep(7.0, factor);
        for (DormantPools pools : new DormantPools[] {instigated, reference, basal}) {
            pools.advance(in, 2);
        }
        for (int step = 0; step < 4; step++) {
            instigated.setStep(7.0, factor);
            reference.setStep(7.0);
            basal.setStep(7.0, 1.0);
            double ta = instigated.expectedAwakenings(in, 2, a);
            double tb = reference.expectedAwakenings(in, 2, b);
            assertThat(ta).isCloseTo(tb, within(1e-12 * tb));
            for (int s = 0; s < S; s++) {
                assertThat(a[s]).isCloseTo(b[s], within(1e-12 * b[s]));
            }
            assertThat(ta).isGreaterThan(10 * basal.expectedAwakenings(in, 2, b));
            instigated.advance(in, 2);
            reference.advance(in, 2);
            basal.advance(in, 2);
            for (int s = 0; s < S; s++) {
                assertThat(instigated.expectedAt(s)).isCloseTo(reference.expectedAt(s), within(1e-12 * reference.expectedAt(s)));
            }
        }
    }

    /**
     * Sources never marked as shedding are skipped: whatever their inflow entries hold, the results are bit for bit
     * those of a table where every source is marked and the silent ones have zero inflow (the simulator's old loop).
     */
    @Test
    void silentSourcesAreSkippedWithoutChangingAnyBit() {
        double[] delta = deathRates();
        double[] w = awakeningRates();
        DormantPools skipping = new DormantPools(delta, w);
        DormantPools reading = new DormantPools(delta, w);
        skipping.ensureSources(4);
        reading.ensureSources(4);
        skipping.markShedding(2);             // out of order, as tumours switch in any order
        skipping.markShedding(0);
        skipping.markShedding(2);             // again: no effect
        markShedding(reading, 4);
        double[] garbage = inflow(4);
        double[] zeros = inflow(4);
        for (int s = 0; s < S; s++) {
            garbage[S + s] = 1e9;
            garbage[3 * S + s] = -5e8;
            zeros[S + s] = 0.0;
            zeros[3 * S + s] = 0.0;
        }
        double[] outSkipping = new double[S];
        double[] outReading = new double[S];
        double[] cumSkipping = new double[4];
        double[] cumReading = new double[4];
        for (int step = 0; step < 5; step++) {
            skipping.setStep(7.0, 1.0 + step);
            reading.setStep(7.0, 1.0 + step);
            assertThat(skipping.expectedAwakenings(garbage, 4, outSkipping))
                    .isEqualTo(reading.expectedAwakenings(zeros, 4, outReading));
            assertThat(outSkipping).isEqualTo(outReading);
            for (int s = 0; s < S; s++) {
                assertThat(skipping.cumulativeSourceWeights(garbage, 4, s, cumSkipping, 0))
                        .isEqualTo(reading.cumulativeSourceWeights(zeros, 4, s, cumReading, 0));
                assertThat(cumSkipping).isEqualTo(cumReading);
            }
            skipping.advance(garbage, 4);
            reading.advance(zeros, 4);
        }
        for (int s = 0; s < S; s++) {
            assertThat(skipping.expectedAt(s)).isEqualTo(reading.expectedAt(s)).isPositive();
        }
        assertThat(skipping.isShedding(1)).isFalse();
        assertThat(skipping.isShedding(2)).isTrue();
        skipping.clear();
        assertThat(skipping.isShedding(2)).isFalse();
        for (int s = 0; s < S; s++) {
            assertThat(skipping.expectedAt(s)).isZero();
        }
    }

    /**
     * A source that stops shedding (its tumour removed) is silenced: its pool only decays, bit for bit as a pool read
     * with a zero inflow row, and marking it as shedding again reads its inflow again. silence() says once, on the
     * first silent step, that the caller must zero the row.
     */
    @Test
    void silencedSourcesDecayBitForBitAsWithZeroInflow() {
        DormantPools silencing = new DormantPools(deathRates(), awakeningRates());
        DormantPools reading = new DormantPools(deathRates(), awakeningRates());
        silencing.ensureSources(3);
        reading.ensureSources(3);
        markShedding(silencing, 3);
        markShedding(reading, 3);
        double[] outSilencing = new double[S];
        double[] outReading = new double[S];
        for (int step = 0; step < 12; step++) {
            double[] in = inflow(3);
            boolean sourceOneSilent = step >= 3 && step < 8;  // removed for five steps, then shedding again
            if (sourceOneSilent) {
                assertThat(silencing.silence(1)).isEqualTo(step == 3);
                for (int s = 0; s < S; s++) {
                    in[S + s] = 0.0;                         // what the simulator leaves in a silent row
                }
            } else {
                silencing.markShedding(1);
            }
            silencing.setStep(7.0, 1.0 + 0.1 * step);
            reading.setStep(7.0, 1.0 + 0.1 * step);
            assertThat(silencing.expectedAwakenings(in, 3, outSilencing)).isEqualTo(reading.expectedAwakenings(in, 3, outReading));
            assertThat(outSilencing).isEqualTo(outReading);
            silencing.advance(in, 3);
            reading.advance(in, 3);
            for (int s = 0; s < S; s++) {
                assertThat(silencing.expectedAt(s)).isEqualTo(reading.expectedAt(s));
            }
        }
        assertThat(silencing.expectedAt(0)).isPositive();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DormantPools(deathRates(), awakeningRates()).silence(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never shed");
    }

    @Test
    void markingASourceOutsideTheTableIsRefused() {
        DormantPools pools = new DormantPools(deathRates(), awakeningRates());
        pools.ensureSources(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pools.markShedding(2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source 2");
    }
}
