package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.shared.DomainException;

import java.util.Map;

/** A file larger than the configured limit (HTTP 413), naming the limit in bytes and in MB. */
public class EvidenceFileTooLargeException extends DomainException {

    private final long limitBytes;

    public EvidenceFileTooLargeException(long limitBytes) {
        super("EVIDENCE_FILE_TOO_LARGE", Map.of("limitBytes", limitBytes, "limit", readable(limitBytes)));
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }

    /** 20971520 as "20 MB", 1536 as "1.5 KB". */
    public static String readable(long bytes) {
        String[] units = {"B", "KB", "MB", "GB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value)) + " " + units[unit];
    }
}
