using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text;
using DocLint.Baselines;
using DocLint.Configuration;
using DocLint.Pipeline;

namespace DocLint.Cli.Cache;

/// <summary>
/// Makes a document's cache key: a 128-bit hash of everything that decides its report. That is the build
/// (<see cref="BuildIdentity"/>), the run's gate mode (--min-score-unrated), the path as printed (it picks Markdown
/// or plain text and is the report's path), the document's effective settings (.editorconfig and command line
/// merged), the baseline's entries for that path, and the bytes read. Each field is length-prefixed so no two
/// different inputs hash the same bytes. The size and time limits are left out: a document over either is a failure,
/// and failures are never stored.
/// </summary>
internal sealed class CacheKeys
{
    private readonly byte[] _run;

    public CacheKeys(byte[] buildIdentity, UnratedScores unrated)
    {
        ArgumentNullException.ThrowIfNull(buildIdentity);
        var run = new KeyWriter();
        run.Add(CacheEntryFormat.Version);
        run.Add(buildIdentity);
        run.Add((int)unrated);
        _run = run.Hash();
    }

    public UInt128 For(string displayPath, DocumentSettings settings, ImmutableArray<BaselineEntry> baseline, ReadOnlySpan<byte> content)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(settings);
        var key = new KeyWriter();
        key.Add(_run);
        key.Add(displayPath);
        AddSettings(ref key, settings);
        key.Add(baseline.Length);
        foreach (var entry in baseline)
        {
            key.Add(entry.Rule);
            key.Add(entry.Path);
            key.Add(entry.Text);
            key.Add(entry.Context);
            key.Add(entry.Count);
        }

        key.Add(content);
        return BinaryPrimitives.ReadUInt128BigEndian(key.Hash());
    }

    // Every property of DocumentSettings but Limits (see the class comment); CacheKeysTests fails when one is added.
    private static void AddSettings(ref KeyWriter key, DocumentSettings settings)
    {
        var severities = settings.Severities;
        AddSorted(ref key, severities.RuleSeverities.Select(p => (p.Key, ((int)p.Value).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        AddSorted(ref key, severities.CategorySeverities.Select(p => (p.Key, ((int)p.Value).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        key.Add((int)severities.AllRulesSeverity);
        key.Add(severities.WarningsAsErrors);
        AddSorted(ref key, severities.WarningsAsErrorsIds.Select(id => (id, string.Empty)));
        AddSorted(ref key, severities.NoWarnIds.Select(id => (id, string.Empty)));
        AddSorted(ref key, settings.Options.Values.Select(p => (p.Key, p.Value)));
        key.Add(settings.MinScore ?? -1);
        key.Add(settings.RequireSuppressionReason);
        key.Add(settings.InlineSuppressions);
    }

    // The settings' dictionaries and sets compare keys ignoring case: keys are folded so the order is stable.
    private static void AddSorted(ref KeyWriter key, IEnumerable<(string Key, string Value)> pairs)
    {
        var sorted = pairs.Select(p => (Key: p.Key.ToUpperInvariant(), p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        key.Add(sorted.Count);
        foreach (var (name, value) in sorted)
        {
            key.Add(name);
            key.Add(value);
        }
    }

    /// <summary>Feeds length-prefixed fields to one XxHash128.</summary>
    private struct KeyWriter()
    {
        private readonly XxHash128 _hash = new();

        public readonly void Add(int value)
        {
            Span<byte> bytes = stackalloc byte[sizeof(int)];
            BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
            _hash.Append(bytes);
        }

        public readonly void Add(bool value) => Add(value ? 1 : 0);

        public readonly void Add(ReadOnlySpan<byte> bytes)
        {
            Add(bytes.Length);
            _hash.Append(bytes);
        }

        public readonly void Add(string text) => Add(Encoding.UTF8.GetBytes(text));

        public readonly byte[] Hash() => _hash.GetHashAndReset();
    }
}
