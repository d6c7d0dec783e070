package org.osteomet.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class DrawsTest {

    private static final int N = 200_000;

    private static UniformRandomProvider rng(long salt) {
        return new PatientStreams(20240601L + salt).stream(7, PatientStreams.Process.SPREAD);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 3.0, 9.9, 10.0, 10.1, 50.0, 1e4})
    void poissonMeanAndVarianceMatchTheMean(double mean) {
        UniformRandomProvider r = rng(Double.doubleToLongBits(mean));
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            long k = Draws.poisson(r, mean);
            assertThat(k).isGreaterThanOrEqualTo(0);
            sum += k;
            sumSq += (double) k * k;
        }
        double m = sum / N;
        double var = (sumSq - N * m * m) / (N - 1);
        // SE of the sample mean sqrt(mu/n); SE of the sample variance sqrt((mu4 - sigma^4)/n) = sqrt((mu + 2 mu^2)/n).
        double seMean = Math.sqrt(mean / N);
        double seVar = Math.sqrt((mean + 2 * mean * mean) / N);
        assertThat(m).as("mean of Poisson(%s)", mean).isCloseTo(mean, within(4 * seMean));
        assertThat(var).as("variance of Poisson(%s)", mean).isCloseTo(mean, within(4 * seVar));
    }

    @ParameterizedTest
    @ValueSource(doubles = {4.0, 10.0, 25.0, 150.0})
    void poissonPassesChiSquareGoodnessOfFit(double mean) {
        UniformRandomProvider r = rng(1000 + (long) mean);
        int maxK = (int) (mean + 20 * Math.sqrt(mean) + 20);
        long[] counts = new long[maxK + 1];
        for (int i = 0; i < N; i++) {
            long k = Draws.poisson(r, mean);
            counts[(int) Math.min(k, maxK)]++;
        }
        PoissonDistribution pois = new PoissonDistribution(mean);
        // Bins of expected count >= 5: merge the lower tail into the first bin, the upper tail into the last.
        List<double[]> bins = new ArrayList<>(); // {observed, expected}
        double obs = 0;
        double exp = 0;
        for (int k = 0; k <= maxK; k++) {
            obs += counts[k];
            exp += N * pois.probability(k);
            if (exp >= 5 && N * (1 - pois.cumulativeProbability(k)) >= 5) {
                bins.add(new double[] {obs, exp});
                obs = 0;
                exp = 0;
            }
        }
        // Whatever is left is the upper tail, P(K > last closed bin).
        double tailExp = 0;
        double tailObs = 0;
        double closedExp = bins.stream().mapToDouble(b -> b[1]).sum();
        double closedObs = bins.stream().mapToDouble(b -> b[0]).sum();
        tailExp = N - closedExp;
        tailObs = N - closedObs;
        bins.add(new double[] {tailObs, tailExp});
        double chi2 = 0;
        for (double[] b : bins) {
            chi2 += (b[0] - b[1]) * (b[0] - b[1]) / b[1];
        }
        int df = bins.size() - 1;
        double p = 1 - new ChiSquaredDistribution(df).cumulativeProbability(chi2);
        assertThat(p).as("chi2 = %s on %s df for Poisson(%s)", chi2, df, mean).isGreaterThan(0.001);
    }

    @Test
    void poissonOfZeroIsZero() {
        UniformRandomProvider r = rng(3);
        for (int i = 0; i < 1000; i++) {
            assertThat(Draws.poisson(r, 0.0)).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1e-12, -1.0, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY})
    void poissonRejectsInvalidMeans(double mean) {
        assertThatThrownBy(() -> Draws.poisson(rng(4), mean)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void logFactorialMatchesLogGamma() {
        for (long k = 0; k <= 5000; k++) {
            double expected = Gamma.logGamma(k + 1.0);
            assertThat(Draws.logFactorial(k)).as("ln %s!", k).isCloseTo(expected, within(1e-9 * Math.max(1.0, expected)));
        }
        assertThat(Draws.logFactorial(1_000_000)).isCloseTo(Gamma.logGamma(1_000_001.0), within(1e-6));
    }

    @Test
    void exponentialHasMeanOneOverRate() {
        UniformRandomProvider r = rng(5);
        double rate = 0.37;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double x = Draws.exponential(r, rate);
            assertThat(x).isGreaterThanOrEqualTo(0).isFinite();
            sum += x;
            sumSq += x * x;
        }
        double mean = 1 / rate;
        double m = sum / N;
        double var = (sumSq - N * m * m) / (N - 1);
        assertThat(m).isCloseTo(mean, within(4 * mean / Math.sqrt(N)));
        // Var of the sample variance of Exp: (mu4 - sigma^4)/n = 8/rate^4 / n.
        assertThat(var).isCloseTo(mean * mean, within(4 * Math.sqrt(8 / Math.pow(rate, 4) / N)));
    }

    @Test
    void normalIsStandard() {
        UniformRandomProvider r = rng(6);
        double sum = 0;
        double sumSq = 0;
        long inOneSd = 0;
        long positive = 0;
        for (int i = 0; i < N; i++) {
            double x = Draws.normal(r);
            assertThat(x).isFinite();
            sum += x;
            sumSq += x * x;
            if (Math.abs(x) < 1) {
                inOneSd++;
            }
            if (x > 0) {
                positive++;
            }
        }
        double m = sum / N;
        double var = (sumSq - N * m * m) / (N - 1);
        assertThat(m).isCloseTo(0.0, within(4 / Math.sqrt(N)));
        assertThat(var).isCloseTo(1.0, within(4 * Math.sqrt(2.0 / N)));
        double p1 = 0.6826894921370859;
        assertThat((double) inOneSd / N).isCloseTo(p1, within(4 * Math.sqrt(p1 * (1 - p1) / N)));
        assertThat((double) positive / N).isCloseTo(0.5, within(4 * Math.sqrt(0.25 / N)));
    }

    @Test
    void categoricalFrequenciesMatchWeights() {
        UniformRandomProvider r = rng(7);
        double[] w = {0.5, 0.0, 2.0, 1.5, 0.0, 1.0, 99.0}; // the last entry lies beyond n and must be ignored
        int n = 6;
        double total = 5.0;
        long[] counts = new long[w.length];
        for (int i = 0; i < N; i++) {
            counts[Draws.categorical(r, w, n, total)]++;
        }
        for (int i = 0; i < w.length; i++) {
            double p = i < n ? w[i] / total : 0;
            if (p == 0) {
                assertThat(counts[i]).as("index %s with weight 0 or beyond n", i).isZero();
            } else {
                assertThat((double) counts[i] / N).as("frequency of index %s", i)
                        .isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / N)));
            }
        }
    }

    @Test
    void categoricalWithoutPositiveWeightThrows() {
        assertThatThrownBy(() -> Draws.categorical(rng(8), new double[] {0, 0, 0}, 3, 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bernoulliFrequency() {
        UniformRandomProvider r = rng(9);
        double p = 0.137;
        long hits = 0;
        for (int i = 0; i < N; i++) {
            if (Draws.bernoulli(r, p)) {
                hits++;
            }
        }
        assertThat((double) hits / N).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / N)));
    }

    @Property(tries = 200)
    void openUniformIsStrictlyInsideTheUnitInterval(@ForAll long seed) {
        UniformRandomProvider r = RandomSource.XO_SHI_RO_256_PP.create(seed);
        for (int i = 0; i < 1000; i++) {
            assertThat(Draws.openUniform(r)).isGreaterThan(0.0).isLessThan(1.0);
        }
    }

    /** The extreme raw outputs of the generator: all zero bits and all one bits. */
    @ParameterizedTest
    @ValueSource(longs = {0L, -1L, 0x7FFL, 0xFFFFFFFFFFFFF800L})
    void openUniformStaysOpenAtTheExtremes(long raw) {
        UniformRandomProvider constant = () -> raw;
        double u = Draws.openUniform(constant);
        assertThat(u).isGreaterThan(0.0).isLessThan(1.0);
        assertThat(Math.log(u)).isFinite();
    }

    @org.junit.jupiter.api.Test
    void theCumulativeDrawPicksWhatTheLinearDrawPicks() {
        org.apache.commons.rng.UniformRandomProvider weightsRng = org.apache.commons.rng.simple.RandomSource.SPLIT_MIX_64.create(3L);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + weightsRng.nextInt(40);
            double[] w = new double[n];
            double[] cumulative = new double[n + 5];
            double acc = 0;
            for (int i = 0; i < n; i++) {
                w[i] = weightsRng.nextDouble() < 0.3 ? 0.0 : weightsRng.nextDouble() * 1e-3;
                acc += w[i];
                cumulative[5 + i] = acc;
            }
            if (acc == 0) {
                continue;
            }
            long seed = weightsRng.nextLong();
            org.apache.commons.rng.UniformRandomProvider a = org.apache.commons.rng.simple.RandomSource.SPLIT_MIX_64.create(seed);
            org.apache.commons.rng.UniformRandomProvider b = org.apache.commons.rng.simple.RandomSource.SPLIT_MIX_64.create(seed);
            for (int k = 0; k < 50; k++) {
                int linear = Draws.categorical(a, w, n, acc);
                int binary = Draws.categoricalCumulative(b, cumulative, 5, n, acc);
                org.assertj.core.api.Assertions.assertThat(binary).isEqualTo(linear);
                org.assertj.core.api.Assertions.assertThat(w[binary]).isPositive();
            }
        }
    }
}
