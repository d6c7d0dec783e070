package org.osteomet.sim;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.osteomet.anatomy.SkeletalAtlas;
import org.osteomet.bone.BoneParameters;
import org.osteomet.clinical.ClinicalParameters;
import org.osteomet.physiology.CalciumParameters;
import org.osteomet.therapy.TherapyParameters;
import org.osteomet.clinical.MortalityParameters;
import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterCatalog;
import org.osteomet.param.ParameterSet;
import org.osteomet.param.Provenance;
import org.osteomet.spread.SpreadParameters;
import org.osteomet.tumour.CancerProfiles;

/**
 * The catalog of every model parameter, and its defaults. When the classpath holds {@link #CALIBRATED_RESOURCE}
 * (written by {@code osteomet calibrate --install}), the values it lists replace the built-in defaults: in the
 * catalog itself, so listings, scenarios and {@link #defaults()} all see them.
 */
public final class ModelCatalog {
    /** Flat {@code name: value} YAML overlay of calibrated defaults; optional. */
    public static final String CALIBRATED_RESOURCE = "org/osteomet/sim/calibrated-parameters.yaml";
    static final String CALIBRATED_FILE = "calibrated-parameters.yaml";

    private static final ParameterCatalog BUILT_IN = build();
    private static final Map<String, Double> OVERLAY;
    /** A broken overlay, reported on every use rather than as an ExceptionInInitializerError. */
    private static final IllegalStateException OVERLAY_PROBLEM;
    private static final ParameterCatalog CATALOG;

    static {
        Map<String, Double> overlay = Map.of();
        IllegalStateException problem = null;
        try {
            overlay = readOverlay();
        } catch (IllegalStateException e) {
            problem = e;
        }
        OVERLAY = overlay;
        OVERLAY_PROBLEM = problem;
        CATALOG = withOverlay(BUILT_IN, overlay);
    }

    private ModelCatalog() {
    }

    private static ParameterCatalog build() {
        List<Parameter> all = new ArrayList<>();
        all.addAll(SkeletalAtlas.parameters());
        all.addAll(CancerProfiles.parameters());
        all.addAll(ParameterCatalog.declaredIn(SpreadParameters.class, MortalityParameters.class, ClinicalParameters.class,
                CalciumParameters.class));
        all.addAll(BoneParameters.parameters());
        all.addAll(TherapyParameters.parameters());
        return new ParameterCatalog(all);
    }

    public static ParameterCatalog catalog() {
        requireOverlay();
        return CATALOG;
    }

    /** Every parameter at its default, calibrated overlay included. */
    public static ParameterSet defaults() {
        return catalog().defaults();
    }

    /** The values taken from {@link #CALIBRATED_RESOURCE}, by name in file order; empty without the resource. */
    public static Map<String, Double> calibratedOverlay() {
        requireOverlay();
        return OVERLAY;
    }

    private static void requireOverlay() {
        if (OVERLAY_PROBLEM != null) {
            throw new IllegalStateException(OVERLAY_PROBLEM.getMessage(), OVERLAY_PROBLEM);
        }
    }

    private static Map<String, Double> readOverlay() {
        try (InputStream in = ModelCatalog.class.getClassLoader().getResourceAsStream(CALIBRATED_RESOURCE)) {
            return in == null ? Map.of() : parseOverlay(in.readAllBytes(), CALIBRATED_FILE, BUILT_IN);
        } catch (IOException e) {
            throw new IllegalStateException(CALIBRATED_FILE + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads flat {@code name: value} YAML; every name must be a parameter and every value in its range. */
    static Map<String, Double> parseOverlay(byte[] yaml, String where, ParameterCatalog catalog) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(yaml);
        } catch (IOException e) {
            throw new IllegalStateException(where + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Map.of(); // only comments
        }
        if (!root.isObject()) {
            throw new IllegalStateException(where + ": expected flat 'name: value' lines");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            Parameter p = catalog.find(name).orElseThrow(() -> new IllegalStateException(where + ": unknown parameter '" + name + "'"));
            if (!e.getValue().isNumber()) {
                throw new IllegalStateException(where + ": " + name + ": expected a number, got '" + e.getValue() + "'");
            }
            double v = e.getValue().doubleValue();
            if (!(v >= p.min() && v <= p.max())) {
                throw new IllegalStateException(where + ": " + name + " = " + v + " is outside [" + p.min() + ", " + p.max() + "]");
            }
            out.put(name, v);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The catalog with the overlay's values as defaults, each marked as coming from the overlay. */
    static ParameterCatalog withOverlay(ParameterCatalog base, Map<String, Double> overlay) {
        if (overlay.isEmpty()) {
            return base;
        }
        List<Parameter> all = new ArrayList<>();
        for (Parameter p : base.all()) {
            Double v = overlay.get(p.name());
            all.add(v == null ? p : p.withValue(v, Provenance.CALIBRATED, "value from " + CALIBRATED_FILE
                    + " (its header gives targets, seed, loss and date); built-in default " + p.value() + ": " + p.source()));
        }
        return new ParameterCatalog(all);
    }
}
