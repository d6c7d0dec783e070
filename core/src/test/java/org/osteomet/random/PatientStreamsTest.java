package org.osteomet.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.osteomet.random.PatientStreams.Process;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PatientStreamsTest {

    private static long[] take(UniformRandomProvider r, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = r.nextLong();
        }
        return out;
    }

    @Property(tries = 200)
    void sameSeedPatientAndProcessGiveTheSameSequence(@ForAll long seed, @ForAll @LongRange(min = 0, max = 10_000_000) long patient,
                                                     @ForAll Process process) {
        long[] a = take(new PatientStreams(seed).stream(patient, process), 256);
        long[] b = take(new PatientStreams(seed).stream(patient, process), 256);
        assertThat(a).containsExactly(b);
    }

    @Property(tries = 200)
    void differentPatientsGetDifferentSequences(@ForAll long seed, @ForAll @LongRange(min = 0, max = 1_000_000) long p1,
                                               @ForAll @LongRange(min = 0, max = 1_000_000) long p2, @ForAll Process process) {
        Assume.that(p1 != p2);
        PatientStreams streams = new PatientStreams(seed);
        long[] a = take(streams.stream(p1, process), 16);
        long[] b = take(streams.stream(p2, process), 16);
        assertThat(a).isNotEqualTo(b);
        assertThat(a[0]).isNotEqualTo(b[0]);
    }

    @Property(tries = 200)
    void differentProcessesGetDifferentSequences(@ForAll long seed, @ForAll @LongRange(min = 0, max = 1_000_000) long patient,
                                                @ForAll Process q1, @ForAll Process q2) {
        Assume.that(q1 != q2);
        PatientStreams streams = new PatientStreams(seed);
        long[] a = take(streams.stream(patient, q1), 16);
        long[] b = take(streams.stream(patient, q2), 16);
        assertThat(a[0]).isNotEqualTo(b[0]);
        assertThat(a).isNotEqualTo(b);
    }

    @Property(tries = 100)
    void differentRunSeedsGiveDifferentSequences(@ForAll long s1, @ForAll long s2, @ForAll @IntRange(min = 0, max = 1000) int patient) {
        Assume.that(s1 != s2);
        long[] a = take(new PatientStreams(s1).stream(patient, Process.SPREAD), 16);
        long[] b = take(new PatientStreams(s2).stream(patient, Process.SPREAD), 16);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void streamsDoNotDependOnCreationOrderOrOnOtherStreamsBeingUsed() {
        PatientStreams forward = new PatientStreams(42L);
        UniformRandomProvider f3 = forward.stream(3, Process.SPREAD);
        UniformRandomProvider f5 = forward.stream(5, Process.SPREAD);
        long[] f3seq = take(f3, 100);
        long[] f5seq = take(f5, 100);

        PatientStreams backward = new PatientStreams(42L);
        UniformRandomProvider b5 = backward.stream(5, Process.SPREAD);
        take(b5, 1000); // consume patient 5's stream heavily first
        backward.stream(4, Process.TRAITS).nextLong();
        UniformRandomProvider b3 = backward.stream(3, Process.SPREAD);
        long[] b3seq = take(b3, 100);
        long[] b5seqFresh = take(backward.stream(5, Process.SPREAD), 100);

        assertThat(b3seq).containsExactly(f3seq);
        assertThat(b5seqFresh).containsExactly(f5seq);
    }

    @Test
    void interleavedDrawsMatchSeparateDraws() {
        PatientStreams streams = new PatientStreams(7L);
        UniformRandomProvider a = streams.stream(3, Process.MORTALITY);
        UniformRandomProvider b = streams.stream(3, Process.CLINICAL);
        long[] inter = new long[200];
        for (int i = 0; i < 100; i++) {
            inter[2 * i] = a.nextLong();
            inter[2 * i + 1] = b.nextLong();
        }
        long[] sa = take(streams.stream(3, Process.MORTALITY), 100);
        long[] sb = take(streams.stream(3, Process.CLINICAL), 100);
        for (int i = 0; i < 100; i++) {
            assertThat(inter[2 * i]).isEqualTo(sa[i]);
            assertThat(inter[2 * i + 1]).isEqualTo(sb[i]);
        }
    }

    @Test
    void firstOutputsOfManyStreamsAreDistinct() {
        PatientStreams streams = new PatientStreams(123L);
        Set<Long> seen = new HashSet<>();
        int n = 0;
        for (long patient = 0; patient < 5000; patient++) {
            for (Process p : Process.values()) {
                seen.add(streams.stream(patient, p).nextLong());
                n++;
            }
        }
        assertThat(seen).hasSize(n);
    }

    @Test
    void neighbouringPatientStreamsAreUncorrelated() {
        // Uniforms of patient i and patient i+1 at the same draw index: correlation ~ N(0, 1/n).
        PatientStreams streams = new PatientStreams(99L);
        int n = 100_000;
        double sxy = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double x = streams.stream(i, Process.SPREAD).nextDouble();
            double y = streams.stream(i + 1, Process.SPREAD).nextDouble();
            sx += x;
            sy += y;
            sxy += x * y;
            sxx += x * x;
            syy += y * y;
        }
        double cov = sxy / n - (sx / n) * (sy / n);
        double corr = cov / Math.sqrt((sxx / n - (sx / n) * (sx / n)) * (syy / n - (sy / n) * (sy / n)));
        assertThat(Math.abs(corr)).isLessThan(4 / Math.sqrt(n));
    }

    @Test
    void runSeedIsReported() {
        assertThat(new PatientStreams(-17L).runSeed()).isEqualTo(-17L);
    }
}
