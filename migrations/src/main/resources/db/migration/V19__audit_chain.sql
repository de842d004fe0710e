-- A tamper-evident audit log: each entry, once sealed, carries its place in the chain (chain_seq), the hash of
-- the entry before it and its own hash (SHA-256 over the previous hash, its place and its fields). Altering,
-- removing or reordering a sealed entry breaks the chain at that entry.
--
-- Entries are written unsealed, in the transaction of the change they describe, and sealed in order a few
-- seconds later by one sealer at a time (the row lock on audit_chain_head). Sealing inside every business
-- transaction would have made all writes in the ward wait for one another, a long import above all; so the
-- three columns stay NULL until sealed, by design, and existing entries are sealed by the same sealer.
ALTER TABLE audit_entry
  ADD COLUMN chain_seq  BIGINT   NULL,
  ADD COLUMN prev_hash  CHAR(64) NULL,
  ADD COLUMN entry_hash CHAR(64) NULL,
  ADD CONSTRAINT ux_audit_chain_seq UNIQUE (chain_seq);

CREATE TABLE audit_chain_head (
  id        TINYINT      NOT NULL,
  last_seq  BIGINT       NOT NULL,
  last_hash CHAR(64)     NOT NULL,
  sealed_at TIMESTAMP(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_audit_chain_head_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

INSERT INTO audit_chain_head (id, last_seq, last_hash, sealed_at)
VALUES (1, 0, REPEAT('0', 64), NULL);
