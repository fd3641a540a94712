package nl.goedgesprek.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Within one GET (or HEAD) request, a read asked again answers what it answered the first time. A page
 * is built from parts that each ask for what they need (the header, the access checks, the page's own
 * view, a box beside it), so one record page read the same person three times and the organisation's
 * settings three times. Reading a page changes neither, so the first answer holds for the whole page.
 * <p>
 * A request that may write (POST and the rest) reads every time, so it always sees what it changed
 * itself; so does work outside a web request (a job, an event listener, a dashboard's part on its own
 * thread). Nothing is kept beyond the request, so two nodes never disagree.
 */
public final class RequestMemo {

	private static final String KEPT = RequestMemo.class.getName();

	private RequestMemo() {
	}

	/** The answer of {@code read} for the {@code kind} of thing with this {@code id}, read once per page request. */
	@SuppressWarnings("unchecked")
	public static <T> T remember(String kind, Object id, Supplier<T> read) {
		java.util.List<Object> what = java.util.List.of(kind, id);
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				|| !isReading(request.getRequest().getMethod())) {
			return read.get();
		}
		Map<Object, Object> kept = (Map<Object, Object>) request.getAttribute(KEPT, RequestAttributes.SCOPE_REQUEST);
		if (kept == null) {
			kept = new HashMap<>();
			request.setAttribute(KEPT, kept, RequestAttributes.SCOPE_REQUEST);
		}
		if (kept.containsKey(what)) {
			return (T) kept.get(what);
		}
		T answer = read.get();
		kept.put(what, answer);
		return answer;
	}

	private static boolean isReading(String method) {
		return "GET".equals(method) || "HEAD".equals(method);
	}

}
