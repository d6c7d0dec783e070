package org.osteomet.sim;

/** Lesions are taken as spheres of tumour at a fixed cell density: cells from a diameter, and back. */
final class Spheres {
    private static final double MM_PER_CM = 10.0;

    private Spheres() {
    }

    /** Cells in a sphere of {@code diameterMm} at {@code cellsPerCm3}. */
    static double cells(double diameterMm, double cellsPerCm3) {
        double cm = diameterMm / MM_PER_CM;
        return cellsPerCm3 * Math.PI / 6.0 * cm * cm * cm;
    }

    /** Diameter, mm, of a sphere of {@code cells} at {@code cellsPerCm3}. */
    static double diameterMm(double cells, double cellsPerCm3) {
        return MM_PER_CM * Math.cbrt(cells / cellsPerCm3 * 6.0 / Math.PI);
    }
}
