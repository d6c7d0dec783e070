package org.osteomet.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Random streams of one run. Patient i of a run with seed S always gets the same streams, whatever the
 * thread count, the order of work or the other patients: each stream's seed is a SplitMix64 hash of
 * (run seed, patient index, process). Separate processes (traits, spread, mortality, clinical, therapy)
 * get separate streams, so a change in how one process draws (a treatment, say) leaves the others'
 * numbers alone: two trial arms see the same patients (common random numbers).
 */
public final class PatientStreams {

    /** The simulated processes that draw random numbers, one stream each. */
    public enum Process {
        TRAITS, SPREAD, MORTALITY, CLINICAL, THERAPY,
        /** When a prevalent-pool patient is enrolled (last, so the other streams keep their seeds). */
        ENROLMENT,
        /** Hidden events that change nothing else (awakened cells the immune system clears), drawn only when kept. */
        HIDDEN,
        /** Whether each vertebral metastasis grows back toward the spinal canal (after HIDDEN, so the others keep their seeds). */
        EPIDURAL,
        /** Whether staging at diagnosis finds a small nodal deposit (a section through the sentinel node crosses it). */
        STAGING,
        /** When a trial patient leaves the study alive (after STAGING, so the others keep their seeds; drawn once, at entry). */
        WITHDRAWAL,
        /** Whether a founded metastasis is an osteoblastic subclone (last, so the others keep their seeds). */
        PHENOTYPE
    }

    private final long runSeed;

    public PatientStreams(long runSeed) {
        this.runSeed = runSeed;
    }

    public long runSeed() {
        return runSeed;
    }

    public UniformRandomProvider stream(long patientIndex, Process process) {
        long base = mix(mix(runSeed ^ 0x6F737465_6F6D6574L) + patientIndex);
        long s0 = mix(base + 0x9E3779B97F4A7C15L * (2L * process.ordinal() + 1));
        long s1 = mix(s0 + 0x9E3779B97F4A7C15L);
        long s2 = mix(s1 + 0x9E3779B97F4A7C15L);
        long s3 = mix(s2 + 0x9E3779B97F4A7C15L);
        return RandomSource.XO_SHI_RO_256_PP.create(new long[] {s0 | 1L, s1, s2, s3});
    }

    /** SplitMix64 finaliser (Steele, Lea & Flood 2014): a bijective 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
