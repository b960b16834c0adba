package dev.opscore.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: one jar, three roles (all, api, worker) chosen by {@code opscore.role}. */
@SpringBootApplication(scanBasePackages = "dev.opscore")
public class OpsCoreApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpsCoreApplication.class, args);
    }
}
