/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedDelimitersDoubledQuotesAndLineBreaksInsideCells() throws IOException {
        var rows = read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"line1\nline2\",z\n");
        assertThat(rows).extracting(CsvRow::line).containsExactly(1L, 2L, 3L);
        assertThat(rows.get(1).cells()).containsExactly("x, y", "say \"hi\"");
        assertThat(rows.get(2).cells()).containsExactly("line1\nline2", "z");
    }

    @Test
    void anUnclosedQuoteCostsOneRowAndReadingCarriesOn() throws IOException {
        var rows = read("a,b\n\"broken,1\nok,2\nok,3");
        assertThat(rows.get(1).problem()).contains("never closed");
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(2).cells()).containsExactly("ok", "2");
        assertThat(rows.get(3).cells()).containsExactly("ok", "3");
        assertThat(rows.get(3).line()).isEqualTo(4);
    }

    @Test
    void anUnclosedQuoteIsNotClosedByAQuoteOnALaterRow() throws IOException {
        var rows = read("a,b\n\"broken,1\nok,2\n\"quoted\",3\n");
        assertThat(rows.get(1).problem()).contains("never closed");
        assertThat(rows.subList(2, 4))
                .extracting(CsvRow::cells)
                .containsExactly(List.of("ok", "2"), List.of("quoted", "3"));
    }

    @Test
    void skipsAByteOrderMarkAndStraySpaces() throws IOException {
        var rows = read("\uFEFFid , name\n 1 ,  Ann  \n");
        assertThat(rows.get(0).cells()).containsExactly("id", "name");
        assertThat(rows.get(1).cells()).containsExactly("1", "Ann");
    }

    @Test
    void aTrailingDelimiterIsAnEmptyLastCell() throws IOException {
        assertThat(read("a,b\n1,\n").get(1).cells()).containsExactly("1", "");
    }

    @Test
    void bytesInvalidInTheEncodingRejectTheirRowOnly() throws IOException {
        var bytes = "a\nZo\u00EB\nok\n".getBytes(Charset.forName("windows-1252"));
        var rows = read(bytes, StandardCharsets.UTF_8);
        assertThat(rows.get(1).problem()).contains("not valid UTF-8");
        assertThat(rows.get(2).cells()).containsExactly("ok");
        assertThat(read(bytes, Charset.forName("windows-1252")).get(1).cells()).containsExactly("Zoë");
    }

    @Test
    void anOverlongLineIsRejectedWithoutHoldingItInMemory() throws IOException {
        var rows = read("a\n" + "x".repeat(CsvReader.MAX_LINE_CHARS + 10) + "\nok\n");
        assertThat(rows.get(1).problem()).contains("longer than");
        assertThat(rows.get(2).cells()).containsExactly("ok");
    }

    @Test
    void anEmptyFileHasNoRows() throws IOException {
        assertThat(read("")).isEmpty();
    }

    private static List<CsvRow> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static List<CsvRow> read(byte[] bytes, Charset charset) throws IOException {
        var rows = new ArrayList<CsvRow>();
        try (var reader = new CsvReader(new ByteArrayInputStream(bytes), charset, ',', '"')) {
            for (var row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
