package cn.gov.daxiang.perf.application.port.out;

/** Key-evaluation settings the deployment configures (the REST application reads them from its configuration). */
public interface KeyEvaluationSettings {

    /** Days from acceptance to the default deadline of a proposed rectification (整改时限; 60 by default). */
    int rectificationDays();
}
