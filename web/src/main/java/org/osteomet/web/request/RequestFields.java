package org.osteomet.web.request;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fields of a JSON request object, read one by one with their type and range checked; every problem is a
 * {@link BadRequestException} naming the field. A missing or null field takes its default.
 */
public final class RequestFields {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /** The field name used for problems with the body as a whole. */
    public static final String BODY = "body";
    private static final int MAX_SHOWN_CHARS = 40;

    private final ObjectNode node;

    private RequestFields(ObjectNode node) {
        this.node = node;
    }

    /** Parses a request body that must be one JSON object whose fields are all among {@code allowed}. */
    public static RequestFields parse(byte[] body, Set<String> allowed) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (JsonParseException e) {
            throw new BadRequestException(BODY, "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new BadRequestException(BODY, "malformed JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new BadRequestException(BODY, "empty; send a JSON object");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new BadRequestException(BODY, "must be a JSON object, got " + tree.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new BadRequestException(name, "unknown field" + Suggestions.hint(name, allowed) + "; known fields: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return new RequestFields(object);
    }

    private Optional<JsonNode> value(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    /** A whole number in [min, max]. */
    public long integer(String field, long fallback, long min, long max) {
        Optional<JsonNode> v = value(field);
        if (v.isEmpty()) {
            return fallback;
        }
        JsonNode n = v.get();
        if (!n.isNumber()) {
            throw new BadRequestException(field, "must be a whole number, got " + shown(n));
        }
        if (!n.isIntegralNumber() && n.asDouble() != Math.rint(n.asDouble())) {
            throw new BadRequestException(field, "must be a whole number, got " + shown(n));
        }
        if (!n.canConvertToLong() || n.asLong() < min || n.asLong() > max) {
            throw new BadRequestException(field, "must be between " + min + " and " + max + ", got " + shown(n));
        }
        return n.asLong();
    }

    /** A number in (lowExclusive, max]. */
    public double number(String field, double fallback, double lowExclusive, double max) {
        Optional<JsonNode> v = value(field);
        if (v.isEmpty()) {
            return fallback;
        }
        JsonNode n = v.get();
        if (!n.isNumber()) {
            throw new BadRequestException(field, "must be a number, got " + shown(n));
        }
        double d = n.asDouble();
        if (!(d > lowExclusive) || d > max) {
            throw new BadRequestException(field, "must be more than " + plain(lowExclusive) + " and at most " + plain(max) + ", got " + shown(n));
        }
        return d;
    }

    /** A name from a fixed set; {@code parse} gives the value for a known name. Missing: required, unless fallback. */
    public <T> T choice(String field, String fallback, Function<String, Optional<T>> parse, List<String> options) {
        String given = value(field).map(n -> text(field, n)).orElse(fallback);
        if (given == null) {
            throw new BadRequestException(field, "missing; choose one of: " + String.join(", ", options));
        }
        return choose(field, given, parse, options);
    }

    /** A list of names from a fixed set, with at most {@code maxItems}. */
    public <T> List<T> choices(String field, List<String> fallback, Function<String, Optional<T>> parse, List<String> options,
                               int maxItems) {
        Optional<JsonNode> v = value(field);
        List<String> given = new ArrayList<>();
        if (v.isEmpty()) {
            given.addAll(fallback);
        } else if (!v.get().isArray()) {
            throw new BadRequestException(field, "must be a list of names, got " + shown(v.get()));
        } else if (v.get().size() > maxItems) {
            throw new BadRequestException(field, "at most " + maxItems + " items, got " + v.get().size());
        } else {
            v.get().forEach(item -> given.add(text(field, item)));
        }
        List<T> out = new ArrayList<>();
        for (String g : given) {
            out.add(choose(field, g, parse, options));
        }
        return out;
    }

    private static <T> T choose(String field, String given, Function<String, Optional<T>> parse, List<String> options) {
        return parse.apply(given).orElseThrow(() -> new BadRequestException(field, "unknown '" + given + "'"
                + Suggestions.hint(given, options) + "; choose one of: " + String.join(", ", options)));
    }

    private static String text(String field, JsonNode n) {
        if (!n.isTextual()) {
            throw new BadRequestException(field, "must be a string, got " + shown(n));
        }
        return n.asText();
    }

    /** The value as the client sent it, cut short: messages must stay one readable line. */
    private static String shown(JsonNode n) {
        String s = n.toString();
        return s.length() <= MAX_SHOWN_CHARS ? s : s.substring(0, MAX_SHOWN_CHARS) + "...";
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
