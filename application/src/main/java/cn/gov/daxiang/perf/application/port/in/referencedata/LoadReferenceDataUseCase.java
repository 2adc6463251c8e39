package cn.gov.daxiang.perf.application.port.in.referencedata;

import cn.gov.daxiang.perf.domain.access.Actor;

/** Takes over everything the configured reference-data source holds (see ImportReferenceDataUseCase). */
public interface LoadReferenceDataUseCase {

    ImportReport loadReferenceData(Actor actor);
}
