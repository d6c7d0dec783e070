package org.osteomet.therapy;

import java.util.function.BiConsumer;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/** Reference integration by Dormand-Prince 8(5,3) at tight tolerance, with impulses at dose times. */
final class Dp853 {
    private Dp853() {
    }

    static OrdinaryDifferentialEquation ode(int dim, BiConsumer<double[], double[]> rhs) {
        return new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return dim;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double[] dy = new double[dim];
                rhs.accept(y, dy);
                return dy;
            }
        };
    }

    /**
     * Integrates from {@code t0} (state {@code y0}, before any dose) to {@code t1}; at each dose time in
     * [t0, t1] adds {@code impulse} to component {@code index} first.
     */
    static double[] withImpulses(OrdinaryDifferentialEquation ode, double[] y0, double t0, double t1, double[] doseTimes,
                                 int index, double impulse) {
        DormandPrince853Integrator dp = new DormandPrince853Integrator(1e-10, 1.0, 1e-14, 1e-12);
        double[] y = y0.clone();
        double t = t0;
        for (double td : doseTimes) {
            if (td - t > 1e-9) {
                y = dp.integrate(ode, new ODEState(t, y), td).getPrimaryState();
                t = td;
            }
            y[index] += impulse;
        }
        if (t1 - t > 1e-9) {
            y = dp.integrate(ode, new ODEState(t, y), t1).getPrimaryState();
        }
        return y;
    }
}
