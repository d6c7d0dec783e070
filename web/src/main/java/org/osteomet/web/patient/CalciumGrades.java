package org.osteomet.web.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterSet;
import org.osteomet.physiology.CalciumParameters;
import org.osteomet.physiology.HypercalcaemiaGrade;

/** The CTCAE hypercalcaemia grades of the parameter set, for the calcium chart's bands. */
public final class CalciumGrades {
    private static final List<Parameter> THRESHOLDS = List.of(CalciumParameters.CTCAE_ULN, CalciumParameters.CTCAE_GRADE2,
            CalciumParameters.CTCAE_GRADE3, CalciumParameters.CTCAE_GRADE4);

    private CalciumGrades() {
    }

    /** Grades 1-4, each with the serum calcium it starts above (mmol/L, exclusive) and its symptoms. */
    public static List<Map<String, Object>> of(ParameterSet params) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < THRESHOLDS.size(); i++) {
            int grade = i + 1;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("grade", grade);
            m.put("above_mmol_per_l", params.get(THRESHOLDS.get(i)));
            m.put("symptoms", HypercalcaemiaGrade.symptoms(grade));
            out.add(m);
        }
        return out;
    }
}
