package cn.gov.daxiang.perf.application.change;

import cn.gov.daxiang.perf.application.port.in.rectification.IssueRectificationsUseCase;
import cn.gov.daxiang.perf.application.port.out.DomainEventSubscriber;
import cn.gov.daxiang.perf.domain.event.PublishedEvent;
import cn.gov.daxiang.perf.domain.keyevaluation.KeyEvaluationAccepted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

/**
 * When finance accepts a key evaluation, its findings that propose a rectification become rectification items, in the
 * acceptance's own transaction and as the same actor: an acceptance without its items never commits, nor items
 * without their acceptance. Issuing skips findings that already have an item, so nothing is issued twice.
 */
@ApplicationScoped
public class RectificationIssuingSubscriber implements DomainEventSubscriber {

    private final Provider<IssueRectificationsUseCase> issue;

    /** A provider: the use case runs through the change pipeline, whose dispatcher holds this subscriber. */
    @Inject
    public RectificationIssuingSubscriber(Provider<IssueRectificationsUseCase> issue) {
        this.issue = issue;
    }

    @Override
    public void on(PublishedEvent event) {
        if (event.event() instanceof KeyEvaluationAccepted accepted) {
            issue.get().issueRectifications(event.actor(), accepted.keyEvaluationId());
        }
    }
}
