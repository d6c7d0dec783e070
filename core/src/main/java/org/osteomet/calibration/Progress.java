package org.osteomet.calibration;

/**
 * Where a calibration stands after a generation, for a progress bar.
 *
 * @param generation      generations completed
 * @param maxGenerations  the budget
 * @param evaluations     losses computed so far
 * @param bestLoss        best loss so far
 * @param sigma           current step size, unit coordinates
 */
public record Progress(int generation, int maxGenerations, long evaluations, double bestLoss, double sigma) {
}
