-- Several app nodes on one database (issue 14): the signed-in sessions live here, so a node can stop
-- without signing anyone out and a person goes on at another node with the same cookie. Spring
-- Session's own schema (schema-postgresql.sql of spring-session-jdbc 4.0), written here so Flyway owns
-- every table: spring.session.jdbc.initialize-schema=never. BYTEA is PostgreSQL's binary type and
-- an alias H2 understands.
CREATE TABLE SPRING_SESSION (
	PRIMARY_ID CHAR(36) NOT NULL,
	SESSION_ID CHAR(36) NOT NULL,
	CREATION_TIME BIGINT NOT NULL,
	LAST_ACCESS_TIME BIGINT NOT NULL,
	MAX_INACTIVE_INTERVAL INT NOT NULL,
	EXPIRY_TIME BIGINT NOT NULL,
	PRINCIPAL_NAME VARCHAR(100),
	CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
	SESSION_PRIMARY_ID CHAR(36) NOT NULL,
	ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
	ATTRIBUTE_BYTES BYTEA NOT NULL,
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
);

-- The throttles' token buckets (sign-in, "wachtwoord vergeten"), shared by every node on PostgreSQL
-- (Bucket4j's PostgreSQL proxy manager, select for update). The key is a SHA-256 of what is counted,
-- so no address or account name is stored. expires_at (epoch milliseconds): when a full bucket can go.
CREATE TABLE throttle_bucket (
	id VARCHAR(64) NOT NULL PRIMARY KEY,
	state BYTEA,
	expires_at BIGINT
);
CREATE INDEX throttle_bucket_expires ON throttle_bucket (expires_at);
