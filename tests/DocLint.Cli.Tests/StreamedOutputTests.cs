using DocLint.Cli.Output;
using DocLint.Diagnostics;
using DocLint.Reporting;
using DocLint.Scoring;
using DocLint.Text;

namespace DocLint.Cli.Tests;

/// <summary>How a streamed format merges the run's problems with its documents, and what the run keeps of a written document.</summary>
public sealed class StreamedOutputTests
{
    [Fact]
    public void Problems_go_out_in_their_place_by_path_and_one_found_too_late_goes_out_at_the_end()
    {
        using var writer = new StringWriter();
        var configuration = new List<Diagnostic>();
        var streamed = new StreamedOutput(new MsBuildFormatter(), writer, [Problem(InfrastructureDescriptors.InputNotFound, "b.md")], () => configuration, DiagnosticSeverity.Info, progress: null, sharesTheTerminal: false);

        streamed.Write(Document("a.md"));
        streamed.Write(Document("c.md"));
        configuration.Add(Problem(InfrastructureDescriptors.InvalidConfiguration, "d/.editorconfig"));
        streamed.Write(Document("e.md"));
        // Found after e.md was written, though it sorts before it: it cannot go back, so it closes the output.
        configuration.Add(Problem(InfrastructureDescriptors.InvalidConfiguration, "a0/.editorconfig"));
        streamed.Finish();

        Assert.Null(streamed.Failure);
        Assert.Equal(
            ["a.md(1,1,1,8): warning DL1001: claimed", "b.md: error DL0010: b.md", "c.md(1,1,1,8): warning DL1001: claimed", "d/.editorconfig: warning DL0002: d/.editorconfig", "e.md(1,1,1,8): warning DL1001: claimed", "a0/.editorconfig: warning DL0002: a0/.editorconfig", string.Empty],
            writer.ToString().Split('\n'));
    }

    [Fact]
    public void A_written_document_keeps_its_counts_but_not_its_texts()
    {
        using var writer = new StringWriter();
        var streamed = JsonTo(writer);

        var kept = streamed.Write(Document("a.md"));

        var finding = Assert.Single(kept.Diagnostics);
        Assert.Equal(("DL1001", DiagnosticSeverity.Warning, true, string.Empty, string.Empty, string.Empty), (finding.Id, finding.Severity, finding.Location.IsWholeFile, finding.Message, finding.FlaggedText, finding.Context));
        Assert.Equal(("a.md", 7, true), (kept.Path, kept.WordCount, kept.WasLinted));
    }

    [Fact]
    public void A_failed_write_is_kept_and_the_run_goes_on_counting()
    {
        using var writer = new FailingWriter();
        var streamed = JsonTo(writer);

        var first = streamed.Write(Document("a.md"));
        var second = streamed.Write(Document("b.md"));
        streamed.Finish();

        Assert.Equal("disk full", streamed.Failure?.Message);
        Assert.Equal([1, 1], [first.Diagnostics.Length, second.Diagnostics.Length]);
        Assert.Equal(1, writer.Attempts);
    }

    [Fact]
    public void Flush_pushes_the_written_entries_to_a_buffered_destination_before_the_run_finishes()
    {
        using var destination = new MemoryStream();
        using var writer = new StreamWriter(destination, bufferSize: 64 * 1024) { NewLine = "\n" };
        var streamed = new StreamedOutput(new MsBuildFormatter(), writer, [], () => [], DiagnosticSeverity.Info, progress: null, sharesTheTerminal: false);

        streamed.Flush();
        streamed.Write(Document("a.md"));
        var beforeFlush = destination.Length;
        streamed.Flush();
        var afterFlush = System.Text.Encoding.UTF8.GetString(destination.ToArray());
        streamed.Write(Document("b.md"));
        streamed.Finish();

        Assert.Null(streamed.Failure);
        Assert.Equal(0, beforeFlush);
        Assert.Equal("a.md(1,1,1,8): warning DL1001: claimed\n", afterFlush);
        Assert.Equal(afterFlush + "b.md(1,1,1,8): warning DL1001: claimed\n", System.Text.Encoding.UTF8.GetString(destination.ToArray()));
    }

    [Fact]
    public void A_failed_flush_is_the_failure_and_nothing_more_is_written()
    {
        using var writer = new FailingFlushWriter();
        var streamed = new StreamedOutput(new MsBuildFormatter(), writer, [], () => [], DiagnosticSeverity.Info, progress: null, sharesTheTerminal: false);

        streamed.Write(Document("a.md"));
        streamed.Flush();
        streamed.Write(Document("b.md"));
        streamed.Finish();

        Assert.Equal("pipe closed", streamed.Failure?.Message);
        Assert.Equal("a.md(1,1,1,8): warning DL1001: claimed\n", writer.ToString());
    }

