package org.osteomet.sim;

/** Sees the patient after every simulation step (for trajectories of a single patient). */
@FunctionalInterface
public interface StepObserver {
    void afterStep(double day, SiteSnapshot snapshot);
}
