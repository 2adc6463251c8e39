package cn.gov.daxiang.perf.adapter.rest.library;

import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.daxiang.perf.domain.library.LibraryEntry;
import cn.gov.daxiang.perf.domain.library.LibraryStatus;

import java.time.Instant;
import java.util.List;

/**
 * A project's library status (入库): NOT_ENTERED, or IN_LIBRARY since {@code enteredAt}, entered by {@code enteredBy};
 * {@code checks}: the readiness checks it passed then (only on the entry itself, not in the project lists).
 */
@Schema(name = "ProjectLibraryStatus", requiredProperties = {"status"})
public record LibraryStatusResponse(Coded<LibraryStatus> status, Instant enteredAt, String enteredBy, List<Check> checks) {

    @Schema(name = "LibraryReadinessCheck", requiredProperties = {"check", "reason"})
    public record Check(String check, String reason) {
    }

    public static LibraryStatusResponse summary(LibraryEntry entry) {
        if (entry == null) {
            return new LibraryStatusResponse(Coded.of(LibraryStatus.NOT_ENTERED), null, null, null);
        }
        return new LibraryStatusResponse(Coded.of(LibraryStatus.IN_LIBRARY), entry.getEnteredAt(),
                entry.getEnteredBy().value(), null);
    }

    public static LibraryStatusResponse full(LibraryEntry entry) {
        if (entry == null) {
            return summary(null);
        }
        return new LibraryStatusResponse(Coded.of(LibraryStatus.IN_LIBRARY), entry.getEnteredAt(),
                entry.getEnteredBy().value(), entry.getReadiness().results().stream().map(r -> new Check(r.check(), r.reason())).toList());
    }
}
