package org.osteomet.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks output locations before any work starts. */
final class Paths {
    private Paths() {
    }

    /** Creates the directory now, so an unusable location is reported before any work. */
    static void requireWritableDirectory(Path dir, String option) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(option + ": '" + dir + "' exists and is not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException | RuntimeException e) {
            throw new BadInputException(option + ": cannot create '" + dir + "' (" + e.getClass().getSimpleName() + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new BadInputException(option + ": cannot write to '" + dir + "'");
        }
    }
}
