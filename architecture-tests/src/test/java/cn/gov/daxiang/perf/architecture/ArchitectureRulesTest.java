package cn.gov.daxiang.perf.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries of DESIGN.md §2, checked on the compiled classes of every module. ImportedModulesTest
 * makes sure these rules never pass merely because a module's classes were missing.
 */
@AnalyzeClasses(packages = ArchitectureRulesTest.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTest {

    static final String BASE = "cn.gov.daxiang.perf";
    static final String DOMAIN = BASE + ".domain..";
    static final String APPLICATION = BASE + ".application..";
    static final String PORT_IN = BASE + ".application.port.in..";
    static final String PORT_OUT = BASE + ".application.port.out..";
    static final String SERVICE = BASE + ".application.service..";
    static final String REST = BASE + ".adapter.rest..";
    static final String PERSISTENCE = BASE + ".adapter.persistence..";
    static final String PROVINCIAL = BASE + ".adapter.provincial..";

    @ArchTest
    static final ArchRule dependencies_point_inwards_and_adapters_are_independent = onionArchitecture()
            .domainModels(DOMAIN)
            .applicationServices(APPLICATION)
            .adapter("rest", REST)
            .adapter("persistence", PERSISTENCE)
            .adapter("provincial", PROVINCIAL)
            .withOptionalLayers(true)
            .ensureAllClassesAreContainedInArchitecture();

    @ArchTest
    static final ArchRule domain_depends_on_java_only = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is plain Java: no JPA, Jackson, CDI, Quarkus or MapStruct, ever");

    @ArchTest
    static final ArchRule application_uses_no_framework_but_cdi_inject_and_transactions = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, APPLICATION, "java..",
                    "jakarta.enterprise..", "jakarta.inject..", "jakarta.transaction..");

    @ArchTest
    static final ArchRule rest_resources_call_use_cases_never_repositories_or_services = noClasses()
            .that().resideInAPackage(REST)
            .should().dependOnClassesThat().resideInAnyPackage(PORT_OUT, SERVICE);

    /**
     * The dashboard (adapter.rest.dashboard) is read-only: it asks the API's queries, never a use case that changes
     * something, and never reaches the domain's aggregates' changing methods through a service.
     */
    @ArchTest
    static final ArchRule the_dashboard_only_reads = noClasses()
            .that().resideInAPackage(BASE + ".adapter.rest.dashboard..")
            .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(PORT_IN)
                    .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("UseCase")))
            .because("the dashboard shows what the API shows; changes go through the API");

    /** Server-side resources; the provincial adapter's REST client is an interface with @Path too (next rule). */
    @ArchTest
    static final ArchRule resources_live_in_the_rest_adapter_and_end_with_Resource = classes()
            .that().areAnnotatedWith(jakarta.ws.rs.Path.class).and().areNotInterfaces()
            .should().resideInAPackage(REST).andShould().haveSimpleNameEndingWith("Resource");

    /** Only the provincial adapter talks HTTP to another system: REST client interfaces live there and nowhere else. */
    @ArchTest
    static final ArchRule rest_clients_live_in_the_provincial_adapter = classes()
            .that().areAnnotatedWith(org.eclipse.microprofile.rest.client.inject.RegisterRestClient.class)
            .should().resideInAPackage(PROVINCIAL).andShould().beInterfaces().andShould().haveSimpleNameEndingWith("Client");

    @ArchTest
    static final ArchRule jpa_entities_live_in_persistence_and_end_with_JpaEntity = classes()
            .that().areAnnotatedWith(jakarta.persistence.Entity.class)
            .should().resideInAPackage(PERSISTENCE).andShould().haveSimpleNameEndingWith("JpaEntity");

    /** Hibernate ORM, that is: Hibernate Validator (Bean Validation of requests) is the REST adapter's own. */
    @ArchTest
    static final ArchRule only_persistence_knows_jpa_and_hibernate = noClasses()
            .that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                    .resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "io.quarkus.hibernate..")
                    .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain.JavaClass.Predicates
                            .resideInAnyPackage("org.hibernate.validator..", "io.quarkus.hibernate.validator.."))));

    @ArchTest
    static final ArchRule transactional_classes_are_application_services = classes()
            .that().areAnnotatedWith(jakarta.transaction.Transactional.class)
            .and().areNotAnnotatedWith(jakarta.interceptor.Interceptor.class)
            .should().resideInAPackage(SERVICE);

    /**
     * The one kind of class bound to @Transactional outside the services: an interceptor of the persistence adapter
     * that turns the database's failures at a use case's commit into the domain's refusals. It starts nothing.
     */
    @ArchTest
    static final ArchRule transaction_interceptors_translate_persistence_failures_in_the_persistence_adapter = classes()
            .that().areAnnotatedWith(jakarta.interceptor.Interceptor.class).and().areAnnotatedWith(jakarta.transaction.Transactional.class)
            .should().resideInAPackage(PERSISTENCE)
            .andShould().haveSimpleNameEndingWith("Translation");

    /** Adapters may only insist on joining the caller's transaction (MANDATORY), never start one. */
    @ArchTest
    static final ArchRule transactional_methods_outside_services_only_join = noMethods()
            .that().areDeclaredInClassesThat().resideOutsideOfPackage(SERVICE)
            .should().beAnnotatedWith(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "@Transactional other than MANDATORY",
                    (com.tngtech.archunit.core.domain.JavaAnnotation<?> a) ->
                            a.getRawType().isEquivalentTo(jakarta.transaction.Transactional.class)
                                    && !"MANDATORY".equals(((com.tngtech.archunit.core.domain.JavaEnumConstant) a.get("value").orElseThrow()).name())));

    @ArchTest
    static final ArchRule use_case_implementations_are_transactional_application_scoped_services = classes()
            .that().implement(com.tngtech.archunit.base.DescribedPredicate.describe("a port.in interface",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith(BASE + ".application.port.in")))
            .should().resideInAPackage(SERVICE)
            .andShould().haveSimpleNameEndingWith("Service")
            .andShould().beAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
            .andShould().beAnnotatedWith(jakarta.transaction.Transactional.class);

    @ArchTest
    static final ArchRule use_cases_and_queries_are_interfaces = classes()
            .that().resideInAPackage(PORT_IN).and().haveSimpleNameEndingWith("UseCase")
            .or().resideInAPackage(PORT_IN).and().haveSimpleNameEndingWith("Query")
            .should().beInterfaces();

    @ArchTest
    static final ArchRule out_ports_are_interfaces = classes()
            .that().resideInAPackage(PORT_OUT).and().areTopLevelClasses()
            .should().beInterfaces();

    @ArchTest
    static final ArchRule in_ports_and_out_ports_do_not_know_each_other = noClasses()
            .that().resideInAPackage(PORT_IN).should().dependOnClassesThat().resideInAPackage(PORT_OUT)
            .andShould().dependOnClassesThat().resideInAPackage(SERVICE);

    @ArchTest
    static final ArchRule mappers_and_wire_types_stay_in_adapters = classes()
            .that().areAnnotatedWith(org.mapstruct.Mapper.class)
            .or().haveSimpleNameEndingWith("Request").or().haveSimpleNameEndingWith("Response").or().haveSimpleNameEndingWith("Dto")
            .should().resideInAPackage(BASE + ".adapter..");

    @ArchTest
    static final ArchRule modules_are_free_of_cycles = slices().matching(BASE + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule aggregates_are_free_of_cycles = slices().matching(BASE + ".domain.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule adapter_features_are_free_of_cycles = slices().matching(BASE + ".adapter.(*).(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domain_exceptions_extend_DomainException = classes()
            .that().resideInAPackage(DOMAIN).and().haveSimpleNameEndingWith("Exception")
            .should().beAssignableTo(cn.gov.daxiang.perf.domain.shared.DomainException.class);

    /**
     * The idempotency interceptor answers with the stored answer, a Response (handed back as a RestResponse where the
     * method declares one): the creates it wraps must return one of the two.
     */
    @ArchTest
    static final ArchRule idempotent_creates_return_a_response = methods()
            .that().areAnnotatedWith(BASE + ".adapter.rest.idempotency.IdempotentCreate")
            .should().haveRawReturnType("jakarta.ws.rs.core.Response")
            .orShould().haveRawReturnType("org.jboss.resteasy.reactive.RestResponse");

    // --- what the change pipeline and the hexagon rely on (issue 11) --------------------------------------------

    /**
     * An aggregate refers to another aggregate by its id, never holds it: one transaction changes one aggregate, and
     * a stale copy of another cannot be saved by accident. Nor does an event carry one: subscribers get facts, not
     * an object they could change.
     */
    @ArchTest
    static final ArchRule aggregates_hold_other_aggregates_only_by_id = classes()
            .that().resideInAPackage(DOMAIN).and(ArchitectureConditions.AGGREGATES_AND_EVENTS)
            .should(ArchitectureConditions.holdNoOtherAggregate());

    /** Adapters drive the application through its in-ports and are driven through its out-ports, never its services. */
    @ArchTest
    static final ArchRule adapters_never_use_application_services = noClasses()
            .that().resideInAPackage(BASE + ".adapter..")
            .should().dependOnClassesThat().resideInAPackage(SERVICE);

    /** Wire shapes (JSON bodies, sheet rows, the province's documents) are the adapters' own. */
    @ArchTest
    static final ArchRule wire_types_stay_in_adapters = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().haveSimpleNameEndingWith("Dto").orShould().haveSimpleNameEndingWith("Request")
            .orShould().haveSimpleNameEndingWith("Response").orShould().haveSimpleNameEndingWith("Row")
            .orShould().dependOnClassesThat(ArchitectureConditions.WIRE_TYPES);

    @ArchTest
    static final ArchRule out_ports_never_depend_on_in_ports = noClasses()
            .that().resideInAPackage(PORT_OUT)
            .should().dependOnClassesThat().resideInAPackage(PORT_IN);

    /**
     * The audit trail and the outbox are subscribers of the change pipeline: a service that wrote to either itself
     * could forget to, or write a record of a change that is then refused.
     */
    @ArchTest
    static final ArchRule services_never_write_the_audit_trail_or_the_outbox = noClasses()
            .that().resideInAPackage(SERVICE)
            .should().callMethod(BASE + ".application.port.out.AuditLog", "record", BASE + ".domain.audit.AuditEvent")
            .orShould().callMethodWhere(ArchitectureConditions.OUTBOX_APPEND)
            .orShould().dependOnClassesThat(ArchitectureConditions.SUBSCRIBERS);

    @ArchTest
    static final ArchRule no_field_injection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule no_standard_streams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
}
