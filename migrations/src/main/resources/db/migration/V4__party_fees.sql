-- Party fees (đảng phí): the committee's fixed amounts per category, each member's basis (a salary, of which
-- 1% is due, or a category) from a month on, and the payments the cells record month by month.
-- Nothing is deleted: a new rate or basis starts at a later month; a corrected payment stays, superseded.

CREATE TABLE fee_category_rate (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  code            VARCHAR(40)  NOT NULL,
  name            VARCHAR(200) NOT NULL,
  amount          BIGINT       NOT NULL,
  effective_month DATE         NOT NULL,
  recorded_by     VARCHAR(100) NOT NULL,
  recorded_at     TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_fee_rate UNIQUE (code, effective_month),
  CONSTRAINT ck_fee_rate_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

CREATE TABLE member_fee_basis (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  member_id       BIGINT       NOT NULL,
  effective_month DATE         NOT NULL,
  salary          BIGINT       NULL,
  category_code   VARCHAR(40)  NULL,
  recorded_by     VARCHAR(100) NOT NULL,
  recorded_at     TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_fee_basis_member (member_id, effective_month),
  CONSTRAINT fk_fee_basis_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT ck_fee_basis_one CHECK ((salary IS NULL) <> (category_code IS NULL)),
  CONSTRAINT ck_fee_basis_salary CHECK (salary IS NULL OR salary >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- current_flag is 1 for the payment that counts and NULL once corrected: the unique key then allows one
-- counting payment per member and month, however many corrections came before it.
CREATE TABLE fee_payment (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  member_id    BIGINT       NOT NULL,
  cell_id      BIGINT       NOT NULL,
  fee_month    DATE         NOT NULL,
  amount       BIGINT       NOT NULL,
  paid_on      DATE         NOT NULL,
  note         VARCHAR(500) NULL,
  recorded_by  VARCHAR(100) NOT NULL,
  recorded_at  TIMESTAMP(3) NOT NULL,
  corrects_id  BIGINT       NULL,
  current_flag TINYINT      NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_fee_payment_current UNIQUE (member_id, fee_month, current_flag),
  INDEX ix_fee_payment_cell (cell_id, fee_month),
  CONSTRAINT fk_fee_payment_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_fee_payment_cell FOREIGN KEY (cell_id) REFERENCES party_unit (id),
  CONSTRAINT fk_fee_payment_corrects FOREIGN KEY (corrects_id) REFERENCES fee_payment (id),
  CONSTRAINT ck_fee_payment_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
