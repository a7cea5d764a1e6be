using System.Collections.Concurrent;
using DocLint.Analysis;
using DocLint.Baselines;
using DocLint.Configuration;
using DocLint.Documents;
using DocLint.Grammar;
using DocLint.LanguageServer.Protocol;
using DocLint.Pipeline;
using DocLint.Reporting;

namespace DocLint.LanguageServer.Workspace;

/// <summary>
/// Lints open documents with the same <see cref="LintSession"/> and .editorconfig resolution the CLI uses, so a
/// document gets the same findings, severities and score in the editor as from <c>doclint file.md</c>. The session
/// is rebuilt when an .editorconfig, the baseline or the client's settings change; results are cached per version.
/// Each open document keeps a <see cref="DocumentAnalysisCache"/>, so an edit re-reads only the sentences it changed;
/// settings do not enter that cache (segmentation and grammar depend on the text alone), so it survives them.
/// </summary>
internal sealed class WorkspaceLinter(LintEngine engine, string? root)
{
    private readonly ConcurrentDictionary<string, LintResult> _results = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DocumentAnalysisCache> _caches = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private LintSession? _session;
    private ClientSettings _settings = ClientSettings.None;
    private int _generation;

    /// <summary>The workspace folder: .editorconfig lookups stop nowhere else, and paths are shown relative to it.</summary>
    public string? Root => root;

    /// <summary>The problem with the configured baseline, if any, for the server to tell the user once.</summary>
    public string? BaselineProblem { get; private set; }

    /// <summary>The baseline file the settings point at, absolute; null when none is configured.</summary>
    public string? BaselinePath => _settings.Baseline is { Length: > 0 } baseline && (root is not null || Path.IsPathRooted(baseline))
        ? Path.GetFullPath(baseline, root ?? Directory.GetCurrentDirectory())
        : null;

    public void Configure(ClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        lock (_gate)
        {
            _settings = settings;
            InvalidateLocked();
        }
    }

    /// <summary>An .editorconfig or the baseline changed: every document is linted again with fresh settings.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            InvalidateLocked();
        }
    }

    public void Forget(string uri)
    {
        _results.TryRemove(uri, out _);
        _caches.TryRemove(uri, out _);
    }

    /// <summary>What the document's last lint computed afresh and reused; null when it has not been linted.</summary>
    public ReuseCounts? LastReuse(string uri) => _caches.TryGetValue(uri, out var cache) ? cache.Counts : null;

    /// <summary>The lint of this exact version, from the cache when it has been linted with the current settings.</summary>
    public LintResult Lint(DocumentSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (session, generation) = CurrentSession();
        var cache = _caches.GetOrAdd(snapshot.Uri, _ => new DocumentAnalysisCache(GrammarReader.Default));
        // One lint of a document at a time: a request (hover, code action) that arrives during the background lint
        // of the same version waits for it and takes its result instead of linting again.
        lock (cache)
        {
            if (_results.TryGetValue(snapshot.Uri, out var cached) && cached.Snapshot.Version == snapshot.Version
                && cached.Generation == generation && ReferenceEquals(cached.Snapshot.Source, snapshot.Source))
            {
                return cached;
            }

            var path = DocumentUris.ToPath(snapshot.Uri);
            var displayPath = DisplayPath(path, snapshot.Uri);
            var kind = path is not null ? ProseDocument.KindFromPath(path)
                : snapshot.LanguageId == "plaintext" ? DocumentKind.PlainText : DocumentKind.Markdown;
            cache.BeginLint();
            DocumentReport report;
            try
            {
                report = session.LintText(displayPath, snapshot.Source.Text, kind, session.SettingsFor(path), cache, cancellationToken);
            }
            finally
            {
                cache.EndLint();
            }

            var result = new LintResult(snapshot, report, kind, generation);
            _results[snapshot.Uri] = result;
            return result;
        }
    }

    private (LintSession Session, int Generation) CurrentSession()
    {
        lock (_gate)
        {
            _session ??= CreateSession();
            return (_session, _generation);
        }
    }

    private LintSession CreateSession()
    {
        BaselineProblem = null;
        BaselineFile? baseline = null;
        if (BaselinePath is { } baselinePath)
        {
            string? error;
            try
            {
                baseline = BaselineFile.TryParse(File.ReadAllText(baselinePath), out error);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error = exception.Message;
            }

            BaselineProblem = baseline is null ? $"The baseline {baselinePath} could not be used: {error}" : null;
        }

        var options = new LintSessionOptions
        {
            Policy = PolicyResolver.FromDisk(engine.AllDescriptors, root ?? Directory.GetCurrentDirectory(), CommandLinePolicy.None),
            Baseline = baseline,
            MinScore = _settings.MinScore,
        };
        return new LintSession(engine, options);
    }

    private void InvalidateLocked()
    {
        _session = null;
        _generation++;
    }

    // Relative to the workspace, as the CLI prints paths run from there, so baseline entries match the same way.
    private string DisplayPath(string? path, string uri)
    {
        if (path is null)
        {
            return uri;
        }

        if (root is null)
        {
            return path;
        }

        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}

/// <summary>A document version's report, and the settings generation it was linted with.</summary>
internal sealed record LintResult(DocumentSnapshot Snapshot, DocumentReport Report, DocumentKind Kind, int Generation);
