package org.osteomet.web.json;

import java.math.BigDecimal;
import java.math.MathContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * JSON output: plain maps, lists and numbers, written the same way every time (so equal runs give equal bytes),
 * with numbers rounded to what a chart or table can show (smaller responses, no false precision).
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {"error": message}: the body of every error response. */
    public static byte[] error(String message) {
        return bytes(java.util.Map.of("error", message));
    }

    /** v with this many significant digits; null for NaN and infinities (JSON has neither). */
    public static Double significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return null;
        }
        return v == 0 ? 0.0 : new BigDecimal(v).round(new MathContext(digits)).doubleValue();
    }

    /** v with this many decimals; null for NaN and infinities. */
    public static Double decimals(double v, int places) {
        if (!Double.isFinite(v)) {
            return null;
        }
        return BigDecimal.valueOf(v).setScale(places, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