    [Fact]
    public void A_document_with_many_findings_goes_out_every_64_findings_not_whole_at_its_end()
    {
        using var writer = new CountingWriter();
        var streamed = JsonTo(writer);

        streamed.Write(Document("a.md", findings: 130));
        var forTheDocument = writer.Writes;
        streamed.Finish();

        Assert.Null(streamed.Failure);
        // The header (it starts with the first document), after the 64th and the 128th finding, the entry's own end.
        Assert.Equal(4, forTheDocument);
        Assert.Equal(130, writer.ToString().Split("\"id\": \"DL1001\"").Length - 1);
    }

    [Fact]
    public void A_document_with_many_scored_claims_goes_out_every_64_claims_not_whole_at_its_end()
    {
        using var writer = new CountingWriter();
        var streamed = JsonTo(writer);
        var tally = new ScoreTally(Words: 7, Claims: 130, SourcedClaims: 130, Evidence: 0, UnsourcedFigures: 0, UnnamedSources: 0, Certainty: 0, Hedges: 0, HedgesOnUnsourcedClaims: 0);
        var claims = Enumerable.Range(0, 130).Select(i => new ScoredClaim(new TextSpan(i, 1), ClaimStatus.Sourced, 1.0, false));

        streamed.Write(Document("a.md", findings: 0) with { Score = new ReliabilityScore(100, "A", true, tally, []) { Claims = [.. claims] } });
        var forTheDocument = writer.Writes;
        streamed.Finish();

        Assert.Null(streamed.Failure);
        // The header (it starts with the first document), after the 64th and the 128th claim, the entry's own end.
        Assert.Equal(4, forTheDocument);
        Assert.Equal(130, writer.ToString().Split("\"status\": \"sourced\"").Length - 1);
    }

    [Fact]
    public void Json_to_a_file_leaves_the_flushing_to_the_writers_owner_and_writes_the_same_bytes()
    {
        var file = new FlushCountingStream();
        using var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false));
        var streamed = JsonTo(writer);
        using var text = new StringWriter();
        var toText = JsonTo(text);

        streamed.Write(Document("a.md", findings: 130));
        streamed.Write(Document("b.md", findings: 3));
        var flushesBeforeTheEnd = file.Flushes;
        streamed.Finish();
        toText.Write(Document("a.md", findings: 130));
        toText.Write(Document("b.md", findings: 3));
        toText.Finish();

        Assert.Null(streamed.Failure);
        // Only the one as the JSON writer opens (what the stream writer held goes first), not one per entry and per 64
        // findings (5 here); the run's end pushes the rest, as the runner's flushes do while it goes on.
        Assert.Equal(1, flushesBeforeTheEnd);
        Assert.Equal(2, file.Flushes);
        Assert.Equal(text.ToString(), new System.Text.UTF8Encoding(false).GetString(file.ToArray()));
    }

    // Streamed JSON with nothing configured: no problems, no progress line, every severity.
    private static StreamedOutput JsonTo(TextWriter writer) =>
        new(new JsonFormatter(), writer, [], () => [], DiagnosticSeverity.Info, progress: null, sharesTheTerminal: false);

    private static Diagnostic Problem(DiagnosticDescriptor descriptor, string path) => Diagnostic.ForFile(descriptor, path, path);

    private static DocumentReport Document(string path, int findings = 1)
    {
        var descriptor = Rules.Hedging.HedgingPhraseAnalyzer.Rule;
        var span = new TextSpan(0, 7);
        var location = new Location(path, span, new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 7)));
        var diagnostic = new Diagnostic(descriptor, DiagnosticSeverity.Warning, location, "claimed", "Claimed", "Claimed it.");
        return new DocumentReport(path, [.. Enumerable.Repeat(diagnostic, findings)], 7, WasLinted: true);
    }

    private sealed class CountingWriter : StringWriter
    {
        public int Writes { get; private set; }

        public override void Write(char[] buffer, int index, int count)
        {
            Writes++;
            base.Write(buffer, index, count);
        }
    }

    private sealed class FlushCountingStream : MemoryStream
    {
        public int Flushes { get; private set; }

        public override void Flush()
        {
            Flushes++;
            base.Flush();
        }
    }

    private sealed class FailingWriter : StringWriter
    {
        public int Attempts { get; private set; }

        public override void Write(char[] buffer, int index, int count)
        {
            Attempts++;
            throw new IOException("disk full");
        }
    }

    private sealed class FailingFlushWriter : StringWriter
    {
        public override void Flush() => throw new IOException("pipe closed");
    }
}
