package org.osteomet.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks output locations before any work starts. */
final class Paths {
    private Paths() {
    }

    static void requireWritableDirectory(Path dir, String option) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(option + ": '" + dir + "' exists and is not a directory");
        }
        Path parent = dir.toAbsolutePath().getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent != null && !Files.isWritable(parent)) {
            throw new BadInputException(option + ": cannot create '" + dir + "' (no write permission)");
        }
    }
}
