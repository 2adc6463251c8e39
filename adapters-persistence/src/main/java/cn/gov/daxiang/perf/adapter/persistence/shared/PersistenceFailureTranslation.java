package cn.gov.daxiang.perf.adapter.persistence.shared;

import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

/** Database failures of use cases that run in the caller's transaction or start one (REQUIRED, the default). */
@Interceptor
@Transactional
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class PersistenceFailureTranslation extends TransactionFailureTranslator {
}
