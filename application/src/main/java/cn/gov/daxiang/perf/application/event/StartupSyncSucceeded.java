package cn.gov.daxiang.perf.application.event;

/**
 * Fired (CDI) once the synchronisation at start succeeded, so that what needs the province's reference data, such as
 * the embedded default's sample records, can follow it.
 */
public record StartupSyncSucceeded(String runId) {
}
