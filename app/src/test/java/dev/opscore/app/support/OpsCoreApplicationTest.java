package dev.opscore.app.support;

import dev.opscore.app.OpsCoreApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port with the test credentials ({@link ApiClient}): {@code admin}
 * (ADMIN, MANAGER), {@code manager} (MANAGER), {@code governor} (ADMIN) and the service token.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = OpsCoreApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "opscore.bootstrap.admin-password=" + ApiClient.ADMIN_PASSWORD,
                "opscore.bootstrap.service-token=" + ApiClient.SERVICE_TOKEN,
                "opscore.security.users[0].username=manager",
                "opscore.security.users[0].password={noop}" + ApiClient.USER_PASSWORD,
                "opscore.security.users[0].roles=MANAGER",
                "opscore.security.users[1].username=governor",
                "opscore.security.users[1].password={noop}" + ApiClient.USER_PASSWORD,
                "opscore.security.users[1].roles=ADMIN",
                "jobrunr.dashboard.enabled=false",
        })
public @interface OpsCoreApplicationTest {
}
