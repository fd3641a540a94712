package nl.goedgesprek;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Goedgesprek: het goede gesprek between employee and manager, all year round.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GoedgesprekApplication {

	public static void main(String[] args) {
		SpringApplication.run(GoedgesprekApplication.class, args);
	}

}
