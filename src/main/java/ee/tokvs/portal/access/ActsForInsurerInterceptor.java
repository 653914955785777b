package ee.tokvs.portal.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Refuses a representative without a valid mandate, with a reason the error page can tell. */
@ActsForInsurer
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ActsForInsurerInterceptor {

    @Inject
    CurrentUser currentUser;

    @Inject
    ActingInsurer actingInsurer;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        if (currentUser.role().orElse(null) == PortalRole.REPRESENTATIVE) {
            if (actingInsurer.mandateLost()) {
                throw new MandateException(MandateException.Reason.LOST);
            }
            if (actingInsurer.mandate().isEmpty()) {
                throw new MandateException(MandateException.Reason.NONE_CHOSEN);
            }
            ActsForInsurer binding = binding(invocation);
            if (binding != null && binding.submits() && !actingInsurer.maySubmit()) {
                throw new MandateException(MandateException.Reason.NO_SUBMIT_SCOPE);
            }
            if (binding != null && binding.queries() && !actingInsurer.mayQuery()) {
                throw new MandateException(MandateException.Reason.NO_QUERY_SCOPE);
            }
        }
        return invocation.proceed();
    }

    /** The method's own binding decides; a method without one takes its class's (an API resource's writes). */
    private static ActsForInsurer binding(InvocationContext invocation) {
        ActsForInsurer binding = invocation.getMethod().getAnnotation(ActsForInsurer.class);
        return binding != null ? binding : invocation.getMethod().getDeclaringClass().getAnnotation(ActsForInsurer.class);
    }
}
