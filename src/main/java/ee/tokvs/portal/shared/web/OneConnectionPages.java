package ee.tokvs.portal.shared.web;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource whose pages (its GET methods that answer a template) read and render on one connection: the
 * method and the rendering of its template run in one transaction ({@link OneConnectionPagesInterceptor}). Without
 * it, each read outside a transaction, and each association the template walks, takes a connection from the pool
 * and gives it back (seven for a claim's page), and every take and return costs round trips to PostgreSQL.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OneConnectionPages {
}
