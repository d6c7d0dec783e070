package org.osteomet.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.osteomet.sim.CohortRunner;
import org.osteomet.sim.CohortSummary;
import org.osteomet.sim.PatientOutcome;

/**
 * Streams a cohort to DIR/patients.csv and DIR/events.csv as chunks arrive, and writes DIR/summary.json
 * at the end. Rows are flushed chunk by chunk, so an interrupted run keeps what it computed.
 */
public final class CohortFiles implements CohortRunner.Sink, AutoCloseable {
    private final Path dir;
    private final Writer patients;
    private final Writer events;
    private final boolean allEvents;
    private final CohortSummary summary;

    public CohortFiles(Path dir, CohortSummary summary, boolean allEvents) throws IOException {
        this.dir = dir;
        this.summary = summary;
        this.allEvents = allEvents;
        Files.createDirectories(dir);
        this.patients = open(dir.resolve("patients.csv"));
        this.events = open(dir.resolve("events.csv"));
        PatientsCsv.writeHeader(patients);
        EventsCsv.writeHeader(events);
    }

    private static Writer open(Path p) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void accept(List<PatientOutcome> chunk) throws IOException {
        for (PatientOutcome o : chunk) {
            PatientsCsv.write(patients, o);
            EventsCsv.write(events, o, allEvents);
        }
        patients.flush();
        events.flush();
        summary.add(chunk);
    }

    /** Writes summary.json (also for a partial run, with the counts so far). */
    public void writeSummary(boolean complete) throws IOException {
        var map = new java.util.LinkedHashMap<String, Object>(summary.toMap());
        map.put("complete", complete);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("summary.json").toFile(), map);
    }

    @Override
    public void close() throws IOException {
        try (patients; events) {
            patients.flush();
            events.flush();
        }
    }
}
