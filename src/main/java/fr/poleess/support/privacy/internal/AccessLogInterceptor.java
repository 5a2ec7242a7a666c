package fr.poleess.support.privacy.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import fr.poleess.support.privacy.AccessAction;
import fr.poleess.support.privacy.AccessLog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records every answered read and change under {@code /api/journeys/{reference}}, whichever module
 * serves it: the journey's detail, its documents, its export, its access log, and every change
 * (anything but GET/HEAD). Refused or failed requests (4xx, 5xx) read or changed nothing and are not
 * recorded. Erasure and consent withdrawal record themselves, with what they did.
 */
@Configuration(proxyBeanMethods = false)
class AccessLogInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private static final Pattern PATH = Pattern.compile("^/api/journeys/([^/]+)(/.*)?$");

    private final AccessLog accessLog;

    AccessLogInterceptor(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/journeys/*", "/api/journeys/*/**");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (ex != null || response.getStatus() >= 400) {
            return;
        }
        Matcher matcher = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!matcher.matches()) {
            return;
        }
        String reference = matcher.group(1);
        String rest = matcher.group(2) == null ? "" : matcher.group(2);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read) {
            AccessAction action = rest.isEmpty() ? AccessAction.READ_DETAIL
                    : rest.startsWith("/personal-data") ? AccessAction.EXPORT
                    : rest.startsWith("/access-log") ? AccessAction.READ_ACCESS_LOG
                    : rest.startsWith("/documents") || rest.endsWith(".pdf") ? AccessAction.READ_DOCUMENT
                    // Any other part of the journey (its consents…) is part of its detail.
                    : AccessAction.READ_DETAIL;
            if (action == AccessAction.EXPORT) {
                String format = request.getParameter("format");
                accessLog.record(reference, action, "pdf".equalsIgnoreCase(format) ? "PDF" : "JSON");
            } else {
                accessLog.record(reference, action, rest.isEmpty() ? null : rest.substring(1));
            }
        } else if (!rest.startsWith("/erasure") && !rest.startsWith("/consents")) {
            accessLog.record(reference, AccessAction.CHANGE, request.getMethod() + " " + (rest.isEmpty() ? "/" : rest));
        }
    }
}
