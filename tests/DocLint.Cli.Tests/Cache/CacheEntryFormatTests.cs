using System.Collections.Frozen;
using System.Collections.Immutable;
using DocLint.Baselines;
using DocLint.Cli.Cache;
using DocLint.Diagnostics;
using DocLint.Reporting;
using DocLint.Scoring;
using DocLint.Text;

namespace DocLint.Cli.Tests.Cache;

/// <summary>
/// A cache entry carries every field of a report and reads back as the same report; anything but a whole entry of
/// this version reads as nothing; and the layout is checked against the report's types, so a field added to them
/// fails here until the entry format writes it too.
/// </summary>
public sealed class CacheEntryFormatTests
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = DocLinter.CreateEngine().AllDescriptors;

    private readonly CacheEntryFormat _format = new(Descriptors.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal));

    [Fact]
    public void A_report_reads_back_with_every_field()
    {
        var report = FullReport();

        var read = _format.Read(_format.Write(report)!)!;

        Assert.Equal(report.Path, read.Path);
        Assert.Equal(report.WordCount, read.WordCount);
        Assert.Equal(report.WasLinted, read.WasLinted);
        Assert.Equal(report.MinScore, read.MinScore);
        Assert.Equal(report.GateSkipped, read.GateSkipped);
        // ImmutableArray compares by reference: the elements are compared.
        Assert.Equal(report.Diagnostics.AsEnumerable(), read.Diagnostics.AsEnumerable());
        Assert.Equal(report.UnmatchedBaseline.AsEnumerable(), read.UnmatchedBaseline.AsEnumerable());
        var score = read.Score!;
        Assert.Equal(report.Score! with { Sections = score.Sections, Claims = score.Claims }, score);
        Assert.Equal(report.Score.Sections.AsEnumerable(), score.Sections.AsEnumerable());
        Assert.Equal(report.Score.Claims.AsEnumerable(), score.Claims.AsEnumerable());
        Assert.Equal(report.Score.Tally.ClaimWords, score.Tally.ClaimWords);
        Assert.Equal(report.Score.Tally.NamedSources, score.Tally.NamedSources);
    }

    [Fact]
    public void A_report_without_score_or_findings_reads_back()
    {
        var report = new DocumentReport("a.md", [], 0, WasLinted: true);

        var read = _format.Read(_format.Write(report)!)!;

        Assert.Equal(report with { Diagnostics = read.Diagnostics, UnmatchedBaseline = read.UnmatchedBaseline }, read);
        Assert.Empty(read.Diagnostics);
        Assert.Empty(read.UnmatchedBaseline);
    }

    [Fact]
    public void Every_truncation_and_every_flipped_byte_reads_as_nothing()
    {
        var entry = _format.Write(FullReport())!;

        for (var length = 0; length < entry.Length; length++)
        {
            Assert.Null(_format.Read(entry[..length]));
        }

        for (var i = 0; i < entry.Length; i++)
        {
            var damaged = (byte[])entry.Clone();
            damaged[i] ^= 0x01;
            Assert.Null(_format.Read(damaged));
        }
    }

    [Fact]
    public void A_checksummed_entry_with_an_impossible_count_reads_as_nothing()
    {
        var entry = _format.Write(new DocumentReport("a.md", [], 7, WasLinted: true))!;
        // Without a score or findings the entry ends with the diagnostics' count, the baseline's count and the score
        // flag: set the first to int.MaxValue and checksum the result as the writer would, so only the count check
        // can refuse it.
        var countAt = entry.Length - sizeof(ulong) - (sizeof(int) + sizeof(int) + sizeof(bool));
        Assert.Equal(0, BitConverter.ToInt32(entry, countAt));
        BitConverter.TryWriteBytes(entry.AsSpan(countAt), int.MaxValue);
        BitConverter.TryWriteBytes(entry.AsSpan(entry.Length - sizeof(ulong)), System.IO.Hashing.XxHash3.HashToUInt64(entry.AsSpan(0, entry.Length - sizeof(ulong))));

        Assert.Null(_format.Read(entry));
    }

    [Fact]
    public void A_rule_this_build_does_not_have_is_neither_stored_nor_read()
    {
        var unknown = new DiagnosticDescriptor("DL9999", "Gone", "gone", RuleCategories.Infrastructure, DiagnosticSeverity.Warning, "A rule a later build removed.");
        var report = new DocumentReport("a.md", [new Diagnostic(unknown, DiagnosticSeverity.Warning, Location.ForFile("a.md"), "gone", "", "")], 1, WasLinted: true);
        var withUnknown = new CacheEntryFormat(Descriptors.Append(unknown).ToFrozenDictionary(d => d.Id, StringComparer.Ordinal));

        Assert.Null(_format.Write(report));
        Assert.Null(_format.Read(withUnknown.Write(report)!));
    }

    [Theory]
    [InlineData(typeof(DocumentReport), "Diagnostics GateSkipped MinScore Path Reported Score UnmatchedBaseline WasLinted WordCount")]
    [InlineData(typeof(Diagnostic), "Context Descriptor FlaggedText Id IsSuppressed Location Message Severity Suppression")]
    [InlineData(typeof(Location), "IsWholeFile LineSpan Path SourceSpan")]
    [InlineData(typeof(Suppression), "Justification Kind")]
    [InlineData(typeof(BaselineEntry), "Context Count Key Path Rule Text")]
    [InlineData(typeof(ReliabilityScore), "Claims Explanation Grade IsRated Sections Summary SuppressedFindings Suppression Tally UnjudgedClaims Value")]
    [InlineData(typeof(SectionScore), "Grade IsRated Tally Title Value")]
    [InlineData(typeof(ScoredClaim), "IsUnjudged SourceSpan Status Weight")]
    [InlineData(typeof(ScoreTally), "Certainty ClaimWords Claims Evidence Hedges HedgesOnUnsourcedClaims NamedSources SourcedClaims SourcedWeight SuppressedFindings UnjudgedClaims UnnamedSources UnsourcedClaims UnsourcedFigures UnsourcedWeight VagueClaims VagueWeight Words")]
    public void The_entry_format_knows_every_property_of_what_it_stores(Type type, string properties)
    {
        // A new property here must be written and read by CacheEntryFormat (and its Version bumped), then listed.
        Assert.Equal(properties, PropertyNames.Of(type));
    }

    private static DocumentReport FullReport()
    {
        var hedge = Descriptors.First(d => d.Id == "DL2001");
        var gate = Descriptors.First(d => d.Id == "DL0020");
        var tally = new ScoreTally(120, 6, 3, 2, 1, 1, 1, 2, 1)
        {
            UnsourcedClaims = 2,
            VagueClaims = 1,
            UnjudgedClaims = 1,
            SuppressedFindings = 1,
            SourcedWeight = 2.5,
            ClaimWords = 80,
            NamedSources = 2,
            UnsourcedWeight = 1.75,
            VagueWeight = 0.5,
        };
        var span = new LinePositionSpan(new LinePosition(2, 4), new LinePosition(2, 12));
        return new DocumentReport(
            "docs/a ü.md",
            [
                new Diagnostic(hedge, DiagnosticSeverity.Warning, new Location("docs/a ü.md", new TextSpan(30, 8), span), "'probably' hedges", "probably", "It will probably fail."),
                new Diagnostic(hedge, DiagnosticSeverity.Info, new Location("docs/a ü.md", new TextSpan(50, 6), span), "'likely' hedges", "likely", "Likely so.")
                {
                    Suppression = new Suppression(SuppressionKind.External, "baseline"),
                },
                new Diagnostic(gate, DiagnosticSeverity.Error, Location.ForFile("docs/a ü.md"), "below 90", string.Empty, string.Empty),
            ],
            120,
            WasLinted: true)
        {
            Score = new ReliabilityScore(52, "D", true, tally, [new SectionScore(null, 40, "D", true, tally), new SectionScore("Budget", 70, "B", true, tally)])
            {
                Claims = [new ScoredClaim(new TextSpan(10, 20), ClaimStatus.Sourced, 1.0, false), new ScoredClaim(new TextSpan(40, 5), ClaimStatus.VaguelySourced, 0.25, true)],
            },
            MinScore = 90,
            UnmatchedBaseline = [new BaselineEntry("DL3001", "docs/a ü.md", "Critics say", "Critics say so.", 2)],
            GateSkipped = false,
        };
    }
}
