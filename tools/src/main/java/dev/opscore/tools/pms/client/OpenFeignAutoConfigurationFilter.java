package dev.opscore.tools.pms.client;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.util.ClassUtils;

/**
 * We use one class of spring-cloud-openfeign-core ({@code SpringMvcContract}); its jar also ships
 * auto-configurations for {@code @FeignClient} that need spring-cloud-context and fail the start of
 * any application without it. This filter drops them exactly then; an application that brings the
 * Spring Cloud context (and so could use them) keeps them. Registered in {@code META-INF/spring.factories}.
 */
public final class OpenFeignAutoConfigurationFilter implements AutoConfigurationImportFilter, BeanClassLoaderAware {

    static final String OPENFEIGN_PACKAGE = "org.springframework.cloud.openfeign.";
    static final String SPRING_CLOUD_CONTEXT = "org.springframework.cloud.context.named.NamedContextFactory";

    private ClassLoader classLoader = ClassUtils.getDefaultClassLoader();

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
        boolean cloudContext = ClassUtils.isPresent(SPRING_CLOUD_CONTEXT, classLoader);
        boolean[] matches = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            matches[i] = cloudContext || candidates[i] == null || !candidates[i].startsWith(OPENFEIGN_PACKAGE);
        }
        return matches;
    }
}
