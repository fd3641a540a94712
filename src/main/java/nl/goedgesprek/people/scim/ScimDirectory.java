package nl.goedgesprek.people.scim;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads people as SCIM shows them: one query with team and manager, by id, by userName or
 * externalId, or a page of everyone. A person HR added before provisioning began has no userName of
 * ours yet: their email address is their userName, so the provider's first look-up finds them and
 * they are not added twice.
 */
@Component
class ScimDirectory {

	private static final String SELECT = """
			select e.id, e.version, e.name, e.email, e.job_title, e.active, e.manager_id, e.scim_external_id,
			       coalesce(e.scim_user_name, e.email) as user_name, t.name as team_name, m.name as manager_name
			from employee e left join team t on t.id = e.team_id left join employee m on m.id = e.manager_id
			""";

	private final JdbcClient jdbc;

	ScimDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A person as SCIM shows them. */
	record Row(long id, int version, String name, String email, String title, boolean active, Long managerId,
			String managerName, String teamName, String userName, String externalId) {
	}

	/** A page of people: all that match and the ones on this page. */
	record Found(long total, List<Row> rows) {
	}

	Optional<Row> byId(long id) {
		return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(this::row).optional();
	}

	/**
	 * @param attribute {@code userName} or {@code externalId}, or {@code null} for everyone
	 * @param startIndex from 1 (RFC 7644, section 3.4.2.4)
	 */
	Found find(String attribute, String value, int startIndex, int count) {
		String where = attribute == null ? "1 = 1" : switch (attribute) {
			case "userName" -> "coalesce(e.scim_user_name, e.email) = :value";
			case "externalId" -> "e.scim_external_id = :value";
			default -> throw new IllegalArgumentException(attribute);
		};
		// userName is case-insensitive (RFC 7643, section 4.1.1); both columns are kept in lower case.
		String match = "userName".equals(attribute) ? value.toLowerCase(Locale.ROOT) : value;
		long total = bind(jdbc.sql("select count(*) from employee e where " + where), attribute, match).query(Long.class)
			.single();
		List<Row> rows = count == 0 ? List.of()
				: bind(jdbc.sql(SELECT + " where " + where + " order by e.id offset " + (startIndex - 1) + " rows fetch first "
						+ count + " rows only"), attribute, match).query(this::row).list();
		return new Found(total, rows);
	}

	/** Whether another person already has this userName. */
	boolean userNameTaken(String userName, Long self) {
		return jdbc.sql("""
				select count(*) from employee
				where coalesce(scim_user_name, email) = :userName and (:self is null or id <> :self)""")
			.param("userName", userName.toLowerCase(Locale.ROOT))
			.param("self", self, java.sql.Types.BIGINT)
			.query(Long.class)
			.single() > 0;
	}

	void keepIdentifiers(long id, String userName, String externalId) {
		jdbc.sql("update employee set scim_user_name = :userName, scim_external_id = :externalId where id = :id")
			.param("userName", userName.toLowerCase(Locale.ROOT))
			.param("externalId", externalId)
			.param("id", id)
			.update();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, String attribute, String value) {
		return attribute == null ? statement : statement.param("value", value);
	}

	private Row row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getInt("version"), rs.getString("name"), rs.getString("email"),
				rs.getString("job_title"), rs.getBoolean("active"), rs.getObject("manager_id", Long.class),
				rs.getString("manager_name"), rs.getString("team_name"), rs.getString("user_name"),
				rs.getString("scim_external_id"));
	}

}
