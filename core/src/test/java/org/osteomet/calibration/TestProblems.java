package org.osteomet.calibration;

/** Standard test functions for the optimiser. */
final class TestProblems {

    private TestProblems() {
    }

    /** Σ (x_i − c_i)², minimum 0 at c. */
    static LossFunction sphereAround(double... centre) {
        return x -> {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                double d = x[i] - centre[i];
                s += d * d;
            }
            return s;
        };
    }

    /** Rosenbrock's banana valley, minimum 0 at (1, …, 1). */
    static double rosenbrock(double[] x) {
        double s = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            s += 100 * a * a + b * b;
        }
        return s;
    }
}
