package org.osteomet.cli;

import java.util.Locale;

/** How parameter values are printed in listings and docs. */
final class ParamsCommandFormat {
    private ParamsCommandFormat() {
    }

    static String value(double v) {
        if (v == Double.MIN_NORMAL) {
            return ">0";
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+$", "").replaceAll("\\.?0+e", "e");
    }
}
