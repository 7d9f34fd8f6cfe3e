package dev.ferry.transcript;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link TestReport} as JUnit XML for CI: one {@code testsuite} per transcript, one {@code testcase}
 * per turn. A failed expectation is a {@code failure}, a chat API error an {@code error}, a turn never sent
 * is {@code skipped}; a transcript whose assistant is missing has one failing case, {@code assistant}.
 */
public final class JUnitReport {
    private JUnitReport() {}

    /** Writes {@code file} whole (a temporary file renamed into place), creating its folder. */
    public static void write(TestReport report, Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                    write(report, xml);
                    xml.close();
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | XMLStreamException e) {
            throw new FerryException(ExitCode.ERROR, "cannot write the JUnit report " + file + ": " + e.getMessage(),
                    e);
        }
    }

    private static void write(TestReport report, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuites");
        xml.writeAttribute("name", "ferry test --env " + report.environment());
        xml.writeAttribute("tests", Integer.toString(cases(report)));
        xml.writeAttribute("failures", Long.toString(count(report, TurnResult.Outcome.FAILED) + notStarted(report)));
        xml.writeAttribute("errors", Long.toString(count(report, TurnResult.Outcome.ERROR)));
        xml.writeCharacters("\n");
        for (TranscriptResult result : report.results()) {
            suite(report.environment(), result, xml);
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private static void suite(String environment, TranscriptResult result, XMLStreamWriter xml)
            throws XMLStreamException {
        String id = result.transcript().id();
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", id);
        xml.writeAttribute("file", result.transcript().file());
        boolean notStarted = result.notStartedBecause().isPresent();
        xml.writeAttribute("tests", Integer.toString(notStarted ? 1 : result.turns().size()));
        xml.writeAttribute("failures", Long.toString(notStarted ? 1 : result.turns().stream()
                .filter(t -> t.outcome() == TurnResult.Outcome.FAILED).count()));
        xml.writeAttribute("errors", Long.toString(result.turns().stream()
                .filter(t -> t.outcome() == TurnResult.Outcome.ERROR).count()));
        xml.writeAttribute("skipped", Long.toString(result.turns().stream()
                .filter(t -> t.outcome() == TurnResult.Outcome.SKIPPED).count()));
        xml.writeCharacters("\n");
        if (notStarted) {
            testCase(id, "assistant", xml);
            element(xml, "failure", result.notStartedBecause().get(), "assistant '" + result.transcript().assistant()
                    + "' not found in " + environment);
            endCase(xml);
        }
        for (TurnResult turn : result.turns()) {
            testCase(id, "turn " + turn.number() + ": " + turn.user(), xml);
            switch (turn.outcome()) {
                case FAILED -> element(xml, "failure", String.join("; ", turn.problems()),
                        String.join("\n", turn.problems()));
                case ERROR -> element(xml, "error", String.join("; ", turn.problems()),
                        String.join("\n", turn.problems()));
                case SKIPPED -> element(xml, "skipped", String.join("; ", turn.problems()), null);
                case PASSED -> { }
            }
            if (!turn.reply().isEmpty()) {
                xml.writeCharacters("      ");
                xml.writeStartElement("system-out");
                xml.writeCharacters(turn.reply());
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            endCase(xml);
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void testCase(String classname, String name, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", classname);
        xml.writeAttribute("name", name);
        xml.writeCharacters("\n");
    }

    private static void endCase(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void element(XMLStreamWriter xml, String name, String message, String body)
            throws XMLStreamException {
        xml.writeCharacters("      ");
        xml.writeStartElement(name);
        xml.writeAttribute("message", message);
        if (body != null) {
            xml.writeCharacters(body);
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static int cases(TestReport report) {
        return report.results().stream().mapToInt(r -> r.notStartedBecause().isPresent() ? 1 : r.turns().size())
                .sum();
    }

    private static long count(TestReport report, TurnResult.Outcome outcome) {
        return report.results().stream().flatMap(r -> r.turns().stream()).filter(t -> t.outcome() == outcome).count();
    }

    private static long notStarted(TestReport report) {
        return report.results().stream().filter(r -> r.notStartedBecause().isPresent()).count();
    }
}
