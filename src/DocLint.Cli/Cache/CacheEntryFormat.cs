using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO.Hashing;
using DocLint.Baselines;
using DocLint.Diagnostics;
using DocLint.Reporting;
using DocLint.Scoring;
using DocLint.Text;

namespace DocLint.Cli.Cache;

/// <summary>
/// One document's report as a cache entry: a small binary record (no reflection, so the Native AOT tool needs no
/// serializer metadata) behind a magic number and followed by a checksum of everything before it, so a truncated
/// or damaged entry is detected and read as a miss. Rules are stored by ID and looked up in this build's rules.
/// Every field of <see cref="DocumentReport"/> and what it holds is written (CacheEntryFormatTests fails when a
/// property is added that this does not know).
/// </summary>
internal sealed class CacheEntryFormat(IReadOnlyDictionary<string, DiagnosticDescriptor> descriptors)
{
    /// <summary>Part of every key and every entry: bumped when the layout changes, so old entries are never read.</summary>
    public const int Version = 1;

    private const uint Magic = 0x43_4C_44_44; // "DDLC" read little-endian

    /// <summary>The entry's bytes, or null when the report holds a rule this build does not know (it cannot be replayed).</summary>
    public byte[]? Write(DocumentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Diagnostics.Any(d => !descriptors.TryGetValue(d.Id, out var known) || known != d.Descriptor))
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(report.Path);
            writer.Write(report.WordCount);
            writer.Write(report.WasLinted);
            WriteOptional(writer, report.MinScore);
            writer.Write(report.GateSkipped);
            writer.Write(report.Diagnostics.Length);
            foreach (var diagnostic in report.Diagnostics)
            {
                WriteDiagnostic(writer, diagnostic);
            }

            writer.Write(report.UnmatchedBaseline.Length);
            foreach (var entry in report.UnmatchedBaseline)
            {
                writer.Write(entry.Rule);
                writer.Write(entry.Path);
                writer.Write(entry.Text);
                writer.Write(entry.Context);
                writer.Write(entry.Count);
            }

