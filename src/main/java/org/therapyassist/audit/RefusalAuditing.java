package org.therapyassist.audit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.UUID;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.DomainException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.RefusedException;

/**
 * Every refusal leaves an audit event: whenever a service method acting for someone (it takes their
 * {@link CurrentUser}) ends in "not allowed" (403) or "a safety rule refuses it" (422), the refusal is written in a
 * transaction of its own, after the refused work has rolled back. It runs outside every other advice, once per
 * refusal however many services the exception passes through.
 */
@Configuration(proxyBeanMethods = false)
class RefusalAuditing {

    private static final Logger log = LoggerFactory.getLogger(RefusalAuditing.class);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor refusalAuditAdvisor(ObjectProvider<AuditTrail> audit) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new ServicesActingForSomeone(),
                new Recorder(audit));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    static final class ServicesActingForSomeone extends StaticMethodMatcherPointcut {

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            if (!targetClass.getName().startsWith("org.therapyassist.")
                    || !AnnotatedElementUtils.hasAnnotation(targetClass, Service.class)) {
                return false;
            }
            for (Class<?> type : method.getParameterTypes()) {
                if (type == CurrentUser.class) {
                    return true;
                }
            }
            return false;
        }
    }

    record Recorder(ObjectProvider<AuditTrail> audit) implements MethodInterceptor {

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            try {
                return invocation.proceed();
            } catch (NotAllowedException | RefusedException e) {
                if (!e.isAudited()) {
                    e.markAudited();
                    record(invocation, e);
                }
                throw e;
            }
        }

        private void record(MethodInvocation invocation, DomainException e) {
            CurrentUser actor = null;
            UUID patientId = e.details().get("patientId") instanceof UUID id ? id : null;
            for (Object arg : invocation.getArguments()) {
                if (arg instanceof CurrentUser user && actor == null) {
                    actor = user;
                } else if (patientId == null && arg != null && arg.getClass().isRecord()) {
                    patientId = patientIdOf(arg);
                }
            }
            if (actor == null) {
                return;
            }
            String where = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
            try {
                audit.getObject().recordIndependently(new AuditEntry(actor, patientId, "command.refused", null, null,
                        e.code() + " (" + where + "): " + e.getMessage()));
            } catch (RuntimeException failure) {
                // The refusal itself must still reach the person; a failure to audit it is logged loudly.
                log.error("Could not audit the refusal {} for {}", e.code(), actor.username(), failure);
            }
        }

        private static UUID patientIdOf(Object record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getName().equals("patientId") && component.getType() == UUID.class) {
                    try {
                        return (UUID) component.getAccessor().invoke(record);
                    } catch (ReflectiveOperationException ignored) {
                        return null;
                    }
                }
            }
            return null;
        }
    }
}
