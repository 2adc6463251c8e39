package cn.gov.daxiang.perf.application.port.in.referencedata;

import cn.gov.daxiang.perf.domain.access.Actor;
import cn.gov.daxiang.perf.domain.referencedata.ReferenceDataBatch;

/**
 * Takes over budget units and projects from the provincial platform (or a file of the same shape):
 * an idempotent upsert by natural key, all of the batch or none of it; every record created or changed
 * leaves one audit event. For the sync and finance administration.
 */
public interface ImportReferenceDataUseCase {

    ImportReport importReferenceData(Actor actor, ReferenceDataBatch batch);
}
