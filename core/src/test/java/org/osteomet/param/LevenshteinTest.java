package org.osteomet.param;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LevenshteinTest {
    @Test
    void distanceCountsEdits() {
        assertThat(Levenshtein.distance("kidnye", "kidney")).isEqualTo(2);
        assertThat(Levenshtein.distance("", "abc")).isEqualTo(3);
        assertThat(Levenshtein.distance("same", "same")).isZero();
    }

    @Test
    void closestIsWithinTheLimitAndTiesGoAlphabetically() {
        assertThat(Levenshtein.closest("prostrate", List.of("breast", "prostate", "lung"), 3)).contains("prostate");
        assertThat(Levenshtein.closest("xyzzy", List.of("breast", "lung"), 3)).isEmpty();
        // "bat" is one edit from both: the alphabetically first wins, whatever the order given
        assertThat(Levenshtein.closest("bat", List.of("cat", "bag"), 1)).contains("bag");
        assertThat(Levenshtein.closest("bat", List.of("bag", "cat"), 1)).contains("bag");
    }
}
