package cn.gov.daxiang.perf.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The predicates and conditions of ArchitectureRulesTest that ArchUnit's fluent API cannot say on its own. */
final class ArchitectureConditions {

    private static final String AUDITABLE = ArchitectureRulesTest.BASE + ".domain.shared.Auditable";
    private static final String DOMAIN_EVENT = ArchitectureRulesTest.BASE + ".domain.event.DomainEvent";

    /** The domain's aggregates (the objects the change pipeline changes, which the audit trail records) and its events. */
    static final DescribedPredicate<JavaClass> AGGREGATES_AND_EVENTS = DescribedPredicate.describe("aggregates and domain events",
            c -> isAggregate(c) || (!c.isInterface() && c.isAssignableTo(DOMAIN_EVENT)));

    /** Types whose names say they are a wire shape: bodies, documents, sheet rows. */
    static final DescribedPredicate<JavaClass> WIRE_TYPES = DescribedPredicate.describe("wire types (*Dto, *Request, *Response, *Row)",
            c -> {
                String name = c.getSimpleName();
                return name.endsWith("Dto") || name.endsWith("Request") || name.endsWith("Response") || name.endsWith("Row");
            });

    static final DescribedPredicate<JavaMethodCall> OUTBOX_APPEND = DescribedPredicate.describe("OutboxRepository.append",
            call -> call.getTargetOwner().getSimpleName().equals("OutboxRepository") && call.getName().equals("append"));

    /** The channels the pipeline dispatches to, and the dispatcher itself. */
    static final DescribedPredicate<JavaClass> SUBSCRIBERS = DescribedPredicate.describe("event subscribers or the dispatcher",
            c -> c.getSimpleName().endsWith("Subscriber") || c.getSimpleName().equals("EventDispatcher"));

    private ArchitectureConditions() {
    }

    /** An auditable class that can change; a record (a catalog replaced whole) cannot be changed through a holder. */
    static boolean isAggregate(JavaClass type) {
        return !type.isInterface() && type.isAssignableTo(AUDITABLE) && !type.isAssignableTo(Record.class);
    }

    /** No field of the class has, anywhere in its type (List<X>, Optional<X>, ...), an aggregate other than the class itself. */
    static ArchCondition<JavaClass> holdNoOtherAggregate() {
        return new ArchCondition<>("hold no other aggregate than themselves (refer to it by id)") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                for (JavaField field : owner.getFields()) {
                    field.getType().getAllInvolvedRawTypes().stream()
                            .filter(ArchitectureConditions::isAggregate)
                            .filter(type -> !type.equals(owner))
                            .forEach(type -> events.add(SimpleConditionEvent.violated(field,
                                    field.getFullName() + " holds the aggregate " + type.getSimpleName() + "; hold its id")));
                }
            }
        };
    }
}
