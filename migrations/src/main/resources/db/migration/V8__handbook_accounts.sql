-- Handbook logins (Keycloak users) created by an officer for members, one per member. The temporary
-- password is never stored: Keycloak keeps only its hash, the officer sees it once.
-- DISABLE_PENDING: the membership ended but Keycloak could not be reached yet; a timer retries.
CREATE TABLE handbook_account (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  member_id       BIGINT       NOT NULL,
  keycloak_id     VARCHAR(64)  NOT NULL,
  username        VARCHAR(100) NOT NULL,
  state           VARCHAR(16)  NOT NULL,
  created_by      VARCHAR(100) NOT NULL,
  created_at      TIMESTAMP(3) NOT NULL,
  disabled_at     TIMESTAMP(3) NULL,
  disabled_reason VARCHAR(200) NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uq_account_member (member_id),
  UNIQUE KEY uq_account_username (username),
  INDEX ix_account_state (state),
  CONSTRAINT fk_account_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
