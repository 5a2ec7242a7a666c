package fr.poleess.support;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Runs the support of people creating an activity in rural territories: the Camunda engine, its
 * webapps (Tasklist, Cockpit, Admin), the engine REST API and our own API, on one data source.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SupportApplication {

    public static void main(String[] args) {
        SpringApplication.run(SupportApplication.class, args);
    }
}
