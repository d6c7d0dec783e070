package org.osteomet.calibration;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Counter-based randomness of a calibration: generation g of a run with seed S samples from its own
 * xoshiro256++ stream seeded by a SplitMix64 hash of (S, g). No generator state survives a generation, so a
 * checkpoint need not save any and a resumed run draws exactly what an uninterrupted one would.
 */
final class GenerationStreams {

    /** Separates these streams from other users of the same seed (ASCII "calibrat"). */
    private static final long DOMAIN = 0x63616C6962726174L;
    /** SplitMix64's increment, the golden-ratio constant 2⁶⁴/φ. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private GenerationStreams() {
    }

    static UniformRandomProvider forGeneration(long seed, long generation) {
        long base = mix(mix(seed ^ DOMAIN) + generation);
        long s0 = mix(base + GOLDEN_GAMMA);
        long s1 = mix(s0 + GOLDEN_GAMMA);
        long s2 = mix(s1 + GOLDEN_GAMMA);
        long s3 = mix(s2 + GOLDEN_GAMMA);
        // xoshiro's state must not be all zero; forcing one bit guarantees it.
        return RandomSource.XO_SHI_RO_256_PP.create(new long[] {s0 | 1L, s1, s2, s3});
    }

    /** SplitMix64 finaliser (Steele, Lea & Flood 2014): a bijective 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
