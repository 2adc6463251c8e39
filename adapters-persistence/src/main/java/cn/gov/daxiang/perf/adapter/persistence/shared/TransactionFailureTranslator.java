package cn.gov.daxiang.perf.adapter.persistence.shared;

import cn.gov.daxiang.perf.domain.shared.DomainException;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Around a use case's transaction (outside the transaction interceptor, which has priority PLATFORM_BEFORE + 200):
 * turns a database failure that reaches it, at a flush or at the commit, into the domain's refusal, so that a
 * concurrent change is a 409/412 for the caller to retry, never a 500. The transaction has rolled back when this
 * runs: nothing of the refused change is kept. One interceptor per kind of transaction a use case starts.
 */
abstract class TransactionFailureTranslator {

    private static final Logger LOG = Logger.getLogger(TransactionFailureTranslator.class);

    @AroundInvoke
    Object translate(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (DomainException refusal) {
            throw refusal;
        } catch (Exception failure) {
            Optional<DomainException> translated = PersistenceFailures.translate(failure);
            if (translated.isEmpty()) {
                throw failure;
            }
            // A value no column holds means a domain rule is missing: worth a warning, unlike a lost race.
            LOG.logf(translated.get() instanceof InvalidValueException ? Logger.Level.WARN : Logger.Level.INFO, "%s.%s refused: %s (%s)",
                    context.getMethod().getDeclaringClass().getSimpleName(), context.getMethod().getName(), translated.get().getMessage(),
                    rootMessage(failure));
            throw translated.get();
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
