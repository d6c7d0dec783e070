package org.osteomet.web.jobs;

/** The work of one job: returns the finished result as JSON bytes (kept as they are, so equal runs give equal bytes). */
@FunctionalInterface
public interface JobTask {
    byte[] run(JobContext context) throws Exception;
}
