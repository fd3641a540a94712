package nl.goedgesprek.insights.internal;

/**
 * A number about a group, or nothing when the group is too small to show anything about it without
 * pointing at a person.
 * @param people how many different people the number is about
 */
public record Figure(Double value, long people) {

	/** No figure is shown for fewer people than this. */
	public static final int MINIMUM_PEOPLE = 5;

	public static Figure of(double value, long people) {
		return new Figure(value, people);
	}

	/**
	 * Secondary suppression: the same figure, but about the rest its shown parts leave (an
	 * organisation's count minus what the team dashboards show) while that rest is one to four people,
	 * so it is hidden then; otherwise this figure.
	 */
	Figure withRest(long rest) {
		return rest > 0 && rest < MINIMUM_PEOPLE ? new Figure(value, rest) : this;
	}

	public boolean shown() {
		return people >= MINIMUM_PEOPLE && value != null;
	}

	/** The value, only when shown. */
	public Double visible() {
		return shown() ? value : null;
	}

	/** A share (0-1) as a whole percentage, only when shown. */
	public Long percent() {
		return shown() ? Math.round(value * 100) : null;
	}

	/** An average, with one decimal, only when shown. */
	public Double rounded() {
		return shown() ? Math.round(value * 10) / 10.0 : null;
	}

}
