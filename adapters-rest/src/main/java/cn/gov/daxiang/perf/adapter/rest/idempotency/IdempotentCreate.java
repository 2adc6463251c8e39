package cn.gov.daxiang.perf.adapter.rest.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that creates something as taking an optional {@code Idempotency-Key} header
 * ({@link IdempotentCreateInterceptor}). Document the header on the method with
 * {@code @Parameter(ref = IdempotencyKeyHeader.OPENAPI_REF)}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotentCreate {
}
