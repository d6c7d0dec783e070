package org.osteomet.calibration;

/**
 * Told after every generation, once its checkpoint is on disk; an exception thrown here stops the run and
 * a later run resumes from that checkpoint.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = p -> {
    };

    void onGeneration(Progress progress);
}
