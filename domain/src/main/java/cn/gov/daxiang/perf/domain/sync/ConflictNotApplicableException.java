package cn.gov.daxiang.perf.domain.sync;

import cn.gov.daxiang.perf.domain.shared.RuleViolationException;

import java.util.Map;

/** The held change cannot be taken over as things stand (422); the conflict stays open. */
public class ConflictNotApplicableException extends RuleViolationException {

    private ConflictNotApplicableException(String code, SyncConflict conflict) {
        super(code, Map.of("conflictId", conflict.getId().toString(), "subject", conflict.getSubjectKey()));
    }

    /** Deleting the project would orphan goals, monitoring or evaluations of the district. */
    public static ConflictNotApplicableException localWorkRemains(SyncConflict conflict) {
        return new ConflictNotApplicableException("SYNC_CONFLICT_LOCAL_WORK_REMAINS", conflict);
    }

    /** The unit or project the change refers to is still unknown here. */
    public static ConflictNotApplicableException referenceStillUnresolved(SyncConflict conflict) {
        return new ConflictNotApplicableException("SYNC_CONFLICT_REFERENCE_STILL_UNRESOLVED", conflict);
    }
}
