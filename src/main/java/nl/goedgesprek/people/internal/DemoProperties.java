package nl.goedgesprek.people.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode: seed a demo organisation into an empty database and show its accounts on the login page.
 * @param enabled on in the embedded default, off in the postgres profile
 * @param password the password of every demo account
 */
@ConfigurationProperties("goedgesprek.demo")
public record DemoProperties(boolean enabled, String password) {
}
