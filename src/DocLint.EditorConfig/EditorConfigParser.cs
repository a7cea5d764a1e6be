namespace DocLint.Configuration.EditorConfig;

/// <summary>The line-by-line reader behind <see cref="EditorConfigFile.Parse"/>, following the spec's "File Format".</summary>
internal sealed class EditorConfigParser
{
    // ASCII whitespace only, as the reference C core trims: a no-break space inside a value stays part of it.
    private const string Whitespace = " \t\v\f";

    private readonly string path;
    private readonly List<EditorConfigSection> sections = [];
    private readonly List<EditorConfigProblem> problems = [];
    private State state = State.Preamble;
    private bool isRoot;

    // The section being filled; its pairs are collected here until the next header or the end of the file.
    private string? sectionName;
    private int sectionLine;
    private EditorConfigGlob? sectionGlob;
    private List<EditorConfigPair> sectionPairs = [];

    private EditorConfigParser(string path) => this.path = path;

    private enum State
    {
        Preamble,
        InSection,

        // After an invalid or ignored header: its pairs must not leak into the section before it.
        InIgnoredSection,
    }

    public static EditorConfigFile Parse(string path, string text)
    {
        var parser = new EditorConfigParser(path);
        parser.ParseLines(text);
        return new EditorConfigFile(path, parser.isRoot, parser.sections, parser.problems);
    }

    private void ParseLines(string text)
    {
        var remaining = text.AsSpan();
        if (remaining.StartsWith('\uFEFF'))
        {
            remaining = remaining[1..];
        }

        var lineNumber = 0;
        while (true)
        {
            lineNumber++;
            var lineBreak = remaining.IndexOfAny('\r', '\n');
            ParseLine(lineBreak < 0 ? remaining : remaining[..lineBreak], lineNumber);
            if (lineBreak < 0)
            {
                break;
            }

            var breakLength = remaining[lineBreak] == '\r' && lineBreak + 1 < remaining.Length && remaining[lineBreak + 1] == '\n' ? 2 : 1;
            remaining = remaining[(lineBreak + breakLength)..];
        }

        FlushSection();
    }

    private void ParseLine(ReadOnlySpan<char> rawLine, int lineNumber)
    {
        var line = rawLine.Trim(Whitespace);
        if (line.IsEmpty || line[0] is '#' or ';')
        {
            return;
        }

        if (line[0] == '[')
        {
            ParseSectionHeader(line, lineNumber);
            return;
        }

        var equals = line.IndexOf('=');
        if (equals < 0)
        {
            Report(lineNumber, "Invalid line: expected a [section] header, a key = value pair or a comment.");
            return;
        }

        ParsePair(line[..equals].Trim(Whitespace), line[(equals + 1)..].Trim(Whitespace), lineNumber);
    }

    private void ParseSectionHeader(ReadOnlySpan<char> line, int lineNumber)
    {
        FlushSection();
        state = State.InIgnoredSection;

        if (line.Length < 2 || line[^1] != ']')
        {
            Report(lineNumber, "Invalid section header: it must end with ']' (nothing may follow it). The section is ignored.");
            return;
        }

        var name = line[1..^1];
        if (name.Length > EditorConfigLimits.MaxSectionNameLength)
        {
            Report(lineNumber, $"Section name is {name.Length} characters long; the limit is {EditorConfigLimits.MaxSectionNameLength}. The section is ignored.");
            return;
        }

        var nameText = name.ToString();
        var glob = EditorConfigGlob.TryCreate(nameText, out var error);
        if (glob is null)
        {
            Report(lineNumber, $"Section name cannot be used as a glob ({error}). The section is ignored.");
            return;
        }

        state = State.InSection;
        sectionName = nameText;
        sectionLine = lineNumber;
        sectionGlob = glob;
    }

    private void ParsePair(ReadOnlySpan<char> key, ReadOnlySpan<char> value, int lineNumber)
    {
        if (key.IsEmpty)
        {
            Report(lineNumber, "Invalid pair: the key before '=' is empty.");
            return;
        }

        if (key.Length > EditorConfigLimits.MaxKeyLength)
        {
            Report(lineNumber, $"Key is {key.Length} characters long; the limit is {EditorConfigLimits.MaxKeyLength}. The pair is ignored.");
            return;
        }

        if (value.Length > EditorConfigLimits.MaxValueLength)
        {
            Report(lineNumber, $"Value is {value.Length} characters long; the limit is {EditorConfigLimits.MaxValueLength}. The pair is ignored.");
            return;
        }

        var lowerKey = key.ToString().ToLowerInvariant();
        var normalizedValue = EditorConfigKnownProperties.NormalizeValue(lowerKey, value.ToString());
        switch (state)
        {
            case State.Preamble:
                // Only root takes effect in the preamble; the spec gives other preamble pairs no meaning.
                if (string.Equals(lowerKey, EditorConfigKnownProperties.Root, StringComparison.Ordinal))
                {
                    isRoot = string.Equals(normalizedValue, "true", StringComparison.Ordinal);
                }

                break;
            case State.InSection:
                sectionPairs.Add(new EditorConfigPair(lowerKey, normalizedValue, lineNumber));
                break;
            case State.InIgnoredSection:
                break;
        }
    }

    private void FlushSection()
    {
        if (sectionName is not null && sectionGlob is not null)
        {
            sections.Add(new EditorConfigSection(sectionName, sectionLine, sectionGlob, sectionPairs));
            sectionPairs = [];
        }

        sectionName = null;
        sectionGlob = null;
    }

    private void Report(int lineNumber, string message) => problems.Add(new EditorConfigProblem(path, lineNumber, message));
}
