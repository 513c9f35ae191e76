package org.qualitymonth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class QualityMonthApplication {

    public static void main(String[] args) {
        SpringApplication.run(QualityMonthApplication.class, args);
    }
}
