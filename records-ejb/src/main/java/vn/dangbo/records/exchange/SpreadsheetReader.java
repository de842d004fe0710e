package vn.dangbo.records.exchange;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads .xlsx as a stream of SAX events (the sheet XML is never held as a workbook, so 150,000 rows
 * cost a few megabytes) and .xls, whose format caps a sheet at 65,536 rows, through POI's user model.
 * Before any parsing, {@link #check(Path)} refuses what is not a spreadsheet, what is encrypted, damaged,
 * or expands like a zip bomb.
 */
public final class SpreadsheetReader {

    /** What the sheet XML of an .xlsx may expand to in all: far above 150,000 rows of a dossier sheet. */
    static final long MAX_EXPANDED_BYTES = 1_500L * 1024 * 1024;

    /** Beyond this ratio an entry is a zip bomb, not a spreadsheet (real sheets compress 5-20 times). */
    static final int MAX_RATIO = 200;

    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public enum Format { XLSX, XLS }

    private SpreadsheetReader() {
    }

    /** The file's format, or a refusal naming why it cannot be read. Reads the whole file once. */
    public static Format check(Path file) {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new SpreadsheetRefused("import.notSpreadsheet");
        }
        return switch (magic) {
            case OOXML -> {
                checkZip(file.toFile());
                yield Format.XLSX;
            }
            case OLE2 -> {
                checkOle2(file.toFile());
                yield Format.XLS;
            }
            default -> throw new SpreadsheetRefused("import.notSpreadsheet");
        };
    }

    /** The format of a file that passed {@link #check} when it was uploaded: by its first bytes only. */
    public static Format formatOf(Path file) {
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
            return FileMagic.valueOf(in) == FileMagic.OLE2 ? Format.XLS : Format.XLSX;
        } catch (IOException e) {
            throw new SpreadsheetRefused("import.damaged");
        }
    }

    /** Inflates every entry once, counting, so a bomb is refused before POI or a parser touches it. */
    private static void checkZip(File file) {
        boolean workbook = false;
        try (ZipFile zip = new ZipFile(file)) {
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                workbook |= entry.getName().equals("xl/workbook.xml");
                long expanded = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        expanded += n;
                        total += n;
                        long compressed = Math.max(entry.getCompressedSize(), 1);
                        if (total > MAX_EXPANDED_BYTES
                                || expanded > 1024 * 1024 && expanded / compressed > MAX_RATIO) {
                            throw new SpreadsheetRefused("import.zipBomb");
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new SpreadsheetRefused("import.damaged");
        } catch (IOException e) {
            throw new SpreadsheetRefused("import.damaged");
        }
        if (!workbook) {
            throw new SpreadsheetRefused("import.notSpreadsheet");
        }
    }

    /** An OLE2 file is an .xls, or an .xlsx that a password turned into an encrypted container. */
    private static void checkOle2(File file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file, true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new SpreadsheetRefused("import.encrypted");
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("Book")) {
                throw new SpreadsheetRefused("import.notSpreadsheet");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SpreadsheetRefused refused) {
                throw refused;
            }
            throw new SpreadsheetRefused("import.damaged");
        }
    }

    /** Streams every sheet to the visitor until it asks to stop; the file must have passed {@link #check}. */
    public static void read(Path file, Format format, SheetVisitor visitor) {
        if (format == Format.XLSX) {
            readXlsx(file, visitor);
        } else {
            readXls(file, visitor);
        }
    }

    private static void readXlsx(Path file, SheetVisitor visitor) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            int index = 0;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    SheetHandler handler = new SheetHandler(index, strings, styles, visitor);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(handler);
                    try {
                        parser.parse(new InputSource(sheet));
                    } catch (StopSheet stop) {
                        // the visitor has what it wanted from this sheet
                    }
                }
                if (!visitor.endOfSheet(index++)) {
                    return;
                }
            }
        } catch (vn.dangbo.records.shared.DomainException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetRefused("import.encrypted");
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
                 | RuntimeException e) {
            throw new SpreadsheetRefused("import.damaged");
        }
    }

    private static void readXls(Path file, SheetVisitor visitor) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
            for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                Sheet sheet = workbook.getSheetAt(index);
                visitor.sheetDimension(index, sheet.getLastRowNum() + 1);
                for (Row row : sheet) {
                    Map<Integer, SheetCell> cells = new HashMap<>();
                    for (Cell cell : row) {
                        SheetCell value = xlsCell(cell);
                        if (value != null) {
                            cells.put(cell.getColumnIndex(), value);
                        }
                    }
                    if (!cells.isEmpty() && !visitor.row(index, row.getRowNum() + 1, cells)) {
                        break;
                    }
                }
                if (!visitor.endOfSheet(index)) {
                    return;
                }
            }
        } catch (vn.dangbo.records.shared.DomainException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetRefused("import.encrypted");
        } catch (IOException | RuntimeException e) {
            throw new SpreadsheetRefused("import.damaged");
        }
    }

    private static SheetCell xlsCell(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> nonBlank(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? date(cell.getLocalDateTimeCellValue().toLocalDate())
                    : SheetCell.text(number(cell.getNumericCellValue()));
            case BOOLEAN -> SheetCell.text(Boolean.toString(cell.getBooleanCellValue()));
            default -> null;
        };
    }

    private static SheetCell nonBlank(String text) {
        return text == null || text.isBlank() ? null : SheetCell.text(text);
    }

    private static SheetCell date(LocalDate date) {
        return new SheetCell(DISPLAY_DATE.format(date), date);
    }

    /** 1085012345.0 → "1085012345": whole numbers without a decimal point or an exponent. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Thrown from the SAX handler to leave a sheet early. */
    private static final class StopSheet extends SAXException {
        StopSheet() {
            super("stop");
        }
    }

    /**
     * The cells of one sheet's XML: {@code <row r>} holding {@code <c r s t><v/></c>} or inline strings.
     * A numeric cell whose style has a date format is a date; shared strings are looked up by index.
     */
    private static final class SheetHandler extends DefaultHandler {
        private final int sheetIndex;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final SheetVisitor visitor;
        private final StringBuilder text = new StringBuilder();
        private Map<Integer, SheetCell> cells = new HashMap<>();
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private boolean collecting;
        private boolean inInline;

        SheetHandler(int sheetIndex, ReadOnlySharedStringsTable strings, StylesTable styles, SheetVisitor visitor) {
            this.sheetIndex = sheetIndex;
            this.strings = strings;
            this.styles = styles;
            this.visitor = visitor;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "dimension" -> {
                    String ref = attributes.getValue("ref");
                    if (ref != null && ref.contains(":")) {
                        String last = ref.substring(ref.indexOf(':') + 1).replaceAll("[A-Z]", "");
                        if (!last.isEmpty()) {
                            visitor.sheetDimension(sheetIndex, Integer.parseInt(last));
                        }
                    }
                }
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new HashMap<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : columnIndex(ref);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    text.setLength(0);
                }
                case "v" -> {
                    collecting = true;
                    text.setLength(0);
                }
                case "is" -> inInline = true;
                case "t" -> collecting = inInline;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "is" -> inInline = false;
                case "c" -> {
                    SheetCell cell = cell(text.toString());
                    if (cell != null) {
                        cells.put(column, cell);
                    }
                    text.setLength(0);
                }
                case "row" -> {
                    if (!cells.isEmpty() && !visitor.row(sheetIndex, rowNumber, cells)) {
                        throw new StopSheet();
                    }
                }
                default -> {
                }
            }
        }

        private SheetCell cell(String raw) {
            if (raw.isEmpty()) {
                return null;
            }
            if (type == null || type.equals("n")) {
                double value = Double.parseDouble(raw);
                if (style >= 0 && isDateStyle(style) && DateUtil.isValidExcelDate(value)) {
                    return date(DateUtil.getLocalDateTime(value).toLocalDate());
                }
                return SheetCell.text(number(value));
            }
            return switch (type) {
                case "s" -> nonBlank(strings.getItemAt(Integer.parseInt(raw)).getString());
                case "inlineStr", "str" -> nonBlank(raw);
                case "b" -> SheetCell.text(raw.equals("1") ? "true" : "false");
                default -> null;
            };
        }

        private boolean isDateStyle(int index) {
            XSSFCellStyle s = styles.getStyleAt(index);
            return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        }

        /** "AB12" → 27. */
        static int columnIndex(String ref) {
            int index = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                index = index * 26 + (ref.charAt(i) - 'A' + 1);
            }
            return index - 1;
        }
    }

    /** "B" for column index 1: how rejections name a cell. */
    public static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }
}
