/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlRowReaderTest {

    private static final String CTF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <CTfile>
              <Header>
                <SourceSchool><SchoolName>Eastfield Primary</SchoolName></SourceSchool>
              </Header>
              <CTFpupilData>
                <Pupil>
                  <UPN>A999200125001</UPN>
                  <Surname>Okafor</Surname>
                  <BasicDetails><MiddleNames/></BasicDetails>
                  <Contacts>
                    <Contact>
                      <Order>1</Order>
                      <Surname>Okafor</Surname>
                      <Address><AddressAsPupil>true</AddressAsPupil></Address>
                    </Contact>
                    <Contact>
                      <Order>2</Order>
                      <Surname>Hale</Surname>
                      <Address><BS7666Address><PAON>3</PAON></BS7666Address></Address>
                    </Contact>
                  </Contacts>
                </Pupil>
                <Pupil>
                  <UPN>B999200125002</UPN>
                  <Surname>Ng &amp; Co</Surname>
                  <BasicDetails><MiddleNames>Lee</MiddleNames></BasicDetails>
                </Pupil>
              </CTFpupilData>
            </CTfile>
            """;

    @TempDir
    Path dir;

    @Test
    void readsOneRowPerElementWithNestedPathsAndHeaderValues() throws IOException {
        var rows = read(
                CTF,
                "CTfile/CTFpupilData/Pupil",
                "UPN",
                "Surname",
                "BasicDetails/MiddleNames",
                "/CTfile/Header/SourceSchool/SchoolName");

        assertThat(rows).extracting(CsvRow::line).containsExactly(7L, 24L);
        assertThat(rows.get(0).cells()).containsExactly("A999200125001", "Okafor", "", "Eastfield Primary");
        assertThat(rows.get(1).cells()).containsExactly("B999200125002", "Ng & Co", "Lee", "Eastfield Primary");
    }

    @Test
    void aRowClimbsToItsAncestorsWithDotDot() throws IOException {
        var rows = read(
                CTF, "CTfile/CTFpupilData/Pupil/Contacts/Contact", "../../UPN", "Order", "Surname", "../../Surname");

        assertThat(rows)
                .extracting(CsvRow::cells)
                .containsExactly(
                        List.of("A999200125001", "1", "Okafor", "Okafor"),
                        List.of("A999200125001", "2", "Hale", "Okafor"));
        assertThat(rows).extracting(CsvRow::line).containsExactly(12L, 17L);
    }

    @Test
    void severalRowPathsReadTheSameFileAndAConditionKeepsSomeRows() throws IOException {
        var pupils = read(CTF, "CTfile/CTFpupilData/Pupil", "UPN");
        var contacts = read(CTF, "/CTfile/CTFpupilData/Pupil/Contacts/Contact", "Order");
        var livingWithPupil =
                read(CTF, "CTfile/CTFpupilData/Pupil/Contacts/Contact[Address/AddressAsPupil=TRUE|1]", "Order");

        assertThat(pupils).hasSize(2);
        assertThat(contacts).extracting(r -> r.cells().getFirst()).containsExactly("1", "2");
        assertThat(livingWithPupil).extracting(r -> r.cells().getFirst()).containsExactly("1");
    }

    @Test
    void missingAndEmptyElementsAreEmptyValues() throws IOException {
        var rows = read(CTF, "CTfile/CTFpupilData/Pupil", "BasicDetails/MiddleNames", "NoSuchElement", ".");
        assertThat(rows.getFirst().cells()).containsExactly("", "", "");
    }

    @Test
    void malformedXmlStopsWithOneUnreadableRowNamingItsLineAfterTheRowsBeforeIt() throws IOException {
        var broken = """
                <CTfile><CTFpupilData>
                <Pupil><UPN>1</UPN></Pupil>
                <Pupil><UPN>2</UPN></Pupil>
                <Pupil><UPN>3</UPN>
                <Pupil><UPN>4</UPN></Pupil>
                </CTFpupilData></CTfile>
                """;
        try (var reader = reader(broken.getBytes(StandardCharsets.UTF_8), "CTfile/CTFpupilData/Pupil", "UPN")) {
            var rows = all(reader);

            assertThat(rows).hasSize(3);
            assertThat(rows.subList(0, 2)).extracting(r -> r.cells().getFirst()).containsExactly("1", "2");
            assertThat(rows.get(2).readable()).isFalse();
            assertThat(rows.get(2).line()).isEqualTo(6);
            assertThat(rows.get(2).problem())
                    .startsWith("not well-formed XML: ")
                    .contains("Pupil");
            assertThat(reader.stoppedEarly()).startsWith("line 6: not well-formed XML");
        }
    }

    @Test
    void aDocumentTypeIsRefusedAndNoExternalEntityIsRead() throws IOException {
        var secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        var xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE CTfile [ <!ENTITY xxe SYSTEM "%s"> ]>
                <CTfile><CTFpupilData><Pupil><UPN>&xxe;</UPN></Pupil></CTFpupilData></CTfile>
                """.formatted(secret.toUri());
        try (var reader = reader(xxe.getBytes(StandardCharsets.UTF_8), "CTfile/CTFpupilData/Pupil", "UPN")) {
            assertThat(reader.problemAtStart()).contains("declares a document type");
        }
        try (var reader = reader(xxe.getBytes(StandardCharsets.UTF_8), "CTfile/CTFpupilData/Pupil", "UPN")) {
            var rows = all(reader);
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.readable()).isFalse();
                assertThat(row.line()).isEqualTo(2);
            });
            assertThat(rows.toString()).doesNotContain("TOP SECRET");
        }
    }

    @Test
    void theDeclaredEncodingIsFollowed() throws IOException {
        var cp1252 = """
                <?xml version="1.0" encoding="windows-1252"?>
                <CTfile><CTFpupilData><Pupil><Surname>Zoë Ó Gáin</Surname></Pupil></CTFpupilData></CTfile>
                """.getBytes(Charset.forName("windows-1252"));
        var utf8 = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CTfile><CTFpupilData><Pupil><Surname>Zoë Łukasz</Surname></Pupil></CTFpupilData></CTfile>
                """.getBytes(StandardCharsets.UTF_8);

        assertThat(cells(cp1252, "Surname")).containsExactly("Zoë Ó Gáin");
        assertThat(cells(utf8, "Surname")).containsExactly("Zoë Łukasz");
        assertThat(cells(withByteOrderMark(utf8), "Surname")).containsExactly("Zoë Łukasz");
    }

    @Test
    void anEncodingThatCannotBeReadIsSaidAtTheStart() throws IOException {
        var xml = "<?xml version=\"1.0\" encoding=\"x-klingon\"?><CTfile/>".getBytes(StandardCharsets.UTF_8);
        try (var reader = reader(xml, "CTfile/Pupil", "UPN")) {
            assertThat(reader.problemAtStart()).contains("declares encoding 'x-klingon'");
        }
    }

    private static byte[] withByteOrderMark(byte[] utf8) {
        var out = new byte[utf8.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, out, 3, utf8.length);
        return out;
    }

    @Test
    void bytesNotValidInTheDeclaredEncodingRejectTheirRowOnly() throws IOException {
        var mixed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CTfile><CTFpupilData>
                <Pupil><Surname>Ok</Surname></Pupil>
                <Pupil><Surname>Zoë</Surname></Pupil>
                <Pupil><Surname>Also ok</Surname></Pupil>
                </CTFpupilData></CTfile>
                """.getBytes(Charset.forName("windows-1252"));
        try (var reader = reader(mixed, "CTfile/CTFpupilData/Pupil", "Surname")) {
            var rows = all(reader);
            assertThat(rows).hasSize(3);
            assertThat(rows.getFirst().cells()).containsExactly("Ok");
            assertThat(rows.get(1).problem()).contains("not valid UTF-8");
            assertThat(rows.get(1).line()).isEqualTo(4);
            assertThat(rows.get(2).cells()).containsExactly("Also ok");
            assertThat(reader.stoppedEarly()).isNull();
        }
    }

    @Test
    void theRootElementMustBeWhereTheRowPathStarts() throws IOException {
        try (var reader = reader(CTF.getBytes(StandardCharsets.UTF_8), "ATfile/Pupil", "UPN")) {
            assertThat(reader.problemAtStart()).contains("root element is <CTfile>, but rows starts at <ATfile>");
        }
        try (var reader = reader(CTF.getBytes(StandardCharsets.UTF_8), "CTfile/CTFpupilData/Pupil", "UPN")) {
            assertThat(reader.problemAtStart()).isNull();
        }
    }

    @Test
    void aRowTooLargeToHoldIsSkippedAndReadingCarriesOn() throws IOException {
        var huge = "x".repeat(XmlRowReader.MAX_TEXT_CHARS + 1);
        var xml = "<CTfile>\n<Pupil><UPN>" + huge + "</UPN></Pupil>\n<Pupil><UPN>2</UPN></Pupil>\n</CTfile>";
        try (var reader = reader(xml.getBytes(StandardCharsets.UTF_8), "CTfile/Pupil", "UPN")) {
            var rows = all(reader);
            assertThat(rows.getFirst().problem()).contains("longer than").contains("skipped");
            assertThat(rows.getFirst().line()).isEqualTo(2);
            assertThat(rows.get(1).cells()).containsExactly("2");
            assertThat(reader.stoppedEarly()).isNull();
        }
    }

    private static List<String> cells(byte[] xml, String column) throws IOException {
        try (var reader = reader(xml, "CTfile/CTFpupilData/Pupil", column)) {
            return all(reader).getFirst().cells();
        }
    }

    private static List<CsvRow> read(String xml, String rows, String... columns) throws IOException {
        try (var reader = reader(xml.getBytes(StandardCharsets.UTF_8), rows, columns)) {
            return all(reader);
        }
    }

    private static XmlRowReader reader(byte[] xml, String rows, String... columns) {
        return new XmlRowReader(
                new ByteArrayInputStream(xml),
                XmlRowPath.parse(rows),
                Arrays.stream(columns).map(XmlPath::parse).toList());
    }

    private static List<CsvRow> all(RowReader reader) throws IOException {
        var rows = new ArrayList<CsvRow>();
        for (var row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }
}
