package org.osteomet.output;

import java.util.Locale;

/** Deterministic, locale-free number formatting for CSV files. */
final class Csv {
    private Csv() {
    }

    /** A value with up to 4 significant digits ("" for NaN): cell counts, ages, sizes. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.4g", v);
        }
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Days as a whole number ("" for NaN). */
    static String day(int d, boolean present) {
        return present ? Integer.toString(d) : "";
    }
}
