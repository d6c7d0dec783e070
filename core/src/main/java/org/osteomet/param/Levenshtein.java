package org.osteomet.param;

/** Edit distance, for "did you mean" hints on misspelt names. */
public final class Levenshtein {
    private Levenshtein() {
    }

    /**
     * The option closest to {@code given}, if at most {@code maxEdits} away; ties go to the alphabetically first, so
     * a hint is the same on every run.
     */
    public static java.util.Optional<String> closest(String given, java.util.Collection<String> options, int maxEdits) {
        return options.stream().min(java.util.Comparator.comparingInt((String o) -> distance(o, given)).thenComparing(o -> o))
                .filter(o -> distance(o, given) <= maxEdits);
    }

    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int subst = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(subst, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
