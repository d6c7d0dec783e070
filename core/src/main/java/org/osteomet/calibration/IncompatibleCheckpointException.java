package org.osteomet.calibration;

import java.nio.file.Path;
import java.util.List;

/** A checkpoint exists but belongs to another calibration (or an unknown format), so it cannot be resumed. */
public final class IncompatibleCheckpointException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    IncompatibleCheckpointException(Path checkpoint, List<String> differences) {
        super("checkpoint " + checkpoint + " was written by a different calibration and cannot be resumed ("
                + String.join("; ", differences) + "). Delete it or choose another checkpoint file.");
    }
}
