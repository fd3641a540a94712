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

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// resourceChain(true): the resolved links and files are cached; with webjars-locator-lite on
		// the class path the chain resolves /webjars/htmx.org/dist/htmx.min.js without its version.
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
		for (String pattern : patterns()) {
			// the part of the path after the pattern's folder is looked up in that folder
			String location = pattern.endsWith("/**") ? STATIC + pattern.substring(1, pattern.length() - 2) : STATIC;
			registry.addResourceHandler(pattern).addResourceLocations(location).resourceChain(true);
		}
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

}
