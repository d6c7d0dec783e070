package org.osteomet.web.request;

import java.util.Collection;

import org.osteomet.param.Levenshtein;

/** "Did you mean" hints for misspelt names. */
final class Suggestions {
    /** Farther than this many edits, a name is not offered as a hint. */
    private static final int MAX_EDITS = 3;

    private Suggestions() {
    }

    /** " (did you mean 'x'?)" for the closest option (an option that starts with what was given counts as close). */
    static String hint(String given, Collection<String> unordered) {
        // Sorted, so a tie between two options gives the same hint on every run.
        var options = unordered.stream().sorted().toList();
        String lower = given.trim().toLowerCase(java.util.Locale.ROOT);
        if (!lower.isEmpty()) {
            var started = options.stream().filter(o -> o.startsWith(lower)).findFirst();
            if (started.isPresent()) {
                return " (did you mean '" + started.get() + "'?)";
            }
        }
        return Levenshtein.closest(given, options, MAX_EDITS)
                .map(o -> " (did you mean '" + o + "'?)")
                .orElse("");
    }
}
