package nl.goedgesprek;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tables a piece of Java source names in its SQL. SQL here is written in string literals
 * and text blocks, often glued together with {@code +} and with constants ({@code SELECT + " where ..."},
 * {@code EarlierConversations.OF_THE_PAIR}), so the literals of one concatenation are read as one text,
 * with the module's string constants filled in. A name counts when it follows a word that takes a table
 * ({@code from}, {@code join}, {@code into}, {@code update}, {@code table}, {@code using}, and each name of
 * a comma-separated {@code from} list), and when it is the table argument of a call such as
 * {@code ErasureRows}' {@code delete("t", ...)} and {@code update("t", ...)} or Bucket4j's {@code table("t")}.
 * Spring Data JDBC aggregates name tables without SQL: a class with an {@code @Id} its own (by its name
 * in snake case, or {@code @Table}), and each {@code @MappedCollection} the element type's. Only known
 * table and view names are reported, so a sentence such as "from Pieter" is no finding.
 */
final class SqlTables {

	private static final Pattern CONSTANT = Pattern.compile(
			"static\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*([^;]*);", Pattern.DOTALL);

	private static final String NAME = "([a-z_][a-z0-9_]*)";

	/** A word that takes a table, then the table; {@code from} may list several, each with an alias. */
	private static final Pattern TAKES_A_TABLE = Pattern.compile("\\b(from|join|into|update|table|using)\\s+" + NAME
			+ "((?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?(?:\\s*,\\s*[a-z_][a-z0-9_]*(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?)*)");

	private static final Pattern LISTED = Pattern.compile(",\\s*" + NAME);

	/**
	 * A table named as an argument: {@code rows.delete("calendar_feed", ...)} and {@code rows.update("answer", ...)}
	 * (ErasureRows), {@code .table("throttle_bucket")} (Bucket4j), {@code withTableName("x")} (SimpleJdbcInsert).
	 */
	private static final Pattern TABLE_ARGUMENT = Pattern
		.compile("\\.(delete|update|table|withTableName)\\(\\s*\"" + NAME + "\"");

	/** A Spring Data JDBC aggregate root: a class with an {@code @Id}, mapped to its own name. */
	private static final Pattern AGGREGATE = Pattern.compile("\\bclass\\s+([A-Z]\\w*)");

	/** A {@code @MappedCollection} field: its element type is mapped to a table of its own. */
	private static final Pattern MAPPED_COLLECTION = Pattern
		.compile("@MappedCollection(?:\\([^)]*\\))?\\s+(?:private\\s+|final\\s+)*(?:Set|List|Map)<(?:\\w+\\s*,\\s*)?(\\w+)>");

	/** {@code @Table("x")} on an entity. */
	private static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\(\\s*(?:value\\s*=\\s*|name\\s*=\\s*)?\"" + NAME + "\"");

	private SqlTables() {
	}

	/**
	 * Adds the string constants of a source file to {@code constants}, by {@code Class.NAME}, as written,
	 * so another file of the module can use them.
	 */
	static void constantsOf(String className, String source, Map<String, String> constants) {
		Matcher constant = CONSTANT.matcher(withoutComments(source));
		while (constant.find()) {
			constants.put(className + "." + constant.group(1), constant.group(2));
		}
	}

	/**
	 * Every known table (or view) that the source's SQL names, lower case, in order of appearance.
	 * {@code constants} are the module's (by {@code Class.NAME}); the file's own are added by simple name.
	 */
	static Set<String> named(String source, Map<String, String> constants, Set<String> known) {
		Set<String> found = new LinkedHashSet<>();
		String code = withoutComments(source);
		Map<String, String> visible = new java.util.HashMap<>(constants);
		Matcher constant = CONSTANT.matcher(code);
		while (constant.find()) {
			visible.put(constant.group(1), constant.group(2));
		}
		for (String sql : texts(code, visible)) {
			Matcher taken = TAKES_A_TABLE.matcher(sql.toLowerCase(Locale.ROOT));
			while (taken.find()) {
				add(found, taken.group(2), known);
				if (taken.group(1).equals("from")) {
					Matcher listed = LISTED.matcher(taken.group(3));
					while (listed.find()) {
						add(found, listed.group(1), known);
					}
				}
			}
		}
		// Spring Data JDBC names tables as well: an aggregate's (by its class name, or @Table) and its collections'
		if (code.contains("org.springframework.data.annotation.Id")) {
			Matcher aggregate = AGGREGATE.matcher(code);
			if (aggregate.find()) {
				add(found, snakeCase(aggregate.group(1)), known);
			}
		}
		Matcher collection = MAPPED_COLLECTION.matcher(code);
		while (collection.find()) {
			add(found, snakeCase(collection.group(1)), known);
		}
		Matcher annotation = TABLE_ANNOTATION.matcher(code);
		while (annotation.find()) {
			add(found, annotation.group(1).toLowerCase(Locale.ROOT), known);
		}
		Matcher argument = TABLE_ARGUMENT.matcher(code);
		while (argument.find()) {
			add(found, argument.group(2).toLowerCase(Locale.ROOT), known);
		}
		return found;
	}

