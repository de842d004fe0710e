-- The document library of the member handbook: resolutions, directives, regulations and study materials that
-- officers publish as a PDF file or as rich text. Nothing is deleted: a withdrawn document keeps its row,
-- hidden from members, with who withdrew it, when and why.

CREATE TABLE library_document (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  title           VARCHAR(500)  NOT NULL,
  -- số, ký hiệu: "57-NQ/TW"
  doc_number      VARCHAR(60)   NULL,
  issuer          VARCHAR(300)  NULL,
  issued_on       DATE          NULL,
  category        VARCHAR(20)   NOT NULL,
  must_read       BOOLEAN       NOT NULL DEFAULT FALSE,
  format          VARCHAR(10)   NOT NULL,
  -- rich text, cleaned against an allow-list before it is stored
  html            MEDIUMTEXT    NULL,
  -- the readable text: the rich text's text, or what PDFBox extracted from the PDF
  body_text       MEDIUMTEXT    NOT NULL,
  -- title, number, issuer and text folded to lower-case ASCII words (see VietnameseText.fold), padded with
  -- a space at both ends, so a word prefix is LIKE '% word%' (see DocumentLibrary.search for why not FULLTEXT)
  search_text     MEDIUMTEXT    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  file_name       VARCHAR(255)  NULL,
  file_size       BIGINT        NULL,
  file_sha256     CHAR(64)      NULL,
  page_count      INT           NULL,
  published_by    VARCHAR(100)  NOT NULL,
  published_at    TIMESTAMP(3)  NOT NULL,
  withdrawn_by    VARCHAR(100)  NULL,
  withdrawn_at    TIMESTAMP(3)  NULL,
  withdrawal_reason VARCHAR(500) NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_library_published (published_at),
  CONSTRAINT ck_library_category CHECK (category IN ('RESOLUTION', 'DIRECTIVE', 'REGULATION', 'STUDY', 'OTHER')),
  CONSTRAINT ck_library_format CHECK (format IN ('PDF', 'RICH_TEXT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- A PDF's bytes, in parts of at most 1 MB: no single row then comes near max_allowed_packet (16 MB by
-- default on MariaDB), and the file lives in the database, so backups and a cluster need nothing else.
CREATE TABLE library_file_part (
  document_id  BIGINT     NOT NULL,
  part_no      INT        NOT NULL,
  content      MEDIUMBLOB NOT NULL,
  PRIMARY KEY (document_id, part_no),
  CONSTRAINT fk_library_part_document FOREIGN KEY (document_id) REFERENCES library_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;

-- The first time each member opened each document: "documents to read" are the must-read ones without a row.
CREATE TABLE library_reading (
  document_id  BIGINT       NOT NULL,
  member_id    BIGINT       NOT NULL,
  first_opened_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (document_id, member_id),
  INDEX ix_library_reading_member (member_id),
  CONSTRAINT fk_library_reading_document FOREIGN KEY (document_id) REFERENCES library_document (id),
  CONSTRAINT fk_library_reading_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_vietnamese_ci;
