package ee.tokvs.portal.access;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks register pages: a representative reaches them only while acting for an insurer under a valid
 * mandate, {@code submits = true} also needs the mandate's submit scope and {@code queries = true} its query scope
 * (the §4 questions across insurers). Checked on every request, so
 * a revoked mandate stops the very next click.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ActsForInsurer {

    /** Whether the page enters or changes data. */
    @jakarta.enterprise.util.Nonbinding
    boolean submits() default false;

    /** Whether the page asks the §4 questions across insurers. */
    @jakarta.enterprise.util.Nonbinding
    boolean queries() default false;
}
