package ee.tokvs.portal.shared.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.GET;
import org.hibernate.Session;

/**
 * A page's reads and its rendering in one transaction, so on one pooled connection ({@link OneConnectionPages}).
 * Only for GET methods that are not already in a transaction: a form sent (POST) keeps its own transactions, whose
 * rollback on refused input must not reach the form shown again.
 * <ul>
 * <li>What the page loads is read-only: a change the page or its template makes to a loaded row is never written.
 * What a service it calls writes on purpose (the §4 query log) is written when the page has been rendered.</li>
 * <li>A page that fails rolls back. So does one that answers after a service it called was refused (the transaction
 * is then marked for rollback): the refusal is the answer, and the service's writes go, as they did on their own.</li>
 * </ul>
 */
@OneConnectionPages
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class OneConnectionPagesInterceptor {

    @Inject
    Session session;

    @AroundInvoke
    Object onOneConnection(InvocationContext invocation) throws Exception {
        if (!invocation.getMethod().isAnnotationPresent(GET.class) || QuarkusTransaction.isActive()) {
            return invocation.proceed();
        }
        QuarkusTransaction.begin();
        Object answer;
        try {
            session.setDefaultReadOnly(true);
            answer = invocation.proceed();
            if (answer instanceof TemplateInstance page) {
                answer = new RenderedPage(page);
            }
        } catch (Exception | Error e) {
            QuarkusTransaction.rollback();
            throw e;
        }
        if (QuarkusTransaction.isRollbackOnly()) {
            QuarkusTransaction.rollback();
        } else {
            QuarkusTransaction.commit();
        }
        return answer;
    }
}
