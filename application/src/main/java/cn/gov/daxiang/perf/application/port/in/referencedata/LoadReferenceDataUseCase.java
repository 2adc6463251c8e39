package cn.gov.daxiang.perf.application.port.in.referencedata;

/** Takes over everything the configured reference-data source holds (see ImportReferenceDataUseCase). */
public interface LoadReferenceDataUseCase {

    ImportReport loadReferenceData();
}
