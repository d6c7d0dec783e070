package org.osteomet.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.osteomet.random.PatientStreams;
import org.osteomet.sim.Entry;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.sim.PatientSimulator;
import org.osteomet.sim.Workspace;
import org.osteomet.tumour.CancerType;

/**
 * The patient loop on one thread: time per simulated patient (5 years of follow-up from the entry event).
 * Patient-years per second = 5 / (seconds per patient) for diagnosis entry.
 * Run: {@code ./mvnw -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PatientLoopBenchmark {
    static final int PATIENTS_PER_OP = 1000;

    @Param({"breast", "prostate", "lung"})
    public String primary;

    @Param({"diagnosis", "bone-metastatic"})
    public String entry;

    private PatientSimulator simulator;
    private PatientStreams streams;
    private Workspace workspace;
    private Entry entryPoint;
    private long next;

    @Setup(Level.Trial)
    public void setUp() {
        simulator = new PatientSimulator(ModelCatalog.defaults(), CancerType.fromCode(primary).orElseThrow());
        streams = new PatientStreams(1);
        workspace = simulator.newWorkspace(false); // as cohorts run: clinical events only
        entryPoint = Entry.fromCode(entry).orElseThrow();
    }

    @Benchmark
    @OperationsPerInvocation(PATIENTS_PER_OP)
    public void simulatePatients(Blackhole bh) {
        for (int i = 0; i < PATIENTS_PER_OP; i++) {
            bh.consume(simulator.run(next++, streams, entryPoint, 5 * PatientSimulator.DAYS_PER_YEAR, workspace, null));
        }
    }
}