            writer.Write(report.Score is not null);
            if (report.Score is { } score)
            {
                WriteScore(writer, score);
            }
        }

        var payload = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var bytes = new byte[payload.Length + sizeof(ulong)];
        payload.CopyTo(bytes);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(payload.Length), XxHash3.HashToUInt64(payload));
        return bytes;
    }

    /// <summary>The stored report, or null when the bytes are not a whole, undamaged entry of this version for rules this build has.</summary>
    public DocumentReport? Read(byte[] entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Length < sizeof(uint) + sizeof(int) + sizeof(ulong))
        {
            return null;
        }

        var payload = entry.AsSpan(0, entry.Length - sizeof(ulong));
        if (XxHash3.HashToUInt64(payload) != BinaryPrimitives.ReadUInt64LittleEndian(entry.AsSpan(payload.Length)))
        {
            return null;
        }

        using var reader = new BinaryReader(new MemoryStream(entry, 0, payload.Length, writable: false), System.Text.Encoding.UTF8);
        try
        {
            if (reader.ReadUInt32() != Magic || reader.ReadInt32() != Version)
            {
                return null;
            }

            var path = reader.ReadString();
            var words = reader.ReadInt32();
            var wasLinted = reader.ReadBoolean();
            var minScore = ReadOptional(reader);
            var gateSkipped = reader.ReadBoolean();
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(ReadCount(reader));
            for (var i = 0; i < diagnostics.Capacity; i++)
            {
                if (ReadDiagnostic(reader) is not { } diagnostic)
                {
                    return null;
                }

                diagnostics.Add(diagnostic);
            }

            var unmatched = ImmutableArray.CreateBuilder<BaselineEntry>(ReadCount(reader));
            for (var i = 0; i < unmatched.Capacity; i++)
            {
                unmatched.Add(new BaselineEntry(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadInt32()));
            }

            var score = reader.ReadBoolean() ? ReadScore(reader) : null;
            // Anything left over is not an entry this code wrote.
            return reader.BaseStream.Position != payload.Length
                ? null
                : new DocumentReport(path, diagnostics.MoveToImmutable(), words, wasLinted)
                {
                    Score = score,
                    MinScore = minScore,
                    UnmatchedBaseline = unmatched.MoveToImmutable(),
                    GateSkipped = gateSkipped,
                };
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException or ArgumentException or FormatException or OverflowException)
        {
            // Checked above, so only an entry of a layout this code never wrote gets here: a miss like any other.
            return null;
        }
    }

    private static void WriteDiagnostic(BinaryWriter writer, Diagnostic diagnostic)
    {
        writer.Write(diagnostic.Id);
        writer.Write((byte)diagnostic.Severity);
        var location = diagnostic.Location;
        writer.Write(location.Path);
        writer.Write(location.SourceSpan.Start);
        writer.Write(location.SourceSpan.Length);
        writer.Write(location.LineSpan.Start.Line);
        writer.Write(location.LineSpan.Start.Character);
        writer.Write(location.LineSpan.End.Line);
        writer.Write(location.LineSpan.End.Character);
        writer.Write(diagnostic.Message);
        writer.Write(diagnostic.FlaggedText);
        writer.Write(diagnostic.Context);
        writer.Write(diagnostic.Suppression is not null);
        if (diagnostic.Suppression is { } suppression)
        {
            writer.Write((byte)suppression.Kind);
            writer.Write(suppression.Justification);
        }
    }

    private Diagnostic? ReadDiagnostic(BinaryReader reader)
    {
        if (!descriptors.TryGetValue(reader.ReadString(), out var descriptor))
        {
            return null;
        }

        var severity = ReadEnum<DiagnosticSeverity>(reader.ReadByte());
        var location = new Location(
            reader.ReadString(),
            new TextSpan(reader.ReadInt32(), reader.ReadInt32()),
            new LinePositionSpan(new LinePosition(reader.ReadInt32(), reader.ReadInt32()), new LinePosition(reader.ReadInt32(), reader.ReadInt32())));
        var diagnostic = new Diagnostic(descriptor, severity, location, reader.ReadString(), reader.ReadString(), reader.ReadString());
        return reader.ReadBoolean()
            ? diagnostic with { Suppression = new Suppression(ReadEnum<SuppressionKind>(reader.ReadByte()), reader.ReadString()) }
            : diagnostic;
    }

    private static void WriteScore(BinaryWriter writer, ReliabilityScore score)
    {
        WriteRating(writer, score.Value, score.Grade, score.IsRated, score.Tally);
        writer.Write(score.Sections.Length);
        foreach (var section in score.Sections)
        {
            writer.Write(section.Title is not null);
            if (section.Title is { } title)
            {
                writer.Write(title);
            }

            WriteRating(writer, section.Value, section.Grade, section.IsRated, section.Tally);
        }

        writer.Write(score.Claims.Length);
        foreach (var claim in score.Claims)
        {
            writer.Write(claim.SourceSpan.Start);
            writer.Write(claim.SourceSpan.Length);
            writer.Write((byte)claim.Status);
            writer.Write(claim.Weight);
            writer.Write(claim.IsUnjudged);
        }
    }

    private static ReliabilityScore ReadScore(BinaryReader reader)
    {
        var value = reader.ReadInt32();
        var grade = reader.ReadString();
        var isRated = reader.ReadBoolean();
        var tally = ReadTally(reader);
        var sections = ImmutableArray.CreateBuilder<SectionScore>(ReadCount(reader));
        for (var i = 0; i < sections.Capacity; i++)
        {
            var title = reader.ReadBoolean() ? reader.ReadString() : null;
            sections.Add(new SectionScore(title, reader.ReadInt32(), reader.ReadString(), reader.ReadBoolean(), ReadTally(reader)));
        }

        var claims = ImmutableArray.CreateBuilder<ScoredClaim>(ReadCount(reader));
        for (var i = 0; i < claims.Capacity; i++)
        {
            claims.Add(new ScoredClaim(new TextSpan(reader.ReadInt32(), reader.ReadInt32()), ReadEnum<ClaimStatus>(reader.ReadByte()), reader.ReadDouble(), reader.ReadBoolean()));
        }

        return new ReliabilityScore(value, grade, isRated, tally, sections.MoveToImmutable()) { Claims = claims.MoveToImmutable() };
    }

    // A document's score and each section's are written field for field the same way.
    private static void WriteRating(BinaryWriter writer, int value, string grade, bool isRated, ScoreTally tally)
    {
        writer.Write(value);
        writer.Write(grade);
        writer.Write(isRated);
        WriteTally(writer, tally);
    }

    private static void WriteTally(BinaryWriter writer, ScoreTally tally)
    {
        foreach (var count in (int[])[
            tally.Words, tally.Claims, tally.SourcedClaims, tally.Evidence, tally.UnsourcedFigures, tally.UnnamedSources, tally.Certainty,
            tally.Hedges, tally.HedgesOnUnsourcedClaims, tally.UnsourcedClaims, tally.VagueClaims, tally.UnjudgedClaims, tally.SuppressedFindings,
            tally.ClaimWords, tally.NamedSources])
        {
            writer.Write(count);
        }

        writer.Write(tally.SourcedWeight);
        writer.Write(tally.UnsourcedWeight);
        writer.Write(tally.VagueWeight);
    }

    private static ScoreTally ReadTally(BinaryReader reader)
    {
        var counts = new int[15];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = reader.ReadInt32();
        }

        return new ScoreTally(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], counts[8])
        {
            UnsourcedClaims = counts[9],
            VagueClaims = counts[10],
            UnjudgedClaims = counts[11],
            SuppressedFindings = counts[12],
            ClaimWords = counts[13],
            NamedSources = counts[14],
            SourcedWeight = reader.ReadDouble(),
            UnsourcedWeight = reader.ReadDouble(),
            VagueWeight = reader.ReadDouble(),
        };
    }

    // Every element takes at least a byte, so a count larger than what is left is damage; without this check an entry
    // with a valid checksum but a huge count (written by hand) would allocate that much before failing.
    private static int ReadCount(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position
            ? count
            : throw new FormatException($"{count} elements cannot follow in what is left of the entry.");
    }

    private static void WriteOptional(BinaryWriter writer, int? value)
    {
        writer.Write(value.HasValue);
        writer.Write(value ?? 0);
    }

    private static int? ReadOptional(BinaryReader reader)
    {
        var present = reader.ReadBoolean();
        var value = reader.ReadInt32();
        return present ? value : null;
    }

    private static T ReadEnum<T>(byte value)
        where T : struct, Enum
    {
        var result = (T)(object)(int)value;
        return Enum.IsDefined(result) ? result : throw new FormatException($"{value} is no {typeof(T).Name}.");
    }
}
