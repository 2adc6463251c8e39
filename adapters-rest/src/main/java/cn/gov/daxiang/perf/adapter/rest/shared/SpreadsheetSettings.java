package cn.gov.daxiang.perf.adapter.rest.shared;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Configuration of the spreadsheet endpoints ({@code perf.spreadsheet.*}): the limits of an uploaded workbook
 * and the bulkhead on concurrent imports and exports. README.md, "API conventions", lists them.
 */
@ConfigMapping(prefix = "perf.spreadsheet")
public interface SpreadsheetSettings {

    /** Imports and exports of .xlsx tables running at once; more are refused with 429. Two suit a two-core machine. */
    @WithDefault("2")
    int concurrency();

    /** What a refused caller is told to wait (Retry-After, whole seconds). */
    @WithDefault("2S")
    Duration retryAfter();

    @WithDefault("100")
    int maxEntries();

    @WithDefault("32M")
    MemorySize maxPartSize();

    @WithDefault("48M")
    MemorySize maxUnpackedSize();

    @WithDefault("4M")
    MemorySize maxMetadataSize();

    @WithDefault("20000")
    int maxRows();

    @WithDefault("64")
    int maxColumns();

    @WithDefault("4000")
    int maxCellLength();

    default SpreadsheetLimits limits() {
        return new SpreadsheetLimits(maxEntries(), maxPartSize().asLongValue(), maxUnpackedSize().asLongValue(),
                maxMetadataSize().asLongValue(), maxRows(), maxColumns(), maxCellLength());
    }
}
