package fr.poleess.support.shared;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place every task listener, execution listener and delegate passes through: the engine's
 * delegate interceptor. When one of them refuses input with {@link InvalidInputException}, the refusal
 * is noted on the HTTP request being served, if any, for {@link RefusedFormResponses} to answer with; the
 * exception goes on unchanged and the engine rolls the command back as before. On a job executor's
 * thread there is no request and nothing is noted, so nothing outlives the request.
 */
@Component
class RefusalRecording extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDelegateInterceptor(new Recording(configuration.getDelegateInterceptor()));
    }

    /** The refusal found in {@code thrown} or its causes (the engine wraps what a listener throws). */
    static InvalidInputException refusalIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException refusal) {
                return refusal;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private record Recording(DelegateInterceptor next) implements DelegateInterceptor {

        @Override
        public void handleInvocation(DelegateInvocation invocation) throws Exception {
            try {
                next.handleInvocation(invocation);
            } catch (Exception e) {
                InvalidInputException refusal = refusalIn(e);
                RequestAttributes request = RequestContextHolder.getRequestAttributes();
                if (refusal != null && request != null) {
                    request.setAttribute(RefusedFormResponses.REFUSAL, refusal, RequestAttributes.SCOPE_REQUEST);
                }
                throw e;
            }
        }
    }
}
