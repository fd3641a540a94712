package nl.goedgesprek.insights.internal;

/**
 * A number about a group, or nothing when the group is too small to show anything about it without
 * pointing at a person.
 * <p>
 * Every figure the dashboards show (a count, a share, an average, a coverage) is one of these and
 * carries how many different people it is about. Two figures can be combined: the organisation's
 * minus its teams', a 12-month figure minus a 6-month one, a team's minus a manager's. The result is
 * about the people of the rest, so {@link Subtraction} finds that rest for every figure and
 * {@link #withRest} hides the figure while it is one to four people.
 * @param people how many different people the number is about (while hidden because of a rest: the
 * people of that rest)
 */
public record Figure(Double value, long people) {

	/**
	 * A copy of figures per key theme that nobody can change: dashboards are kept and shown to several
	 * people ({@link KeptDashboards}). In the themes' order.
	 */
	static java.util.Map<nl.goedgesprek.cards.Topic, Figure> frozen(java.util.Map<nl.goedgesprek.cards.Topic, Figure> figures) {
		var copy = new java.util.EnumMap<nl.goedgesprek.cards.Topic, Figure>(nl.goedgesprek.cards.Topic.class);
		copy.putAll(figures);
		return java.util.Collections.unmodifiableMap(copy);
	}

	/** No figure is shown for fewer people than this. */
	public static final int MINIMUM_PEOPLE = 5;

	public static Figure of(double value, long people) {
		return new Figure(value, people);
	}

	/**
	 * Secondary suppression: the same figure, but about the rest another view leaves when subtracted
	 * from it (an organisation's figure minus what the team dashboards show, a longer period minus a
	 * shorter one, a team minus a manager's reports) while that rest is one to four people, so it is
	 * hidden then; otherwise this figure.
	 */
	Figure withRest(long rest) {
		return small(rest) ? new Figure(value, rest) : this;
	}

	/** Whether a group of this many people would point at someone: one to four. */
	static boolean small(long people) {
		return people > 0 && people < MINIMUM_PEOPLE;
	}

	/** Of several rests, one that is small if any is, else 0. */
	static long smallest(long... rests) {
		for (long rest : rests) {
			if (small(rest)) {
				return rest;
			}
		}
		return 0;
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
