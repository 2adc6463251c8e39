package cn.gov.daxiang.perf.adapter.persistence.shared;

import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

/** Database failures of steps that always run in a transaction of their own (REQUIRES_NEW). */
@Interceptor
@Transactional(Transactional.TxType.REQUIRES_NEW)
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class NewTransactionFailureTranslation extends TransactionFailureTranslator {
}
