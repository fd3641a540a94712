package nl.goedgesprek.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Prints a Thymeleaf template as a PDF: the template writes well-formed XHTML with its own print
 * CSS, openhtmltopdf lays it out on PDFBox. Shared by the record (conversations), the blank card and the
 * export of everything about a person and the processing register (privacy).
 * <p>
 * The text is set in DejaVu Sans ({@value #FONT}), which ships with the app ({@code fonts/}, its licence
 * beside it) and is embedded in each PDF, only the letters it uses. PDF's standard Helvetica knows
 * Latin-1 only: "Łukasz", "Ayşe Yılmaz" or "Dvořák" came out as "#ukasz", "Ay#e Y#lmaz", "Dvo#ák", in a
 * record both sign. DejaVu Sans has the Latin, Greek and Cyrillic alphabets; it has no Chinese and no
 * emoji. The templates ask for it first ({@code font-family: "DejaVu Sans", ...}).
 */
@Component
public class PdfDocuments {

	/** The font family the PDF templates name first. */
	public static final String FONT = "DejaVu Sans";

	/** Regular and bold, read once: a few hundred kilobytes each, subset into every PDF. */
	private static final byte[] REGULAR = font("DejaVuSans.ttf"), BOLD = font("DejaVuSans-Bold.ttf");

	private static byte[] font(String file) {
		try (var in = PdfDocuments.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("fonts/" + file + " is missing from the application");
			}
			return in.readAllBytes();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	private final ObjectProvider<BuildProperties> build;

	private final Dates dates;

	private final Clock clock;

	public PdfDocuments(ITemplateEngine templates, ApplicationContext context, ObjectProvider<BuildProperties> build,
			Dates dates, Clock clock) {
		this.templates = templates;
		this.context = context;
		this.build = build;
		this.dates = dates;
		this.clock = clock;
		// openhtmltopdf logs every render at INFO through a console handler of its own; keep its warnings only
		for (String logger : XRLog.listRegisteredLoggers()) {
			XRLog.setLevel(logger, Level.WARNING);
		}
	}

	/** The template as a download, never cached: it holds personal data. */
	public ResponseEntity<byte[]> download(String template, Map<String, Object> model, Locale locale, String fileName) {
		byte[] pdf = render(template, model, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		Context page = new Context(locale, model);
		// lets the template reach beans such as @dates outside a web request's own context
		page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, null));
		page.setVariable("appVersion", version());
		page.setVariable("printedAt", dates.dateTime(clock.instant(), locale));
		String xhtml = withoutCharactersXmlForbids(templates.process(template, page));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400,
					FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700,
					FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toByteArray();
	}

	private static final java.util.regex.Pattern FORBIDDEN_IN_XML = java.util.regex.Pattern
		.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

	/**
	 * The page without the characters XML 1.0 does not allow (a NUL, most control characters, a lone
	 * surrogate). Someone may have typed or pasted one into a text that was saved as it was; the PDF
	 * renderer reads the page as XML and refused the whole document for it (a person's export "could
	 * not be built"). They show as nothing on a page anyway; the stored text keeps them.
	 */
	static String withoutCharactersXmlForbids(String xhtml) {
		return FORBIDDEN_IN_XML.matcher(xhtml).replaceAll("");
	}

	/** From build-info.properties, which the Maven build writes; "dev" when run straight from an IDE. */
	private String version() {
		BuildProperties properties = build.getIfAvailable();
		return properties == null ? "dev" : properties.getVersion();
	}

}
