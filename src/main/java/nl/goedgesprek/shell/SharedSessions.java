package nl.goedgesprek.shell;

import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.session.web.http.DefaultCookieSerializer;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;

/**
 * Sessions live in the shared database (Spring Session JDBC, tables from Flyway's V25), so any app node
 * serves any signed-in person and a node can stop without signing anyone out. Each session is indexed
 * by the person's employee id (not their address, which HR can change), so "end this person's other
 * sessions" finds them on every node ({@link SessionsOfChangedPasswords}). Expired sessions are removed
 * by one node at a time, like every other scheduled job ({@link ScheduledJobs}).
 */
@Configuration(proxyBeanMethods = false)
class SharedSessions {

	/** The index value of a person's sessions. */
	static String indexOf(EmployeeId person) {
		return "employee:" + person.value();
	}

	@Bean
	IndexResolver<Session> sessionsByPerson() {
		return session -> {
			SecurityContext context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			Authentication authentication = context == null ? null : context.getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
				return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, indexOf(user.id()));
			}
			return Map.of();
		};
	}

	/**
	 * The sessions of every node. Spring Security asks it on each request whether the session was
	 * ended elsewhere (a password change), and then sends the person to the login page that says why.
	 */
	@Bean
	SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	/**
	 * The session cookie, with the flags from {@code server.servlet.session.cookie.*}. Made here rather
	 * than left to Boot, which applies those properties only with its embedded web server: the same
	 * cookie then in tests (MockMvc) as in production, where its Secure flag is checked.
	 */
	@Bean
	DefaultCookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.secure:false}") boolean secure,
			@Value("${server.servlet.session.cookie.same-site:Lax}") String sameSite) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("SESSION");
		cookie.setUseSecureCookie(secure);
		cookie.setUseHttpOnlyCookie(true);
		// as Boot writes it: Lax, Strict, None (the property may say lax)
		cookie.setSameSite(sameSite.isEmpty() ? null : Character.toUpperCase(sameSite.charAt(0)) + sameSite.substring(1).toLowerCase(java.util.Locale.ROOT));
		return cookie;
	}

	@Bean
	ExpiredSessionCleanup expiredSessionCleanup(JdbcIndexedSessionRepository sessions) {
		return new ExpiredSessionCleanup(sessions);
	}

	/** Spring Session's own cleanup is off (spring.session.jdbc.cleanup-cron=-); this one runs on one node per turn. */
	static class ExpiredSessionCleanup {

		private final JdbcIndexedSessionRepository sessions;

		ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions) {
			this.sessions = sessions;
		}

		@Scheduled(cron = "${goedgesprek.sessions.cleanup-cron:0 */5 * * * *}")
		@SchedulerLock(name = "shell.expired-sessions", lockAtMostFor = "PT4M")
		void removeExpired() {
			sessions.cleanUpExpiredSessions();
		}

	}

}
