package org.osteomet.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osteomet.calibration.LossFunction;
import org.osteomet.calibration.SearchSpace;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterSet;
import org.osteomet.validation.Target;
import org.osteomet.validation.Validation;

/**
 * The loss {@code osteomet calibrate} minimises: the sum over the targets of {@link Target#loss}. Every candidate
 * meets the same virtual patients (one model seed for the whole run: common random numbers), and each evaluation
 * runs on one thread, so a loss depends on the candidate only.
 */
final class CalibrationObjective {
    private final ParameterSet base;
    private final StandardOfCare policy;
    private final Path policyFile;
    private final List<Target> targets;
    private final SearchSpace space;
    private final int patients;
    private final long seed;

    CalibrationObjective(ParameterSet base, StandardOfCare policy, Path policyFile, List<Target> targets, SearchSpace space,
                         int patients, long seed) {
        this.base = base;
        this.policy = policy;
        this.policyFile = policyFile;
        this.targets = List.copyOf(targets);
        this.space = space;
        this.patients = patients;
        this.seed = seed;
    }

    List<Target> targets() {
        return targets;
    }

    /** The simulated value of every target for candidate values in search order; null when they do not make a model. */
    double[] simulate(double[] values) {
        ParameterSet p = base.with(space.byName(values));
        try {
            for (org.osteomet.validation.Experiment e : Validation.experiments(targets)) {
                for (org.osteomet.tumour.CancerType type : e.population().keySet()) {
                    new org.osteomet.sim.PatientSimulator(p, type, policy); // checks that the values make a model together
                }
            }
        } catch (IllegalArgumentException inconsistent) {
            return null; // values valid one by one that do not make a model together: the worst loss
        }
        try {
            return new Validation(p, policy, new Validation.Settings(patients, seed, 1, 0)).measure(targets);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("simulating the targets failed: " + e, e);
        }
    }

    /** Sum of the target losses; +infinity for a candidate that does not make a model. */
    double loss(double[] simulated) {
        if (simulated == null) {
            return Double.POSITIVE_INFINITY;
        }
        double sum = 0;
        for (int i = 0; i < simulated.length; i++) {
            sum += targets.get(i).loss(simulated[i]);
        }
        return sum;
    }

    LossFunction lossFunction() {
        return values -> loss(simulate(values));
    }

    /**
     * What a checkpoint must also match to be resumed, beyond what the calibration engine checks (parameters, bounds,
     * seeds, population): targets, patients, the other parameters and the policy. One "key: value" per entry.
     */
    Map<String, String> record() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("targets", String.join(",", targets.stream().map(Target::id).toList()));
        r.put("patients", Integer.toString(patients));
        // the experiments (population, entry, follow-up, protocol, patients_factor) behind the targets: a changed one is a new objective
        r.put("experiments (sha256)", sha256(String.join("\n", targets.stream()
                .map(t -> t.id() + ": " + (t.experiment() == null ? "-" : t.experiment().describe())).toList()).getBytes(StandardCharsets.UTF_8)));
        r.put("model seed", Long.toString(seed));
        List<String> fixed = new ArrayList<>();
        for (Parameter p : base.catalog().all()) {
            if (!space.names().contains(p.name())) {
                fixed.add(p.name() + "=" + Double.doubleToLongBits(base.get(p)));
            }
        }
        r.put("other parameters (sha256)", sha256(String.join("\n", fixed).getBytes(StandardCharsets.UTF_8)));
        // the built-in policy changes between versions too: a checkpoint made under another one is another objective
        r.put("policy", policyFile == null ? "built-in, sha256 " + sha256(builtInPolicy()) : "sha256 " + sha256(read(policyFile)));
        return r;
    }

    private static byte[] builtInPolicy() {
        try (java.io.InputStream in = org.osteomet.clinical.StandardOfCare.class.getResourceAsStream("standard-of-care.yaml")) {
            if (in == null) {
                throw new IllegalStateException("standard-of-care.yaml missing from the jar");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the built-in standard-of-care policy", e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new BadInputException("--policy: cannot read '" + file + "'");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
