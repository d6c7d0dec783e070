package org.osteomet.calibration;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/** C = B D² Bᵀ: the eigenbasis B and the axis lengths D of the covariance matrix (Hansen 2016, Sect. 2). */
final class CovarianceFactors {

    /** Columns are the eigenvectors of C. */
    private final double[][] basis;
    private final double[] eigenvalues;

    private CovarianceFactors(double[][] basis, double[] eigenvalues) {
        this.basis = basis;
        this.eigenvalues = eigenvalues;
    }

    static CovarianceFactors of(double[][] covariance) {
        RealMatrix c = MatrixUtils.createRealMatrix(covariance);
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(c);
        return new CovarianceFactors(eigen.getV().getData(), eigen.getEigenvalues().clone());
    }

    /** Largest over smallest eigenvalue; infinite when C has lost positive definiteness. */
    double conditionNumber() {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double e : eigenvalues) {
            min = Math.min(min, e);
            max = Math.max(max, e);
        }
        return min > 0 ? max / min : Double.POSITIVE_INFINITY;
    }

    /** y = B D z: a standard normal z turned into a draw from N(0, C). */
    double[] correlate(double[] z) {
        int n = z.length;
        double[] dz = new double[n];
        for (int k = 0; k < n; k++) {
            dz[k] = Math.sqrt(eigenvalues[k]) * z[k];
        }
        return multiplyBasis(dz);
    }

    /** C^(-1/2) y = B D⁻¹ Bᵀ y. */
    double[] whiten(double[] y) {
        int n = y.length;
        double[] scaled = new double[n];
        for (int k = 0; k < n; k++) {
            double projection = 0;
            for (int i = 0; i < n; i++) {
                projection += basis[i][k] * y[i];
            }
            scaled[k] = projection / Math.sqrt(eigenvalues[k]);
        }
        return multiplyBasis(scaled);
    }

    private double[] multiplyBasis(double[] v) {
        int n = v.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += basis[i][k] * v[k];
            }
            out[i] = s;
        }
        return out;
    }
}
