package dev.opscore.ops.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;

/**
 * The sandbox's one switch: on in a servlet web application whose {@code opscore.pms.base-url} is
 * blank or absent, off as soon as a real PMS is configured. Every Spring component of the sandbox
 * carries it (an application scanning {@code dev.opscore} finds them directly, not only through
 * {@link SandboxConfiguration}); {@code SandboxComponentsTest} checks that none is missing it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnExpression("'${opscore.pms.base-url:}'.isBlank()")
public @interface ConditionalOnSandbox {
}
