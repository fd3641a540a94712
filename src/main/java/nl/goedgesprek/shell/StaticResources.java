package nl.goedgesprek.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the static files and the WebJars under their own paths only ({@code /css/**}, {@code /js/**},
 * {@code /img/**}, {@code /webjars/**}), instead of Boot's catch-all {@code /**}
 * ({@code spring.web.resources.add-mappings=false}).
 * <p>
 * Why: {@code webjars-locator-lite} switches on Spring's resource chain, and with it Thymeleaf passes
 * every link it writes ({@code @{/conversations/42}}) to {@code ResourceUrlProvider}, which tries to
 * rewrite links to resources. Under the catch-all pattern every link of the application matched, so
 * for each one the chain looked for a file of that name in four classpath locations. The chain's
 * cache keeps only what it found, never what it did not, so that lookup ran again for every link on
 * every request: in a packaged jar a search through the nested jar under a global lock, the largest
 * cost of a long page (the team page with 384 reports took 5x longer from {@code java -jar} than from
 * an unpacked class path). With one pattern per top-level folder of {@code static/}, a link to a page
 * matches no pattern and is left as it is at the cost of a few string comparisons, while the links
 * to CSS, scripts and WebJars are still resolved once and then answered from the chain's cache.
 * <p>
 * The folders are read from the class path at start-up, so a new folder under {@code static/} is
 * served without changing this class.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	private static final String STATIC = "classpath:/static/";

	/** A hash in a file's name, as {@code VersionResourceResolver} puts it there: {@code name-<md5>.ext}. */
	private static final java.util.regex.Pattern HASHED = java.util.regex.Pattern.compile("-[0-9a-f]{32}(\\.[^/]*)?$");

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// resourceChain(true): the resolved links and files are cached; with webjars-locator-lite on
		// the class path the chain resolves /webjars/htmx.org/dist/htmx.min.js without its version.
		versioned(registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/"));
		for (String pattern : patterns()) {
			// the part of the path after the pattern's folder is looked up in that folder
			String location = pattern.endsWith("/**") ? STATIC + pattern.substring(1, pattern.length() - 2) : STATIC;
			versioned(registry.addResourceHandler(pattern).addResourceLocations(location));
		}
	}

	/**
	 * Links to a file carry a hash of its content ({@code /css/goedgesprek-3f2a….css}), and a browser
	 * keeps such a file for a year: a changed file has another address. Without this every page
	 * fetched the style sheet and six scripts again (Spring Security's default {@code no-store}): seven
	 * of every eight requests under load, each through the security filters. A file asked for without
	 * its hash is still served, but may not be kept without asking again ({@link #unversionedChecked}).
	 */
	private static void versioned(org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration files) {
		files.setCacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(new org.springframework.web.servlet.resource.VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	/** {@code /css/**} for a folder under {@code static/}, {@code /robots.txt} for a file there. */
	static Set<String> patterns() {
		Set<String> patterns = new TreeSet<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(STATIC + "**")) {
				String url = resource.getURL().toString();
				int at = url.lastIndexOf("/static/");
				if (at < 0 || url.endsWith("/") || !resource.isReadable()) {
					continue; // a folder itself
				}
				String path = url.substring(at + "/static/".length());
				int slash = path.indexOf('/');
				patterns.add(slash < 0 ? "/" + path : "/" + path.substring(0, slash) + "/**");
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list the static files", e);
		}
		return patterns;
	}

	/**
	 * A static file asked for under its plain name answers with {@code Cache-Control: no-cache}: kept
	 * for a year under a name that stays the same, a changed file would not reach the browser.
	 */
	@org.springframework.context.annotation.Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> unversionedChecked() {
		jakarta.servlet.Filter filter = (request, response, chain) -> {
			String path = ((jakarta.servlet.http.HttpServletRequest) request).getRequestURI();
			if (HASHED.matcher(path).find()) {
				chain.doFilter(request, response);
				return;
			}
			chain.doFilter(request, new jakarta.servlet.http.HttpServletResponseWrapper((jakarta.servlet.http.HttpServletResponse) response) {

				@Override
				public void setHeader(String name, String value) {
					super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? "no-cache" : value);
				}

				@Override
				public void addHeader(String name, String value) {
					super.addHeader(name, "Cache-Control".equalsIgnoreCase(name) ? "no-cache" : value);
				}

			});
		};
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
		// the same addresses as the files are served under: a servlet pattern ends in /* where ours ends in /**
		java.util.List<String> served = new java.util.ArrayList<>(java.util.List.of("/webjars/*"));
		patterns().forEach(pattern -> served.add(pattern.endsWith("/**") ? pattern.substring(0, pattern.length() - 1) : pattern));
		registration.setUrlPatterns(served);
		return registration;
	}

}
