package org.osteomet.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A calibration checkpoint as JSON. Doubles are written by Jackson in Java's round-trip decimal form (NaN and
 * infinities as strings), so a state read back is bit-identical to the one written. Writes go to a temporary
 * sibling file that is then moved over the checkpoint, so an interrupted write never leaves a broken file.
 */
public final class CheckpointFile {

    private static final String TEMPORARY_SUFFIX = ".tmp";

    private final Path path;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public CheckpointFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** The saved state, or empty when there is no checkpoint yet. */
    public Optional<CalibrationState> read() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        CalibrationState state;
        try {
            state = mapper.readValue(path.toFile(), CalibrationState.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calibration checkpoint " + path + ": " + e.getMessage(), e);
        }
        if (state.formatVersion() != CalibrationState.FORMAT_VERSION) {
            throw new IncompatibleCheckpointException(path, List.of("format version: checkpoint has "
                    + state.formatVersion() + ", this program writes " + CalibrationState.FORMAT_VERSION));
        }
        return Optional.of(state);
    }

    public void write(CalibrationState state) {
        Path temporary = path.resolveSibling(path.getFileName() + TEMPORARY_SUFFIX);
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            byte[] bytes = mapper.writeValueAsBytes(state);
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write calibration checkpoint " + path + ": " + e.getMessage(), e);
        }
    }
}
