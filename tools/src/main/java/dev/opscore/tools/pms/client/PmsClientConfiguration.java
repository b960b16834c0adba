package dev.opscore.tools.pms.client;

import dev.opscore.tools.pms.PmsApis;
import dev.opscore.tools.pms.application.ApplicationsApi;
import dev.opscore.tools.pms.compliance.ComplianceApi;
import dev.opscore.tools.pms.inspection.InspectionsApi;
import dev.opscore.tools.pms.lease.LeasesApi;
import dev.opscore.tools.pms.message.MessagesApi;
import dev.opscore.tools.pms.notification.NotificationsApi;
import dev.opscore.tools.pms.pm.PmSchedulesApi;
import dev.opscore.tools.pms.property.PropertiesApi;
import dev.opscore.tools.pms.vendor.VendorsApi;
import dev.opscore.tools.pms.workorder.WorkOrdersApi;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * One Feign client bean per contract interface, configured by {@link PmsProperties}. The client
 * beans are {@link Primary}: the in-process sandbox implements the same interfaces as controllers,
 * and the agent must still go through HTTP.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PmsProperties.class)
public class PmsClientConfiguration {

    @Bean
    PmsEndpoint pmsEndpoint(PmsProperties properties, Environment environment) {
        return new EnvironmentPmsEndpoint(properties, environment);
    }

    @Bean
    PmsClients pmsClients(PmsEndpoint pmsEndpoint, PmsProperties properties, ObjectProvider<Clock> clock) {
        return new PmsClients(pmsEndpoint, properties.connectTimeout(), properties.readTimeout(),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @Primary
    PropertiesApi propertiesApi(PmsClients clients) {
        return clients.create(PropertiesApi.class);
    }

    @Bean
    @Primary
    WorkOrdersApi workOrdersApi(PmsClients clients) {
        return clients.create(WorkOrdersApi.class);
    }

    @Bean
    @Primary
    MessagesApi messagesApi(PmsClients clients) {
        return clients.create(MessagesApi.class);
    }

    @Bean
    @Primary
    VendorsApi vendorsApi(PmsClients clients) {
        return clients.create(VendorsApi.class);
    }

    @Bean
    @Primary
    ComplianceApi complianceApi(PmsClients clients) {
        return clients.create(ComplianceApi.class);
    }

    @Bean
    @Primary
    PmSchedulesApi pmSchedulesApi(PmsClients clients) {
        return clients.create(PmSchedulesApi.class);
    }

    @Bean
    @Primary
    InspectionsApi inspectionsApi(PmsClients clients) {
        return clients.create(InspectionsApi.class);
    }

    @Bean
    @Primary
    LeasesApi leasesApi(PmsClients clients) {
        return clients.create(LeasesApi.class);
    }

    @Bean
    @Primary
    ApplicationsApi applicationsApi(PmsClients clients) {
        return clients.create(ApplicationsApi.class);
    }

    @Bean
    @Primary
    NotificationsApi notificationsApi(PmsClients clients) {
        return clients.create(NotificationsApi.class);
    }

    @Bean
    PmsApis pmsApis(PropertiesApi properties, WorkOrdersApi workOrders, MessagesApi messages, VendorsApi vendors,
                    ComplianceApi compliance, PmSchedulesApi pmSchedules, InspectionsApi inspections,
                    LeasesApi leases, ApplicationsApi applications, NotificationsApi notifications) {
        return new PmsApis(properties, workOrders, messages, vendors, compliance, pmSchedules, inspections, leases,
                applications, notifications);
    }
}
