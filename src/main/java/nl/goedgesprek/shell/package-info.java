/**
 * The shell around every page: layout, navigation, home, sign-in, language, error pages and the
 * security configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package nl.goedgesprek.shell;
