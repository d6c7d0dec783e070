package org.osteomet.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void doseTimesListTheDosesInARangeWithBothEndsIncluded() {
        Schedule s = Schedule.repeated(4, "mg", 28, 6, 10);
        assertThat(s.doseTimes(0, 1000)).containsExactly(10, 38, 66, 94, 122, 150);
        assertThat(s.doseTimes(38, 94)).containsExactly(38, 66, 94);
        assertThat(s.doseTimes(38.5, 93.9)).containsExactly(66);
        assertThat(s.doseTimes(0, 9.99)).isEmpty();
        assertThat(s.doseTimes(151, 500)).isEmpty();
        assertThat(s.lastDoseDay()).isEqualTo(150);
        assertThat(s.dosesUpTo(9.99)).isZero();
        assertThat(s.dosesUpTo(10)).isEqualTo(1);
        assertThat(s.dosesUpTo(1e9)).isEqualTo(6);
        assertThat(s.cumulativeAmount(66)).isEqualTo(12);
    }

    @Test
    void openEndedAndSingleSchedules() {
        Schedule open = Schedule.openEnded(120, "mg", 28, 0);
        assertThat(open.isOpenEnded()).isTrue();
        assertThat(open.doseTimes(0, 365)).hasSize(14);
        assertThat(open.dosesUpTo(28 * 1000)).isEqualTo(1001);
        assertThat(open.lastDoseDay()).isInfinite();
        Schedule one = Schedule.single(3, "mg", 5);
        assertThat(one.doseTimes(-1e9, 1e9)).containsExactly(5);
        assertThat(one.dosesUpTo(Double.POSITIVE_INFINITY)).isEqualTo(1);
    }

    @Test
    void dosesAtFractionalIntervalsAreCountedExactly() {
        Schedule s = Schedule.openEnded(1, "mg", 0.1, 0.3);
        for (int k = 0; k < 1000; k++) {
            double t = s.doseTime(k);
            assertThat(s.dosesUpTo(t)).isEqualTo(k + 1);
            assertThat(s.dosesUpTo(Math.nextDown(t))).isEqualTo(k);
        }
    }

    @Test
    void validationMessagesNameTheField() {
        assertThatThrownBy(() -> Schedule.repeated(0, "mg", 28, 3, 0)).hasMessageContaining("Schedule.doseAmount")
                .hasMessageContaining("0.0");
        assertThatThrownBy(() -> Schedule.repeated(Double.NaN, "mg", 28, 3, 0)).hasMessageContaining("Schedule.doseAmount");
        assertThatThrownBy(() -> Schedule.repeated(4, " ", 28, 3, 0)).hasMessageContaining("Schedule.doseUnit");
        assertThatThrownBy(() -> Schedule.repeated(4, null, 28, 3, 0)).hasMessageContaining("Schedule.doseUnit");
        assertThatThrownBy(() -> Schedule.repeated(4, "mg", 0, 3, 0)).hasMessageContaining("Schedule.intervalDays")
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> Schedule.repeated(4, "mg", Double.POSITIVE_INFINITY, 3, 0))
                .hasMessageContaining("Schedule.intervalDays").hasMessageContaining("doseCount");
        assertThatThrownBy(() -> Schedule.repeated(4, "mg", 28, 0, 0)).hasMessageContaining("Schedule.doseCount");
        assertThatThrownBy(() -> Schedule.repeated(4, "mg", 28, -5, 0)).hasMessageContaining("Schedule.doseCount");
        assertThatThrownBy(() -> Schedule.repeated(4, "mg", 28, 3, Double.NaN)).hasMessageContaining("Schedule.startDay");
        Schedule s = Schedule.repeated(4, "mg", 28, 3, 0);
        assertThatThrownBy(() -> s.doseTimes(10, 5)).hasMessageContaining("toDay").hasMessageContaining("fromDay");
        assertThatThrownBy(() -> s.doseTime(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new ZoledronicAcidPk().boneAmountMg(Schedule.single(55, "kBq/kg", 0), 1))
                .hasMessageContaining("Schedule.doseUnit").hasMessageContaining("mg");
    }
}
