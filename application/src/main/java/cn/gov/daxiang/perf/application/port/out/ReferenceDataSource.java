package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;

/**
 * Where budget units and projects come from: the provincial platform's data as a whole batch (today an
 * exchange file; the provincial sync adds the online link behind the same contract).
 */
public interface ReferenceDataSource {

    /** The current units and projects; every record already passed the domain's value checks. */
    ReferenceDataBatch load();
}
