package nl.goedgesprek.shell.web;

import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.context.IThymeleafBindStatus;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Ties every field error to its field, on every form at once: a field bound with {@code th:field}
 * whose value was refused gets {@code aria-invalid="true"} and {@code aria-describedby} pointing at
 * the error that {@code fragments/forms :: error(field)} writes (id {@code <field>-error}), next to any
 * hint it already points at. Templates only place the error fragment; nobody has to remember the ARIA.
 */
@Component
class FieldErrorsDialect extends AbstractProcessorDialect {

	FieldErrorsDialect() {
		// The standard dialect's precedence: processors on the same element then run in their own order.
		super("Goedgesprek field errors", "th", StandardDialect.PROCESSOR_PRECEDENCE);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new DescribedByError(dialectPrefix));
	}

	/** Runs just before Spring's own th:field (1700) and leaves the attribute for it. */
	static final class DescribedByError extends AbstractAttributeTagProcessor {

		private static final Pattern SIMPLE_PATH = Pattern.compile("[A-Za-z0-9_.]+");

		DescribedByError(String prefix) {
			super(TemplateMode.HTML, prefix, null, false, "field", true, 1690, false);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structure) {
			// Parsing also preprocesses (the shared input fragment binds *{__${field}__}).
			IThymeleafBindStatus status = FieldUtils.getBindStatus(context, attributeValue);
			String path = status.getExpression();
			if (!status.isError() || path == null || !SIMPLE_PATH.matcher(path).matches()) {
				return;
			}
			String errorId = path + "-error";
			String described = tag.getAttributeValue("aria-describedby");
			if (described == null || described.isBlank()) {
				structure.setAttribute("aria-describedby", errorId);
			}
			else if (!(" " + described + " ").contains(" " + errorId + " ")) {
				structure.setAttribute("aria-describedby", errorId + " " + described);
			}
			structure.setAttribute("aria-invalid", "true");
		}

	}

}