	/** {@code ProgressNote} to {@code progress_note}, as Spring Data JDBC names a table after a type. */
	static String snakeCase(String type) {
		return type.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	private static void add(Set<String> found, String name, Set<String> known) {
		if (known.contains(name)) {
			found.add(name);
		}
	}

	/**
	 * The texts of the source's concatenations: each run of literals and names joined by {@code +}
	 * becomes one text, a name replaced by the constant's text when it is a known string constant and by
	 * {@code ?} otherwise (a method's result, a parameter).
	 */
	static List<String> texts(String code, Map<String, String> constants) {
		return texts(code, constants, 0);
	}

	private static List<String> texts(String code, Map<String, String> constants, int depth) {
		List<String> texts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean afterPlus = false;
		int i = 0;
		while (i < code.length()) {
			char c = code.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (c == '"' || c == '\'') {
				boolean block = code.startsWith("\"\"\"", i);
				int end = block ? code.indexOf("\"\"\"", i + 3) : closing(code, i);
				end = end < 0 ? code.length() : end;
				if (c == '"') {
					if (!afterPlus) {
						flush(current, texts);
					}
					current.append(code, i + (block ? 3 : 1), end);
				}
				i = end + (block ? 3 : 1);
				afterPlus = false;
			}
			else if (c == '+') {
				afterPlus = true;
				i++;
			}
			else if (Character.isJavaIdentifierStart(c)) {
				int end = i;
				while (end < code.length() && (Character.isJavaIdentifierPart(code.charAt(end)) || code.charAt(end) == '.')) {
					end++;
				}
				boolean beforePlus = followedByPlus(code, end);
				if (afterPlus || beforePlus) {
					if (!afterPlus) {
						flush(current, texts);
					}
					String value = constants.get(code.substring(i, end));
					current.append(' ')
						.append(value != null && depth < 5 ? String.join(" ", texts(value, constants, depth + 1)) : "?")
						.append(' ');
				}
				afterPlus = false;
				i = end;
			}
			else {
				if (!afterPlus && c != '(' && c != ')' && c != '.') {
					flush(current, texts);
				}
				i++;
			}
		}
		flush(current, texts);
		return texts;
	}

	private static int closing(String code, int open) {
		char quote = code.charAt(open);
		int end = open + 1;
		while (end < code.length() && code.charAt(end) != quote) {
			end += code.charAt(end) == '\\' ? 2 : 1;
		}
		return Math.min(end, code.length());
	}

	private static boolean followedByPlus(String code, int from) {
		int i = from;
		while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
			i++;
		}
		return i < code.length() && code.charAt(i) == '+';
	}

	private static void flush(StringBuilder current, List<String> texts) {
		if (!current.isEmpty()) {
			texts.add(current.toString());
			current.setLength(0);
		}
	}

	/** The source without comments; string literals are kept as they are. */
	static String withoutComments(String source) {
		StringBuilder code = new StringBuilder(source.length());
		int i = 0;
		while (i < source.length()) {
			if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				end = end < 0 ? source.length() : end + 3;
				code.append(source, i, end);
				i = end;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				char quote = source.charAt(i);
				int end = i + 1;
				while (end < source.length() && source.charAt(end) != quote && source.charAt(end) != '\n') {
					end += source.charAt(end) == '\\' ? 2 : 1;
				}
				end = Math.min(end + 1, source.length());
				code.append(source, i, end);
				i = end;
			}
			else if (source.startsWith("//", i)) {
				int end = source.indexOf('\n', i);
				i = end < 0 ? source.length() : end;
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				i = end < 0 ? source.length() : end + 2;
				code.append(' ');
			}
			else {
				code.append(source.charAt(i));
				i++;
			}
		}
		return code.toString();
	}

}
